#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ehb::test {

// The database of this test on the fixture's cluster (EHB_TEST_DATABASE_URL, set by
// ehb_add_postgres_variant); empty when unset, and then the tests use SQLite.
QString testDatabaseUrl();
// testDatabaseUrl(), or else the URL of the SQLite file `fileName` in `dir` (empty when `dir`
// could not be made).
QString testDatabaseUrlOrSqlite(const QTemporaryDir &dir, const QString &fileName);

// Opens a QPSQL connection called `connectionName` to `url`. Deliberately not through the
// server's own connection code, so that the test tools do not depend on what they test. Close
// it with closePostgres().
Result<QSqlDatabase> openPostgres(const QString &url, const QString &connectionName);
void closePostgres(const QString &connectionName);

// Empties the database at `url`: drops and recreates the schema `public`, where every table of
// the server lives. Nobody else may be connected with an open transaction.
Result<void> resetPostgresDatabase(const QString &url);

// A cluster of a test's own, in a temporary folder (for TCP, durable settings, or stopping it
// under a running server). Stopped by the destructor, and by pgcluster.sh's watchdog should the
// test process die first.
class PostgresCluster
{
public:
    struct Options
    {
        bool durable = false; // fsync on: for crash tests and benchmarks
        bool tcp = false;     // also listen on 127.0.0.1 at a free port, with a password
        qint64 watchPid = 0;  // stop when this process ends; 0: this test process
    };

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    Result<void> start(const Options &options);
    Result<void> start() { return start(Options{}); }
    Result<void> stop();

    bool isRunning() const { return m_running; }
    QString folder() const { return m_dir.path(); }
    // postgresql://ehb@/ehb_test?host=FOLDER[&port=P]: the unix socket, no password.
    QString url() const { return m_url; }
    // postgresql://ehb:PASSWORD@127.0.0.1:P/ehb_test; empty without Options::tcp.
    QString tcpUrl() const { return m_tcpUrl; }
    int port() const { return m_port; }

private:
    Result<QString> run(const QStringList &arguments);

    QTemporaryDir m_dir;
    bool m_running = false;
    QString m_url;
    QString m_tcpUrl;
    int m_port = 0;
};

} // namespace ehb::test
