// The built ehealthbugs-server binary against the test cluster: migrate, serve, tokens, and
// clear failures that never show the password.
#include "postgrestestsupport.h"
#include "servertesthelpers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);

Finished runToEnd(const QStringList &arguments, int timeoutMs = 60000)
{
    return ehb::test::runToEnd(serverBinary, arguments, timeoutMs);
}

} // namespace

class TestPostgresCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(serverBinary), qPrintable(serverBinary));
        QVERIFY2(!testDatabaseUrl().isEmpty(), "run through ctest");
    }
    void init()
    {
        const auto reset = resetPostgresDatabase(testDatabaseUrl());
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
    }

    void migrate()
    {
        const Finished run = runToEnd({u"migrate"_s, u"--database"_s, testDatabaseUrl()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("version 12"), run.out.constData());
        // No NOTICE or other noise from libpq.
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const Finished again = runToEnd({u"migrate"_s, u"--database=" + testDatabaseUrl()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("version 12"), again.out.constData());
    }

    void tokens()
    {
        const QStringList database{u"--database"_s, testDatabaseUrl()};
        const Finished created =
            runToEnd(QStringList{u"token"_s, u"create"_s, u"ops"_s} + database);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(created.out.trimmed().size(), 43);
        const Finished listed = runToEnd(QStringList{u"token"_s, u"list"_s} + database);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("ops"), listed.out.constData());
        QVERIFY(!listed.out.contains(created.out.trimmed()));
        const Finished revoked =
            runToEnd(QStringList{u"token"_s, u"revoke"_s, u"ops"_s} + database);
        QCOMPARE(revoked.exitCode, 0);
    }

    void serveAnswersOverTheCluster()
    {
        QProcess server;
        server.start(serverBinary, {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                    testDatabaseUrl()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 30000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        static const QRegularExpression listening(
            u"^Listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
        const QRegularExpressionMatch match = listening.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkAccessManager network;
        QUrl url(u"http://127.0.0.1/healthz"_s);
        url.setPort(match.captured(1).toInt());
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        QVERIFY2(body.contains("\"database\":\"ok\""), body.constData());
        reply->deleteLater();

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        // Serving migrated the empty database.
        QVERIFY(runToEnd({u"migrate"_s, u"--database"_s, testDatabaseUrl()})
                    .out.contains("version 12"));
    }

    void failuresNameTheDatabaseButNotThePassword_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QByteArray>("message");
        // Port 1 on loopback: refused at once.
        QTest::newRow("nobody listening")
            << u"postgresql://ehb:s3cret-pw@127.0.0.1:1/ehb_test"_s << QByteArray("127.0.0.1");
        QTest::newRow("no socket there")
            << u"postgresql://ehb:s3cret-pw@/ehb_test?host=/nonexistent/folder"_s
            << QByteArray("/nonexistent/folder");
        QTest::newRow("bad port") << u"postgresql://ehb:s3cret-pw@db:99999/ehb"_s
                                  << QByteArray("99999");
        QTest::newRow("unknown database")
            << QString(testDatabaseUrl())
                   .replace(QRegularExpression(u"@/[a-z_]+\\?"_s), u"@/no_such_db?"_s)
            << QByteArray("no_such_db");
    }
    void failuresNameTheDatabaseButNotThePassword()
    {
        QFETCH(QString, database);
        QFETCH(QByteArray, message);
        const QList<QStringList> commands{
            {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, database},
            {u"migrate"_s, u"--database"_s, database}};
        for (const QStringList &arguments : commands) {
            const Finished run = runToEnd(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(message), run.err.constData());
            QVERIFY2(!run.err.contains("s3cret-pw"), run.err.constData());
            QVERIFY(!run.out.contains("Listening"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
