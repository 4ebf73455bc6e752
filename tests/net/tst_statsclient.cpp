// The staff statistics client: all seven parts asked at once with the Bearer token, parsed into
// plain values; translated errors that say what failed and why; progress; a new refresh that
// drops the answers of the one before. Against a scripted server; against the real in-process
// server in tst_statsclientrealserver.
#include "core/timeutil.h"
#include "net/statsjson.h"
#include "statsclienttest.h"
#include "statssamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace ehb;

class TestStatsClient final : public QObject, private test::StatsClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void asksEveryPartWithTheToken();
    void parsesTheAnswers();
    void answersWithoutRanges();
    void impactArrivesThroughTheClient();
    void urlsCarryTheQuestion();
    void progressCountsAnswers();
    void errorsSayWhatFailed_data();
    void errorsSayWhatFailed();
    void unreachableServer();
    void newRefreshDropsTheOldOne();

private:
    void serveAll(int delayMs = 0);
};

void TestStatsClient::init()
{
    startClient();
}

void TestStatsClient::cleanup()
{
    stopClient();
}

void TestStatsClient::serveAll(int delayMs)
{
    m_server->setJson(QStringLiteral("/api/v1/stats/frequency"), test::samples::frequency(),
                      delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/heatmap"), test::samples::heatmap(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/episodes"), test::samples::episodes(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/breakdown"), test::samples::breakdown(),
                      delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/impact"), test::samples::impact(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/official"), test::samples::official(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/official/changes"), test::samples::officialChanges(),
                      delayMs);
}

void TestStatsClient::asksEveryPartWithTheToken()
{
    serveAll();
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march());
    // All seven are on their way before any answer is handled: they go in parallel.
    QCOMPARE(m_client->requestsTotal(), 7);
    QVERIFY(m_client->isBusy());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    QVERIFY(!m_client->isBusy());
    const QList<test::FakeStatsServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 7);
    QStringList paths;
    for (const auto &request : requests) {
        QCOMPARE(request.authorization, QByteArrayLiteral("Bearer staff-token-123"));
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        paths.append(request.path);
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("/api/v1/official/changes"),
                                 QStringLiteral("/api/v1/stats/breakdown"),
                                 QStringLiteral("/api/v1/stats/episodes"),
                                 QStringLiteral("/api/v1/stats/frequency"),
                                 QStringLiteral("/api/v1/stats/heatmap"),
                                 QStringLiteral("/api/v1/stats/impact"),
                                 QStringLiteral("/api/v1/stats/official")}));
}

void TestStatsClient::parsesTheAnswers()
{
    serveAll();
    QSignalSpy frequency(m_client.get(), &StatsClient::frequencyReady);
    QSignalSpy heatmap(m_client.get(), &StatsClient::heatmapReady);
    QSignalSpy episodes(m_client.get(), &StatsClient::episodesReady);
    QSignalSpy breakdown(m_client.get(), &StatsClient::breakdownReady);
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);

    QCOMPARE(frequency.size(), 1);
    const auto f = frequency.constFirst().constFirst().value<stats::Frequency>();
    QCOMPARE(f.bucket, QStringLiteral("day"));
    QCOMPARE(f.buckets.size(), 3);
    QCOMPARE(f.buckets.at(1),
             QDateTime::fromString(QStringLiteral("2025-03-04T00:00:00+01:00"), Qt::ISODate));
    QCOMPARE(f.services.size(), 2);
    QCOMPARE(f.services.at(1).service, QStringLiteral("recip-e"));
    QCOMPARE(f.services.at(1).reports, (QList<qint64>{5, 10, 0}));
    QCOMPARE(f.services.at(1).installations, (QList<qint64>{4, 8, 0}));

    const auto h = heatmap.constFirst().constFirst().value<stats::Heatmap>();
    QCOMPARE(h.counts[0][9], 40);
    QCOMPARE(h.counts[1][14], 10);
    QCOMPARE(h.counts[6][23], 20);
    QCOMPARE(h.counts[0][8], 0);
    QCOMPARE(h.total, 70);

    const auto e = episodes.constFirst().constFirst().value<stats::Episodes>();
    QCOMPARE(e.slaTarget, 0.999);
    QCOMPARE(e.episodes.size(), 2);
    QCOMPARE(e.episodes.at(0).service, QStringLiteral("recip-e"));
    QCOMPARE(e.episodes.at(0).start, utcDateTime(QDate(2025, 3, 5), QTime(8, 0)));
    QCOMPARE(e.episodes.at(0).end, utcDateTime(QDate(2025, 3, 5), QTime(9, 0)));
    QCOMPARE(e.episodes.at(0).minutes, 60.0);
    QCOMPARE(e.episodes.at(0).reports, 17);
    QCOMPARE(e.episodes.at(0).installations, 12);
    const stats::Episode &recipe = e.episodes.at(0);
    QVERIFY(recipe.hasRange);
    QCOMPARE(recipe.startEarliest, utcDateTime(QDate(2025, 3, 5), QTime(7, 55)));
    QCOMPARE(recipe.startLatest, utcDateTime(QDate(2025, 3, 5), QTime(8, 5)));
    QCOMPARE(recipe.endEarliest, utcDateTime(QDate(2025, 3, 5), QTime(8, 50)));
    QCOMPARE(recipe.endLatest, utcDateTime(QDate(2025, 3, 5), QTime(9, 2)));
    QCOMPARE(recipe.minutesLow, 45.0);
    QCOMPARE(recipe.minutesHigh, 67.0);
    QCOMPARE(e.episodes.at(1).minutesLow, 3.0);
    QCOMPARE(e.services.size(), 14);
    QCOMPARE(e.services.at(1).service, QStringLiteral("recip-e"));
    QVERIFY(!e.services.at(1).meetsSla);
    QVERIFY(e.services.at(0).meetsSla);
    QVERIFY(qAbs(e.services.at(1).availability - (1 - 60.0 / 44580)) < 1e-9);
    QVERIFY(e.services.at(1).hasRange);
    QCOMPARE(e.services.at(1).downtimeLowMinutes, 45.0);
    QCOMPARE(e.services.at(1).downtimeHighMinutes, 67.0);
    QCOMPARE(e.services.at(1).workingDowntimeLowMinutes, 45.0);
    QCOMPARE(e.services.at(1).workingDowntimeHighMinutes, 67.0);
    QCOMPARE(e.services.at(0).downtimeHighMinutes, 0.0);
    QVERIFY(e.parameters.contains({QStringLiteral("grace_minutes"), 30.0}));

    const auto b = breakdown.constFirst().constFirst().value<stats::Breakdown>();
    QCOMPARE(b.reports, 100);
    QCOMPARE(b.symptoms.size(), 3);
    QCOMPARE(b.symptoms.at(0).key, QStringLiteral("timeout"));
    QCOMPARE(b.symptoms.at(0).reports, 60);
    QCOMPARE(b.software.constLast().key, QString());
    QCOMPARE(b.provinces.size(), 12);
    QCOMPARE(b.provinces.at(3).key, QStringLiteral("BE-VAN"));
    QCOMPARE(b.provinces.at(3).reports, 40);
}

// A server from before the ranges: the figures read as before, each range the figure itself.
void TestStatsClient::answersWithoutRanges()
{
    QJsonObject body = QJsonDocument::fromJson(test::samples::episodes()).object();
    const auto without = [](const QJsonArray &items, const QStringList &keys) {
        QJsonArray stripped;
        for (const QJsonValue &item : items) {
            QJsonObject object = item.toObject();
            for (const QString &key : keys)
                object.remove(key);
            stripped.append(object);
        }
        return stripped;
    };
    body.insert(QStringLiteral("episodes"),
                without(body.value(QStringLiteral("episodes")).toArray(),
                        {QStringLiteral("start_earliest"), QStringLiteral("start_latest"),
                         QStringLiteral("end_earliest"), QStringLiteral("end_latest"),
                         QStringLiteral("minutes_low"), QStringLiteral("minutes_high")}));
    body.insert(
        QStringLiteral("services"),
        without(body.value(QStringLiteral("services")).toArray(),
                {QStringLiteral("downtime_low"), QStringLiteral("downtime_high"),
                 QStringLiteral("working_downtime_low"), QStringLiteral("working_downtime_high")}));
    const Result<stats::Episodes> parsed =
        stats::StatsJson::episodes(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const stats::Episode &episode = parsed->episodes.at(0);
    QVERIFY(!episode.hasRange);
    QCOMPARE(episode.startEarliest, episode.start);
    QCOMPARE(episode.startLatest, episode.start);
    QCOMPARE(episode.endEarliest, episode.end);
    QCOMPARE(episode.endLatest, episode.end);
    QCOMPARE(episode.minutesLow, 60.0);
    QCOMPARE(episode.minutesHigh, 60.0);
    const stats::ServiceAvailability &recipe = parsed->services.at(1);
    QVERIFY(!recipe.hasRange);
    QCOMPARE(recipe.downtimeLowMinutes, 60.0);
    QCOMPARE(recipe.downtimeHighMinutes, 60.0);
    QCOMPARE(recipe.workingDowntimeLowMinutes, 60.0);
    QCOMPARE(recipe.workingDowntimeHighMinutes, 60.0);
}

void TestStatsClient::impactArrivesThroughTheClient()
{
    // The figures themselves are read in tst_impactjson.
    serveAll();
    QSignalSpy impact(m_client.get(), &StatsClient::impactReady);
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march(QStringLiteral("recip-e")), StatsClient::Impact);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QCOMPARE(impact.size(), 1);
    QCOMPARE(impact.constFirst().constFirst().value<stats::Impact>().totals.minutesLostReported,
             285.0);
    const QList<test::FakeStatsServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().path, QStringLiteral("/api/v1/stats/impact"));
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("service")),
             QStringLiteral("recip-e"));
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("tz")),
             QStringLiteral("Europe/Brussels"));
    QVERIFY(!requests.constFirst().query.hasQueryItem(QStringLiteral("bucket")));
}

void TestStatsClient::urlsCarryTheQuestion()
{
    serveAll();
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    stats::Query query = march(QStringLiteral("recip-e"));
    query.bucket = QStringLiteral("week");
    query.slaTarget = 0.995;
    // A period that ends now, not at midnight: sent as a UTC time (no '+' in the URL).
    query.to = utcDateTime(QDate(2025, 3, 17), QTime(10, 15, 30));
    m_client->refresh(query);
    QTRY_COMPARE(finished.size(), 1);
    for (const auto &request : m_server->requests()) {
        const QUrlQuery &items = request.query;
        // The change log from its beginning: the status at the period's start is older.
        const bool isLog = request.path.endsWith(QLatin1String("/official/changes"));
        QCOMPARE(items.queryItemValue(QStringLiteral("from")),
                 isLog ? QStringLiteral("2000-01-01") : QStringLiteral("2025-03-01"));
        QCOMPARE(items.queryItemValue(QStringLiteral("to")),
                 QStringLiteral("2025-03-17T10:15:30Z"));
        QCOMPARE(items.queryItemValue(QStringLiteral("tz")), QStringLiteral("Europe/Brussels"));
        QCOMPARE(items.queryItemValue(QStringLiteral("service")), QStringLiteral("recip-e"));
        const bool isFrequency = request.path.endsWith(QLatin1String("/frequency"));
        const bool isEpisodes = request.path.endsWith(QLatin1String("/episodes"));
        QCOMPARE(items.hasQueryItem(QStringLiteral("bucket")), isFrequency);
        QCOMPARE(items.hasQueryItem(QStringLiteral("sla")), isEpisodes);
        if (isFrequency)
            QCOMPARE(items.queryItemValue(QStringLiteral("bucket")), QStringLiteral("week"));
        if (isEpisodes)
            QCOMPARE(items.queryItemValue(QStringLiteral("sla")), QStringLiteral("0.995"));
    }
    // A server under a path prefix keeps it.
    m_client->setServerUrl(QUrl(QStringLiteral("https://stats.example.org/ehb/")));
    QCOMPARE(m_client->url(StatsClient::Heatmap, march()).toString(QUrl::FullyEncoded),
             QStringLiteral("https://stats.example.org/ehb/api/v1/stats/heatmap?from=2025-03-01&"
                            "to=2025-04-01&tz=Europe/Brussels"));
}

void TestStatsClient::progressCountsAnswers()
{
    serveAll();
    // One part answers late: progress shows 6 of 7 while it is awaited.
    m_server->setJson(QStringLiteral("/api/v1/stats/episodes"), test::samples::episodes(), 300);
    QSignalSpy progress(m_client.get(), &StatsClient::progress);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march());
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.constFirst(), (QVariantList{0, 7}));
    QTRY_COMPARE(m_client->requestsDone(), 6);
    QVERIFY(m_client->isBusy());
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(progress.at(i), (QVariantList{i, 7}));
}

void TestStatsClient::errorsSayWhatFailed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401") << 401
                         << QByteArrayLiteral(
                                R"({"error":{"code":"unauthorized","message":"No token."}})")
                         << QStringLiteral("Could not load the outage episodes: the staff token "
                                           "was refused. Check it in Settings.");
    QTest::newRow("500 with the server's message")
        << 500 << QByteArrayLiteral(R"({"error":{"code":"x","message":"The disk is full."}})")
        << QStringLiteral("Could not load the outage episodes: the server had a problem (HTTP "
                          "500): The disk is full.");
    QTest::newRow("503 without a body")
        << 503 << QByteArray()
        << QStringLiteral("Could not load the outage episodes: the server had a problem (HTTP "
                          "503): Answer");
    QTest::newRow("400 names the parameter")
        << 400
        << QByteArrayLiteral(R"j({"error":{"code":"invalid_parameter","message":"Bad query.",)j"
                             R"j("fields":[{"path":"sla","message":"must be in (0, 1)"}]}})j")
        << QStringLiteral("Could not load the outage episodes: the server refused the question "
                          "(HTTP 400): Bad query.\nsla: must be in (0, 1)");
    QTest::newRow("404 from an older server")
        << 404 << QByteArray()
        << QStringLiteral("Could not load the outage episodes: this server does not offer it "
                          "(HTTP 404); it may be an older version.");
    QTest::newRow("not the expected JSON")
        << 200 << QByteArrayLiteral(R"({"from":"2025-03-01T00:00:00+01:00"})")
        << QStringLiteral("Could not read the outage episodes: The server's answer is not what "
                          "this program expects (at \"to\"). The server may be of another "
                          "version.");
    QTest::newRow("an end before the start")
        << 200
        << QByteArray(test::samples::episodes())
               .replace("2025-03-05T09:00:00Z", "2025-03-05T07:00:00Z")
        << QStringLiteral("Could not read the outage episodes: The server's answer is not what "
                          "this program expects (at \"episodes[0].end\"). The server may be of "
                          "another version.");
    QTest::newRow("a range that leaves out the start")
        << 200
        << QByteArray(test::samples::episodes())
               .replace("2025-03-05T07:55:00Z", "2025-03-05T08:01:00Z")
        << QStringLiteral("Could not read the outage episodes: The server's answer is not what "
                          "this program expects (at \"episodes[0].start\"). The server may be "
                          "of another version.");
    QTest::newRow("half a range")
        << 200 << QByteArray(test::samples::episodes()).replace("\"end_latest\"", "\"x\"")
        << QStringLiteral("Could not read the outage episodes: The server's answer is not what "
                          "this program expects (at \"episodes[0].end_latest\"). The server may "
                          "be of another version.");
    QTest::newRow("a downtime range that is not a number")
        << 200
        << QByteArray(test::samples::episodes())
               .replace("\"downtime_high\":67", "\"downtime_high\":\"67\"")
        << QStringLiteral("Could not read the outage episodes: The server's answer is not what "
                          "this program expects (at \"services[1].downtime_high\"). The server "
                          "may be of another version.");
}

void TestStatsClient::errorsSayWhatFailed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    serveAll();
    m_server->setRoute(QStringLiteral("/api/v1/stats/episodes"), {status, body, 0, {}});
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy episodes(m_client.get(), &StatsClient::episodesReady);
    QSignalSpy heatmap(m_client.get(), &StatsClient::heatmapReady);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).value<StatsClient::Part>(), StatsClient::Episodes);
    QCOMPARE(failed.constFirst().at(1).toString(), expected);
    QCOMPARE(episodes.size(), 0);
    // The other parts still arrive.
    QCOMPARE(heatmap.size(), 1);
}

void TestStatsClient::unreachableServer()
{
    const QUrl url = m_server->url();
    m_server.reset(); // nobody listens there now
    m_client->setServerUrl(url);
    QSignalSpy failed(m_client.get(), &StatsClient::failed);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march(), StatsClient::Frequency | StatsClient::Heatmap);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), 2);
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &failure : std::as_const(failed))
        QVERIFY2(
            failure.at(1).toString().contains(QLatin1String("the server could not be reached")),
            qPrintable(failure.at(1).toString()));
}

void TestStatsClient::newRefreshDropsTheOldOne()
{
    // The first question is slow to answer; a second one is asked meanwhile.
    // Slow enough that the next question comes first even on a busy machine.
    serveAll(2000);
    QSignalSpy frequency(m_client.get(), &StatsClient::frequencyReady);
    QSignalSpy finished(m_client.get(), &StatsClient::finished);
    m_client->refresh(march());
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/api/v1/stats/frequency")), 1);

    QByteArray second = test::samples::frequency();
    second.replace("\"bucket\":\"day\"", "\"bucket\":\"week\"");
    m_server->setJson(QStringLiteral("/api/v1/stats/frequency"), second);
    m_client->refresh(march(), StatsClient::Frequency);
    QCOMPARE(m_client->requestsTotal(), 1);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(frequency.size(), 1);
    QCOMPARE(frequency.constFirst().constFirst().value<stats::Frequency>().bucket,
             QStringLiteral("week"));
    // The first question's answers come to nothing: their requests were aborted (of seven,
    // QNetworkAccessManager sends six at once to a host: the seventh may not have left yet).
    QTRY_VERIFY(m_server->answersDropped() >= 6);
    QCOMPARE(frequency.size(), 1);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestStatsClient)
#include "tst_statsclient.moc"
