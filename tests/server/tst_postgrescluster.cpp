// The test cluster itself: the fixture's cluster answers only on its socket, gives each test a
// database of its own and can be emptied; a cluster of one's own also answers on loopback TCP
// with a password (to the server's own code too), keeps durable settings when asked, and stops
// when its owner dies.
#include "postgrestestsupport.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ehb::test;
using ehb::server::DatabaseUrl;
using ehb::server::RepositoryFactory;

namespace {

// The first column of the first row of `sql` on `url`; "ERROR: no row" for a statement that
// succeeds without rows, "ERROR: <reason>" for one that fails.
QString scalar(const QString &url, const QString &sql)
{
    const QString name = u"tst_postgrescluster-scalar"_s;
    QString answer;
    {
        auto db = openPostgres(url, name);
        if (!db)
            return u"ERROR: "_s + db.error();
        QSqlQuery query(db.value());
        if (!query.exec(sql))
            answer = u"ERROR: "_s + query.lastError().text();
        else if (!query.next())
            answer = u"ERROR: no row"_s;
        else
            answer = query.value(0).toString();
    }
    closePostgres(name);
    return answer;
}

} // namespace

class TestPostgresCluster final : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsSocketOnlyAndFast()
    {
        const QString url = testDatabaseUrl();
        QVERIFY2(!url.isEmpty(), "EHB_TEST_DATABASE_URL is not set: run through ctest");
        QCOMPARE(scalar(url, u"SELECT current_database()"_s), u"tst_postgrescluster"_s);
        QCOMPARE(scalar(url, u"SHOW listen_addresses"_s), QString());
        QCOMPARE(scalar(url, u"SHOW unix_socket_permissions"_s), u"0700"_s);
        QCOMPARE(scalar(url, u"SHOW fsync"_s), u"off"_s);
        QCOMPARE(scalar(url, u"SELECT current_user"_s), u"ehb"_s);
        // The shared database exists too.
        QCOMPARE(scalar(QString(url).replace(u"/tst_postgrescluster?"_s, u"/ehb_test?"_s),
                        u"SELECT current_database()"_s),
                 u"ehb_test"_s);
    }

    void resetEmptiesTheDatabase()
    {
        const QString url = testDatabaseUrl();
        QVERIFY(!url.isEmpty());
        QCOMPARE(scalar(url, u"CREATE TABLE leftover (x INTEGER)"_s), u"ERROR: no row"_s);
        QCOMPARE(scalar(url, u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s),
                 u"1"_s);
        const auto reset = resetPostgresDatabase(url);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QCOMPARE(scalar(url, u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s),
                 u"0"_s);
        // The owner can create tables in the new schema.
        QCOMPARE(scalar(url, u"CREATE TABLE again (x INTEGER)"_s), u"ERROR: no row"_s);
        QCOMPARE(scalar(url, u"SELECT COUNT(*) FROM again"_s), u"0"_s);
        QVERIFY(resetPostgresDatabase(url).ok());
    }

    void ownClusterOverLoopbackTcp()
    {
        PostgresCluster cluster;
        PostgresCluster::Options options;
        options.tcp = true;
        const auto started = cluster.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(cluster.tcpUrl().startsWith(u"postgresql://ehb:"_s));
        QVERIFY(cluster.tcpUrl().contains(u"@127.0.0.1:%1/ehb_test"_s.arg(cluster.port())));

        QCOMPARE(scalar(cluster.tcpUrl(), u"SELECT host(inet_server_addr())"_s), u"127.0.0.1"_s);
        QCOMPARE(scalar(cluster.tcpUrl(), u"SHOW listen_addresses"_s), u"127.0.0.1"_s);
        // Loopback asks for the password.
        QString wrong = cluster.tcpUrl();
        wrong.replace(QRegularExpression(u"ehb:[^@]*@"_s), u"ehb:wrong@"_s);
        QVERIFY(scalar(wrong, u"SELECT 1"_s).startsWith(u"ERROR: "_s));
        // The socket, in the query and percent-encoded as the host.
        QCOMPARE(scalar(cluster.url(), u"SELECT inet_server_addr() IS NULL"_s), u"true"_s);
        const QString encodedHost = QString::fromLatin1(QUrl::toPercentEncoding(cluster.folder()));
        const QString encodedUrl = u"postgresql://ehb@"_s + encodedHost + u':' +
                                   QString::number(cluster.port()) + u"/ehb_test"_s;
        QCOMPARE(scalar(encodedUrl, u"SELECT 3"_s), u"3"_s);

        // The server's own connection code over TCP with a password, and a wrong password
        // refused without being shown.
        const auto tcp = DatabaseUrl::parse(cluster.tcpUrl());
        QVERIFY(tcp.ok());
        int version = 0;
        auto repository = RepositoryFactory::openMigrated(*tcp, {}, &version);
        QVERIFY2(repository.ok(), qPrintable(repository.error()));
        QVERIFY(version >= 2);
        QVERIFY(repository.value()->ping().ok());
        repository.value().reset();
        const auto refused = RepositoryFactory::open(DatabaseUrl::parse(wrong).value(), {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"127.0.0.1"_s), qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(u"wrong"_s), qPrintable(refused.error()));

        const QString dataFolder = readFile(cluster.folder() + u"/datadir"_s);
        QVERIFY(QFileInfo::exists(dataFolder));
        const auto stopped = cluster.stop();
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        QVERIFY(!QFileInfo::exists(dataFolder));
        QVERIFY(scalar(cluster.tcpUrl(), u"SELECT 1"_s).startsWith(u"ERROR: "_s));
    }

    void durableClusterKeepsFsync()
    {
        PostgresCluster cluster;
        PostgresCluster::Options options;
        options.durable = true;
        const auto started = cluster.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(scalar(cluster.url(), u"SHOW fsync"_s), u"on"_s);
        QCOMPARE(scalar(cluster.url(), u"SHOW synchronous_commit"_s), u"on"_s);
        QCOMPARE(scalar(cluster.url(), u"SHOW full_page_writes"_s), u"on"_s);
        QCOMPARE(scalar(cluster.url(), u"SHOW listen_addresses"_s), QString());
    }

    void stopsWhenItsOwnerDies()
    {
        QProcess owner;
        owner.start(u"sleep"_s, {u"600"_s});
        QVERIFY(owner.waitForStarted());
        PostgresCluster cluster;
        PostgresCluster::Options options;
        options.watchPid = owner.processId();
        QVERIFY(cluster.start(options).ok());
        const QString dataFolder = readFile(cluster.folder() + u"/datadir"_s);
        QVERIFY(QFileInfo::exists(dataFolder + u"/pg/postmaster.pid"_s));
        QCOMPARE(scalar(cluster.url(), u"SELECT 1"_s), u"1"_s);

        owner.kill();
        QVERIFY(owner.waitForFinished());
        // The watchdog polls once a second, then stops the cluster and deletes its data.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(dataFolder), 30000);
        QVERIFY(scalar(cluster.url(), u"SELECT 1"_s).startsWith(u"ERROR: "_s));
    }

private:
    static QString readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).trimmed();
    }
};

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
