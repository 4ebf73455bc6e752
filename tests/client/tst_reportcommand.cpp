#include "client/clientsettings.h"
#include "client/reportcommand.h"
#include "fakeserver.h"
#include "store/reportstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ehb;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::FakeServer>();
        QVERIFY(m_server->start());
    }

    void savesAndDelivers()
    {
        const Run run = report({QStringLiteral("--service"), QStringLiteral("recip-e"),
                                QStringLiteral("--symptom"), QStringLiteral("timeout"),
                                QStringLiteral("--symptom"), QStringLiteral("error_message"),
                                QStringLiteral("--since"), QStringLiteral("15"),
                                QStringLiteral("--error"), QStringLiteral("SOA-00001 timeout")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("delivered")), qPrintable(run.out));
        QCOMPARE(m_server->storedCount(), 1);
        const QList<StoredReport> stored = storedReports();
        QCOMPARE(stored.size(), 1);
        const Report &saved = stored.at(0).report;
        QCOMPARE(saved.service, QStringLiteral("recip-e"));
        QCOMPARE(saved.symptoms,
                 QStringList({QStringLiteral("timeout"), QStringLiteral("error_message")}));
        QCOMPARE(saved.startedAt.secsTo(saved.reportedAt), 15 * 60);
        QCOMPARE(saved.errorText, QStringLiteral("SOA-00001 timeout"));
        QCOMPARE(stored.at(0).delivery.state, Delivery::State::Sent);
        QCOMPARE(m_server->createdCount(uuidText(saved.id)), 1);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must name
        const QString svc = QStringLiteral("--service");
        const QString sym = QStringLiteral("--symptom");
        QTest::newRow("no service")
            << QStringList{sym, QStringLiteral("timeout")} << QStringLiteral("--service");
        QTest::newRow("unknown service")
            << QStringList{svc, QStringLiteral("recipe"), sym, QStringLiteral("timeout")}
            << QStringLiteral("service");
        QTest::newRow("no symptom")
            << QStringList{svc, QStringLiteral("recip-e")} << QStringLiteral("symptoms");
        QTest::newRow("unknown symptom")
            << QStringList{svc, QStringLiteral("recip-e"), sym, QStringLiteral("crash")}
            << QStringLiteral("symptoms[0]");
        QTest::newRow("since not a number") << QStringList{svc,
                                                           QStringLiteral("recip-e"),
                                                           sym,
                                                           QStringLiteral("slow"),
                                                           QStringLiteral("--since"),
                                                           QStringLiteral("soon")}
                                            << QStringLiteral("--since");
        QTest::newRow("since too long") << QStringList{svc,
                                                       QStringLiteral("recip-e"),
                                                       sym,
                                                       QStringLiteral("slow"),
                                                       QStringLiteral("--since"),
                                                       QStringLiteral("20000")}
                                        << QStringLiteral("--since");
        QTest::newRow("national number") << QStringList{svc,
                                                        QStringLiteral("recip-e"),
                                                        sym,
                                                        QStringLiteral("slow"),
                                                        QStringLiteral("--error"),
                                                        QStringLiteral("patient 85.07.30-033.28")}
                                         << QStringLiteral("error_text");
        QTest::newRow("bad server url") << QStringList{svc,
                                                       QStringLiteral("recip-e"),
                                                       sym,
                                                       QStringLiteral("slow"),
                                                       QStringLiteral("--server"),
                                                       QStringLiteral("ftp://x")}
                                        << QStringLiteral("--server");
        QTest::newRow("plain http to another computer")
            << QStringList{svc,
                           QStringLiteral("recip-e"),
                           sym,
                           QStringLiteral("slow"),
                           QStringLiteral("--server"),
                           QStringLiteral("http://bugs.example.be")}
            << QStringLiteral("--server: ");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("red")}
            << QStringLiteral("colour");
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = report(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(storedReports().size(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keepsTheReportWhenTheServerIsDown()
    {
        const quint16 port = m_server->port();
        m_server->stop();
        const QStringList args{QStringLiteral("--service"), QStringLiteral("mycarenet-eattest"),
                               QStringLiteral("--symptom"), QStringLiteral("unreachable")};
        Run run = report(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("will be delivered")), qPrintable(run.out));
        QCOMPARE(storedReports().size(), 1);
        QCOMPARE(storedReports().at(0).delivery.state, Delivery::State::Retrying);

        // The next report, with the server back, takes the waiting one along... once its
        // backoff has elapsed; the GUI or a later run retries it. Here both are due at once
        // because the first one is retried as soon as its short first backoff passes.
        QVERIFY(m_server->start(port));
        QTest::qWait(2100);
        run = report(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_server->storedCount(), 2);
        for (const StoredReport &stored : storedReports())
            QCOMPARE(stored.delivery.state, Delivery::State::Sent);
    }

    void keepsTheReportWithoutAServer()
    {
        if (!ClientSettings(m_dir->path()).builtInServerUrl().isEmpty())
            QSKIP("This build has a server address built in");
        const Run run = report({QStringLiteral("--service"), QStringLiteral("recip-e"),
                                QStringLiteral("--symptom"), QStringLiteral("timeout")},
                               false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("No collection server is set")),
                 qPrintable(run.out));
        QCOMPARE(storedReports().size(), 1);
        QCOMPARE(storedReports().at(0).delivery.state, Delivery::State::Saved);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void reportsARefusal()
    {
        m_server->enqueue(test::FakeServer::Behaviour::Reject422);
        const Run run = report({QStringLiteral("--service"), QStringLiteral("recip-e"),
                                QStringLiteral("--symptom"), QStringLiteral("timeout")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("service: is not a known service")),
                 qPrintable(run.err));
        QCOMPARE(storedReports().size(), 1); // kept
    }

    void printsHelp()
    {
        const Run run = report({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--service")));
        QVERIFY(run.out.contains(QLatin1String("recip-e")));
        QVERIFY(run.out.contains(QLatin1String("--symptom")));
    }

private:
    // With `withServer`, the fake server unless the arguments name one.
    Run report(const QStringList &arguments, bool withServer = true)
    {
        QStringList args{QStringLiteral("ehealthbugs"), QStringLiteral("report"),
                         QStringLiteral("--data-dir"), m_dir->path()};
        if (withServer && !arguments.contains(QLatin1String("--server")))
            args << QStringLiteral("--server") << m_server->url().toString();
        args += arguments;
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = ReportCommand::run(args, out, err);
        out.flush();
        err.flush();
        return run;
    }

    QList<StoredReport> storedReports() const
    {
        auto store = ReportStore::open(m_dir->filePath(QStringLiteral("reports.sqlite")));
        return store ? store.value()->all() : QList<StoredReport>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeServer> m_server;
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
