#pragma once

#include "server/collectionserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ehb::test {

// One HTTP answer as the tests look at it; status 0 when none came in time.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    // True for {"error": {"code": "<non-empty>", "message": "<non-empty>"}}.
    bool isJsonError() const;
    QString errorCode() const;
    QString errorMessage() const;
    // The "path" of every entry of error.fields.
    QStringList errorPaths() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A CollectionServer on 127.0.0.1 at a free port, over a SQLite file in a temporary folder, or
// over the database named by the environment variable EHB_TEST_DATABASE_URL (the PostgreSQL
// runs of the same tests).
class ServerHarness
{
public:
    ServerHarness();
    ~ServerHarness();

    // Opens (or reopens) the database and listens; false with a warning on failure.
    bool start(server::ServerConfig config = {});
    // Closes the server and its database; the file stays for a later start().
    void stop();
    // stop() and delete the database file, so that the next start() begins empty.
    void wipe();

    // `pathAndQuery` may carry a query: "/api/v1/reports?from=2024-01-01&to=2024-02-01".
    QUrl url(const QString &pathAndQuery) const;
    quint16 port() const;
    // The database the server uses: sqlite:FILE or EHB_TEST_DATABASE_URL.
    QString databaseUrl() const;
    // The SQLite file used when EHB_TEST_DATABASE_URL is not set.
    QString databasePath() const;
    server::CollectionServer *server() const { return m_server.get(); }

    HttpReply send(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {},
                   const QByteArray &contentType = QByteArrayLiteral("application/json"),
                   const Headers &headers = {});
    HttpReply putReport(const QString &id, const QByteArray &body);
    // GET with `Authorization: Bearer <token>` (and more headers if given).
    HttpReply staffGet(const QString &pathAndQuery, const QByteArray &token,
                       const Headers &headers = {});
    // A new staff token stored in the server's database; empty with a warning on failure.
    QByteArray createStaffToken(const QString &name);

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::CollectionServer> m_server;
};

// A program run to its end: exit code (-1 timed out and killed, -2 crashed) and its output.
struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Finished runToEnd(const QString &program, const QStringList &arguments, int timeoutMs);

// Sends `request` bytes as they are over a plain socket and reads one answer; status 0 when
// the connection closed or timed out without a complete answer.
HttpReply sendRaw(quint16 port, const QByteArray &request, int timeoutMs = 10000);

// The compact JSON text of `object`.
QByteArray jsonBytes(const QJsonObject &object);

} // namespace ehb::test
