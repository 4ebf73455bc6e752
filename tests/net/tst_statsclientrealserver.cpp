// The staff statistics client against the real in-process server: frequency and heatmap of
// stored reports, a wrong token refused, episodes, breakdown and the live levels. The client
// against a scripted server is in tst_statsclient.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "net/liveclient.h"
#include "net/statsjson.h"
#include "samples.h"
#include "servertesthelpers.h"
#include "statsclienttest.h"

#include <QSignalSpy>

using namespace ehb;

class TestStatsClientRealServer final : public QObject, private test::StatsClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void realServerFrequencyAndHeatmap();
    void realServerRefusesAWrongToken();
    void realServerEpisodesBreakdownAndLive();
};

void TestStatsClientRealServer::init()
{
    startClient();
}

void TestStatsClientRealServer::cleanup()
{
    stopClient();
}

void TestStatsClientRealServer::realServerFrequencyAndHeatmap()
{
    test::ServerHarness harness;
    QVERIFY(harness.start());
    const QByteArray token = harness.createStaffToken(QStringLiteral("analyst"));
    QVERIFY(!token.isEmpty());
    // Three reports on Wednesday 5 March 2025 at 09:xx Brussels time (08:xx UTC), two practices.
    const QUuid practice = newUuid();
    for (const auto &[minute, installation] :
         {std::pair{10, practice}, std::pair{20, practice}, std::pair{30, newUuid()}}) {
        Report report = test::minimalReport(utcDateTime(QDate(2025, 3, 5), QTime(8, minute + 1)));
        report.startedAt = utcDateTime(QDate(2025, 3, 5), QTime(8, minute));
        report.installation = installation;
        QCOMPARE(harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status, 201);
    }
    m_client->setServerUrl(harness.url(QStringLiteral("/")));
    m_client->setToken(QString::fromLatin1(token));
    QSignalSpy frequency(m_client.get(), &StatsClient::frequencyReady);
    QSignalSpy heatmap(m_client.get(), &StatsClient::heatmapReady);
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march(), StatsClient::Frequency | StatsClient::Heatmap);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));

    const auto f = frequency.constFirst().constFirst().value<stats::Frequency>();
    QCOMPARE(f.buckets.size(), 31);
    QCOMPARE(f.services.size(), 1);
    QCOMPARE(f.services.constFirst().service, test::minimalReport().service);
    QCOMPARE(f.services.constFirst().reports.at(4), 3);
    QCOMPARE(f.services.constFirst().installations.at(4), 2);
    const auto h = heatmap.constFirst().constFirst().value<stats::Heatmap>();
    QCOMPARE(h.total, 3);
    QCOMPARE(h.counts[2][9], 3); // Wednesday, 09:00 local
}

void TestStatsClientRealServer::realServerRefusesAWrongToken()
{
    test::ServerHarness harness;
    QVERIFY(harness.start());
    m_client->setServerUrl(harness.url(QStringLiteral("/")));
    m_client->setToken(QStringLiteral("not-a-token"));
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march(), StatsClient::Heatmap);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(1).toString(),
             QStringLiteral("Could not load the weekday and hour heatmap: the staff token was "
                            "refused. Check it in Settings."));
}

void TestStatsClientRealServer::realServerEpisodesBreakdownAndLive()
{
    // Recip-e down on Tuesday 5 March 2024 from 08:10 to 09:00 UTC: 12 practices in Antwerp
    // notice it over 11 minutes and click "resolved" between 09:00 and 09:02. The eHealthBox
    // fails at 08:50: 5 practices report it between 08:55 and 08:59, which the live window of
    // the server's clock (09:05) sees.
    const auto at = [](int hour, int minute) {
        return utcDateTime(QDate(2024, 3, 5), QTime(hour, minute));
    };
    test::ServerHarness harness;
    server::ServerConfig config;
    config.clock = [at] { return at(9, 5); };
    QVERIFY(harness.start(std::move(config)));
    const QByteArray token = harness.createStaffToken(QStringLiteral("analyst"));
    for (int i = 0; i < 12; ++i) {
        const QDateTime started = at(8, 10).addSecs(60 * i);
        Report report = test::minimalReport(started.addSecs(120));
        report.service = QStringLiteral("recip-e");
        report.startedAt = started;
        report.endedAt = at(9, i % 3);
        report.symptoms = {i < 8 ? QStringLiteral("timeout") : QStringLiteral("unreachable")};
        report.postcode = QStringLiteral("2000");
        report.software = {i < 5 ? QStringLiteral("HealthOne") : QStringLiteral("healthone"),
                           QStringLiteral("7")};
        QCOMPARE(harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status, 201);
    }
    for (int i = 0; i < 5; ++i) {
        Report report = test::minimalReport(at(8, 55 + i));
        report.service = QStringLiteral("ehealthbox");
        report.startedAt = at(8, 50);
        report.symptoms = {QStringLiteral("slow")};
        QCOMPARE(harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status, 201);
    }
    m_client->setServerUrl(harness.url(QStringLiteral("/")));
    m_client->setToken(QString::fromLatin1(token));
    QSignalSpy episodes(m_client.get(), &StatsClient::episodesReady);
    QSignalSpy breakdown(m_client.get(), &StatsClient::breakdownReady);
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    stats::Query day;
    day.from = QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone("Europe/Brussels"));
    day.to = day.from.addDays(1);
    m_client->refresh(day, StatsClient::Episodes | StatsClient::Breakdown);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));

    const auto e = episodes.constFirst().constFirst().value<stats::Episodes>();
    QCOMPARE(e.slaTarget, 0.999);
    QVERIFY(!e.episodes.isEmpty());
    const stats::Episode &outage = e.episodes.constFirst(); // by start
    QCOMPARE(outage.service, QStringLiteral("recip-e"));
    QVERIFY(qAbs(outage.start.secsTo(at(8, 10))) <= 300);
    QVERIFY(qAbs(outage.end.secsTo(at(9, 0))) <= 300);
    QCOMPARE(outage.installations, 12);
    QCOMPARE(e.services.size(), ServiceCatalogue::builtIn().services().size());
    QCOMPARE(e.services.at(1).service, QStringLiteral("recip-e"));
    QVERIFY(!e.services.at(1).meetsSla);
    QVERIFY(e.services.at(1).downtimeMinutes > 40);
    // The ranges as the server found them, around the figures.
    QVERIFY(outage.hasRange);
    QVERIFY(outage.startEarliest <= outage.start && outage.start <= outage.startLatest);
    QVERIFY(outage.endEarliest <= outage.end && outage.end <= outage.endLatest);
    QVERIFY(outage.minutesLow <= outage.minutes && outage.minutes <= outage.minutesHigh);
    QVERIFY(e.services.at(1).hasRange);
    QVERIFY(e.services.at(1).downtimeLowMinutes <= e.services.at(1).downtimeMinutes);
    QVERIFY(e.services.at(1).downtimeMinutes <= e.services.at(1).downtimeHighMinutes);
    QCOMPARE(e.services.at(0).availability, 1.0);

    const auto b = breakdown.constFirst().constFirst().value<stats::Breakdown>();
    QCOMPARE(b.reports, 17);
    QCOMPARE(b.symptoms.at(0).key, QStringLiteral("timeout"));
    QCOMPARE(b.symptoms.at(0).reports, 8);
    // One software, whatever its spelling; then the reports that name none.
    QCOMPARE(b.software.size(), 2);
    QCOMPARE(b.software.at(0).reports, 12);
    QCOMPARE(b.software.at(1).key, QString());
    QCOMPARE(b.software.at(1).reports, 5);
    QCOMPARE(b.provinces.size(), 12);
    for (const stats::Count &province : b.provinces) {
        const qint64 expected =
            province.key == QLatin1String("BE-VAN") ? 12 : (province.key.isEmpty() ? 5 : 0);
        QCOMPARE(province.reports, expected);
    }

    // The live levels: an outage of the eHealthBox right now.
    LiveClient live;
    live.setServerUrl(harness.url(QStringLiteral("/")));
    live.setFirstDelay(std::chrono::milliseconds(0));
    QSignalSpy updated(&live, &LiveClient::updated);
    live.setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    const auto levels = updated.constFirst().constFirst().value<stats::Live>();
    QCOMPARE(levels.services.size(), ServiceCatalogue::builtIn().services().size());
    const stats::LiveService *box = levels.find(QStringLiteral("ehealthbox"));
    QVERIFY(box);
    QCOMPARE(box->level, stats::LiveLevel::Outage);
    QCOMPARE(box->reports, std::optional<int>(5));
    QCOMPARE(box->installations, std::optional<int>(5));
    // Recip-e's reports came before the window: nothing to show now.
    QCOMPARE(levels.find(QStringLiteral("recip-e"))->level, stats::LiveLevel::Normal);
    QVERIFY(!levels.find(QStringLiteral("recip-e"))->reports);
}

QTEST_GUILESS_MAIN(TestStatsClientRealServer)
#include "tst_statsclientrealserver.moc"
