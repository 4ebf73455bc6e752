// GET /api/v1/stats/episodes against an in-process server, the availability side: the SLA
// target (query, server default, the serve flag and its errors), public holidays and the
// operator's further days (no working hours, listed in the answer, the downtime stays).
#include "core/reportcodec.h"
#include "episodestest.h"
#include "server/cli/serveroptions.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerAvailability final : public QObject, public EpisodesServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startWithStaffToken(); }
    void cleanup() { m_harness.stop(); }

    void slaTarget_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("serverDefault");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("meets");
        QTest::newRow("default") << QString() << 0.999 << 0.999 << false;
        // About 50 minutes down: 96.5 % of the day, 91.7 % of its working hours.
        QTest::newRow("query 0.9") << u"&sla=0.9"_s << 0.999 << 0.9 << true;
        QTest::newRow("query .95") << u"&sla=.95"_s << 0.999 << 0.95 << false;
        QTest::newRow("server default") << QString() << 0.9 << 0.9 << true;
        QTest::newRow("query over server") << u"&sla=0.99"_s << 0.9 << 0.99 << false;
    }
    void slaTarget()
    {
        QFETCH(QString, query);
        QFETCH(double, serverDefault);
        QFETCH(double, target);
        QFETCH(bool, meets);
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.slaTarget = serverDefault;
        QVERIFY(m_harness.start(std::move(config)));
        storeRecipeOutage();

        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s + query, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"sla_target"_s).toDouble(), target);
        QCOMPARE(serviceEntry(reply.json(), u"recip-e"_s).value(u"meets_sla"_s).toBool(), meets);
        QCOMPARE(serviceEntry(reply.json(), u"internet"_s).value(u"meets_sla"_s).toBool(), true);
    }

    void slaTargetFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<double>("target"); // < 0: refused
        QTest::newRow("default") << QStringList{u"serve"_s} << 0.999;
        QTest::newRow("given") << QStringList{u"serve"_s, u"--sla-target"_s, u"0.995"_s} << 0.995;
        QTest::newRow("with =") << QStringList{u"serve"_s, u"--sla-target=0.99"_s} << 0.99;
        QTest::newRow("1") << QStringList{u"serve"_s, u"--sla-target=1"_s} << -1.0;
        QTest::newRow("percent") << QStringList{u"serve"_s, u"--sla-target=99.9"_s} << -1.0;
        QTest::newRow("not for migrate")
            << QStringList{u"migrate"_s, u"--sla-target=0.99"_s} << -1.0;
    }
    void slaTargetFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(double, target);
        const auto options =
            server::ServerOptions::parse(QStringList{u"ehealthbugs-server"_s} + arguments);
        QCOMPARE(options.ok(), target > 0);
        if (target > 0)
            QCOMPARE(options->slaTarget, target);
        else
            QVERIFY(options.error().contains(u"sla-target"_s));
    }

    // Easter Monday 2024 (1 April) has no working hours: an outage that morning is no working
    // downtime, and the working hours of 1-2 April are Tuesday's 600 minutes.
    void easterMondayIsNoWorkingDay()
    {
        server::ServerConfig config;
        config.clock = [] { return at(u"12:00"_s, QDate(2024, 4, 10)); };
        QVERIFY(m_harness.start(std::move(config)));
        const QDate easterMonday(2024, 4, 1);
        const QDate tuesday(2024, 4, 2);
        QList<Report> reports;
        // Summer time: 08:10Z is 10:10 local.
        for (int i = 0; i < 12; ++i) {
            const QDateTime started = at(u"08:10"_s, easterMonday).addSecs(60 * i);
            reports.append(report(u"recip-e"_s, newUuid(), started, started.addSecs(120),
                                  at(u"09:00"_s, easterMonday).addSecs(60 * (i % 3))));
        }
        for (int i = 0; i < 5; ++i)
            reports.append(report(u"ehealthbox"_s, newUuid(), at(u"11:00"_s, tuesday),
                                  at(u"11:05"_s, tuesday).addSecs(60 * i)));
        store(reports);

        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-04-01&to=2024-04-03"_s, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"holidays"_s).toArray(), QJsonArray{u"2024-04-01"_s});
        QCOMPARE(body.value(u"episodes"_s).toArray().size(), 2);
        const QJsonObject recipe = serviceEntry(body, u"recip-e"_s);
        QVERIFY(recipe.value(u"downtime_minutes"_s).toDouble() >= 45);
        QCOMPARE(recipe.value(u"working_downtime_minutes"_s).toDouble(), 0.0);
        QCOMPARE(recipe.value(u"working_downtime_low"_s).toDouble(), 0.0);
        QCOMPARE(recipe.value(u"working_downtime_high"_s).toDouble(), 0.0);
        QVERIFY(recipe.value(u"downtime_high"_s).toDouble() >= 45);
        QCOMPARE(recipe.value(u"working_availability"_s).toDouble(), 1.0);
        const QJsonObject box = serviceEntry(body, u"ehealthbox"_s);
        const double working = box.value(u"working_downtime_minutes"_s).toDouble();
        QVERIFY2(working > 0, qPrintable(QString::number(working)));
        QVERIFY(qFuzzyCompare(box.value(u"working_availability"_s).toDouble(), 1 - working / 600));

        // The days before: no holiday.
        const HttpReply before =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-25&to=2024-04-01"_s, m_token);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json().value(u"holidays"_s).toArray(), QJsonArray());
    }

    // The operator's further days (serve --holiday, read into ServerConfig as servercommand
    // does) leave out working hours the same way; the episodes and downtime stay.
    void operatorHolidays()
    {
        const QString days = u"/api/v1/stats/episodes?from=2024-03-04&to=2024-03-07"_s;
        storeRecipeOutage();
        const QJsonObject usual =
            serviceEntry(m_harness.staffGet(days, m_token).json(), u"recip-e"_s);
        QVERIFY(usual.value(u"working_downtime_minutes"_s).toDouble() > 0);

        const auto options = server::ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--holiday=2024-03-05,2024-07-11"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.holidays = options->holidays;
        QVERIFY(m_harness.start(std::move(config)));
        const HttpReply reply = m_harness.staffGet(days, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"holidays"_s).toArray(), QJsonArray{u"2024-03-05"_s});
        QCOMPARE(reply.json().value(u"episodes"_s).toArray().size(), 1);
        const QJsonObject recipe = serviceEntry(reply.json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"downtime_minutes"_s), usual.value(u"downtime_minutes"_s));
        QCOMPARE(recipe.value(u"working_downtime_minutes"_s).toDouble(), 0.0);
        QCOMPARE(recipe.value(u"working_availability"_s).toDouble(), 1.0);
        QCOMPARE(recipe.value(u"meets_sla"_s).toBool(), false); // over the whole period it does not
    }
};

QTEST_GUILESS_MAIN(TestServerAvailability)
#include "tst_serveravailability.moc"
