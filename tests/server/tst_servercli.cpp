// The built ehealthbugs-server binary, driven through QProcess as an operator or a script would.
#include "servertesthelpers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);

Finished runToEnd(const QStringList &arguments, int timeoutMs = 30000)
{
    return ehb::test::runToEnd(serverBinary, arguments, timeoutMs);
}

// The resident memory of a process in KiB, from /proc (Linux only); -1 elsewhere.
qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestServerCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(serverBinary), qPrintable(serverBinary));
        QVERIFY(m_dir.isValid());
        m_garbageFile = m_dir.filePath(u"garbage.sqlite"_s);
        QFile garbage(m_garbageFile);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
    }

    void version()
    {
        const Finished run = runToEnd({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("ehealthbugs-server " EHB_VERSION));
    }

    void help()
    {
        const Finished run = runToEnd({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *word :
             {"serve", "migrate", "--listen", "--database", "--max-body", "--version", "--help"}) {
            QVERIFY2(run.out.contains(word), word);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{u"launch"_s};
        QTest::newRow("unknown flag") << QStringList{u"serve"_s, u"--port"_s, u"80"_s};
        QTest::newRow("missing value") << QStringList{u"serve"_s, u"--listen"_s};
        QTest::newRow("bad address") << QStringList{u"serve"_s, u"--listen"_s, u"999.1.1.1:80"_s};
        QTest::newRow("bad port") << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:70000"_s};
        QTest::newRow("bad max body") << QStringList{u"serve"_s, u"--max-body"_s, u"lots"_s};
        QTest::newRow("listen on migrate")
            << QStringList{u"migrate"_s, u"--listen"_s, u"127.0.0.1:0"_s};
        QTest::newRow("two commands") << QStringList{u"serve"_s, u"migrate"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Finished run = runToEnd(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void migrate()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sub/folder/server.sqlite"_s);
        const Finished run = runToEnd({u"migrate"_s, u"--database"_s, u"sqlite:"_s + file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(file));
        QVERIFY2(run.out.contains("version 12"), run.out.constData());
        // Idempotent: a second run changes nothing and succeeds.
        QCOMPARE(runToEnd({u"migrate"_s, u"--database=sqlite://"_s + file}).exitCode, 0);
    }

    // official import FILE: all or nothing; a bad row is named by its line.
    void officialImport()
    {
        QTemporaryDir dir;
        const QString database = u"sqlite:"_s + dir.filePath(u"server.sqlite"_s);
        const QString csv = dir.filePath(u"history.csv"_s);
        const auto write = [&csv](const QByteArray &text) {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        const QByteArray header = "service,start,end,status,source\n";
        const QByteArray good = "recip-e,2019-11-05T08:00:00+01:00,2019-11-05T12:30:00+01:00,"
                                "Major Outage,\"Le Soir, 6/11/2019\"\n";
        write(header + good + "recip-e,2019-11-06T08:00:00Z,,sunny,x\n");
        const Finished refused =
            runToEnd({u"official"_s, u"import"_s, csv, u"--database"_s, database});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("line 3: status"), refused.err.constData());
        QVERIFY2(refused.err.contains("nothing imported"), refused.err.constData());

        write(header + good + "ehealthbox,2020-01-10T09:00:00Z,,partial_outage,\n");
        const Finished imported =
            runToEnd({u"official"_s, u"import"_s, csv, u"--database"_s, database});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("Official incidents imported: 2."),
                 imported.out.constData());
        const Finished missing = runToEnd(
            {u"official"_s, u"import"_s, dir.filePath(u"none.csv"_s), u"--database"_s, database});
        QCOMPARE(missing.exitCode, 1);
    }

    void databaseFailures_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QByteArray>("message");
        // Port 1 on loopback refuses at once; the message names the server, not the password.
        QTest::newRow("postgresql unreachable") << u"postgresql://ehb:secret@127.0.0.1:1/ehb"_s
                                                << QByteArray("ehb:***@127.0.0.1:1/ehb");
        QTest::newRow("unknown scheme") << u"mysql://x/y"_s << QByteArray("sqlite:");
        QTest::newRow("not a database") << u"sqlite:"_s + m_garbageFile << QByteArray("database");
    }
    void databaseFailures()
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
            QVERIFY(!run.out.contains("Listening"));
        }
    }

    void serveAnswersAndStops()
    {
        QTemporaryDir dir;
        const QString database = u"sqlite:"_s + dir.filePath(u"server.sqlite"_s);
        QProcess server;
        server.start(serverBinary, {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                    database, u"--max-body"_s, u"1024"_s});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        static const QRegularExpression listening(
            u"^Listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
        const QRegularExpressionMatch match = listening.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const quint16 port = quint16(match.captured(1).toUInt());
        QVERIFY(port > 0);

        QNetworkAccessManager network;
        QUrl url(u"http://127.0.0.1/healthz"_s);
        url.setPort(port);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"ok\""));
        reply->deleteLater();

        // --max-body reaches the server: a larger report is refused with 413.
        QUrl put(u"http://127.0.0.1/api/v1/reports/3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"_s);
        put.setPort(port);
        QNetworkRequest request(put);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *large = network.put(request, QByteArray(2048, ' '));
        QSignalSpy largeFinished(large, &QNetworkReply::finished);
        QVERIFY(largeFinished.wait(10000));
        QCOMPARE(large->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        large->deleteLater();

        // The public status page is on by default.
        QCOMPARE(getStatus(network, port, u"/?lang=fr"_s), 200);

        // Memory at rest, for the record (not an assertion: it varies with the platform).
        QTest::qWait(500);
        qInfo("ehealthbugs-server VmRSS at rest: %lld KiB", residentKiB(server.processId()));

        // A second server on the same port must fail loudly, not wait or exit 0.
        const Finished second =
            runToEnd({u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--database"_s,
                      u"sqlite:"_s + dir.filePath(u"other.sqlite"_s)});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QByteArray::number(port)), second.err.constData());
        QVERIFY(!second.out.contains("Listening"));

        // SIGTERM (QProcess::terminate) leaves the event loop cleanly with exit code 0.
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    // --public-page off reaches the server: the page and its companions answer 404.
    void publicPageOff()
    {
        QTemporaryDir dir;
        QProcess server;
        server.start(serverBinary, {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                    u"sqlite:"_s + dir.filePath(u"server.sqlite"_s),
                                    u"--public-page"_s, u"off"_s, u"--public-cache"_s, u"30"_s});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        const quint16 port = quint16(line.section(u':', -1).toUInt());
        QVERIFY2(port > 0, qPrintable(line));
        QNetworkAccessManager network;
        for (const QString &path :
             {u"/"_s, u"/feed.atom"_s, u"/badge/recip-e.svg"_s, u"/api/v1/status"_s})
            QCOMPARE(getStatus(network, port, path), 404);
        QCOMPARE(getStatus(network, port, u"/api/v1/services"_s), 200);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }

private:
    // The status of GET `path` on 127.0.0.1:`port`; 0 when no answer came in 10 s.
    static int getStatus(QNetworkAccessManager &network, quint16 port, const QString &path)
    {
        QUrl url(u"http://127.0.0.1"_s + path);
        url.setPort(port);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = finished.wait(10000);
        reply->deleteLater();
        return done ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }

    QTemporaryDir m_dir;
    QString m_garbageFile;
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
