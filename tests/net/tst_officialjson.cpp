// The official record's JSON (GET /api/v1/stats/official and /api/v1/official/changes) read
// into plain values: every field of a known answer, nulls and missing optional fields read as
// "not known", unknown statuses and fields tolerated, and a malformed answer refused with the
// field named, never a crash. With the server tests built, the answers of the real in-process
// server read through StatsClient.
#include "core/timeutil.h"
#include "net/statsjson.h"
#include "statssamples.h"

#ifdef EHB_WITH_REAL_SERVER
#include "core/reportcodec.h"
#include "net/statsclient.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QSignalSpy>
#include <QTimeZone>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ehb;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The sample with `key` of its first episode set to `value` (removed when undefined).
QByteArray withEpisodeField(const QString &key, const QJsonValue &value)
{
    QJsonObject body = QJsonDocument::fromJson(test::samples::official()).object();
    QJsonArray episodes = body.value(QStringLiteral("episodes")).toArray();
    QJsonObject first = episodes.at(0).toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    episodes.replace(0, first);
    body.insert(QStringLiteral("episodes"), episodes);
    return compact(body);
}

} // namespace

class TestOfficialJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheComparison();
    void parsesTheChanges();
    void nullsAndMissingFieldsAreNotKnown();
    void unknownStatusesAndFieldsAreKept();
    void malformedAnswersAreRefused_data();
    void malformedAnswersAreRefused();
#ifdef EHB_WITH_REAL_SERVER
    void realServerOfficialRecord();
#endif
};

void TestOfficialJson::parsesTheComparison()
{
    const Result<stats::Official> parsed = stats::StatsJson::official(test::samples::official());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const stats::Official &answer = parsed.value();
    QCOMPARE(answer.tz, QStringLiteral("Europe/Brussels"));
    QCOMPARE(answer.lateWindowMinutes, 60);
    QCOMPARE(answer.episodes.size(), 2);
    const stats::OfficialEpisode &late = answer.episodes.at(0);
    QCOMPARE(late.service, QStringLiteral("recip-e"));
    QCOMPARE(late.start, utcDateTime(QDate(2025, 3, 5), QTime(8, 0)));
    QCOMPARE(late.minutes, 60.0);
    QCOMPARE(late.status, std::optional(stats::OfficialStatus::Partial));
    QVERIFY(late.acknowledged());
    QCOMPARE(late.acknowledgedAt, utcDateTime(QDate(2025, 3, 5), QTime(8, 25)));
    QCOMPARE(late.lagMinutes, std::optional<qint64>(25));
    QCOMPARE(late.officialEnd, utcDateTime(QDate(2025, 3, 5), QTime(9, 40)));
    QCOMPARE(late.officialEndAfterEndMinutes, std::optional<double>(40));
    const stats::OfficialEpisode &never = answer.episodes.at(1);
    QCOMPARE(never.status, std::optional(stats::OfficialStatus::Operational));
    QVERIFY(!never.acknowledged());
    QVERIFY(!never.lagMinutes);
    QVERIFY(!never.officialEnd.isValid());
    QVERIFY(!never.officialEndAfterEndMinutes);

    QCOMPARE(answer.unreported.size(), 1);
    QCOMPARE(answer.unreported.at(0).service, QStringLiteral("chapter-iv"));
    QCOMPARE(answer.unreported.at(0).status, stats::OfficialStatus::Major);
    QCOMPARE(answer.unreported.at(0).end, utcDateTime(QDate(2025, 3, 12), QTime(11, 30)));
    QCOMPARE(answer.unreported.at(0).minutes, 90);

    QCOMPARE(answer.services.size(), 14);
    const stats::OfficialServiceSummary *recipe = answer.findService(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->acknowledged, 1);
    QCOMPARE(recipe->unacknowledged, 0);
    QCOMPARE(recipe->medianLagMinutes, std::optional<double>(25));
    const stats::OfficialServiceSummary *box = answer.findService(QStringLiteral("ehealthbox"));
    QCOMPARE(box->unacknowledged, 1);
    QCOMPARE(box->unacknowledgedMinutes, 30);
    QVERIFY(!box->medianLagMinutes);
    QVERIFY(!answer.findService(QStringLiteral("nothing")));
}

void TestOfficialJson::parsesTheChanges()
{
    const Result<stats::OfficialChanges> parsed =
        stats::StatsJson::officialChanges(test::samples::officialChanges());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed->changes.size(), 10);
    const stats::OfficialChange &first = parsed->changes.at(0);
    QCOMPARE(first.componentId, QStringLiteral("1"));
    QCOMPARE(first.sequence, 1);
    QCOMPARE(first.service, QStringLiteral("recip-e"));
    QVERIFY(!first.oldStatus);
    QCOMPARE(first.newStatus, stats::OfficialStatus::Operational);
    QCOMPARE(first.seenAt, utcDateTime(QDate(2025, 2, 1), QTime(0, 0)));
    // An unmapped component: no service.
    QCOMPARE(parsed->changes.at(2).service, QString());
    QCOMPARE(parsed->changes.at(2).newStatus, stats::OfficialStatus::Major);
    QCOMPARE(parsed->changes.at(3).oldStatus, std::optional(stats::OfficialStatus::Operational));
    QCOMPARE(parsed->changes.at(8).newStatus, stats::OfficialStatus::Unknown);
}

void TestOfficialJson::nullsAndMissingFieldsAreNotKnown()
{
    // An episode the record says nothing of: status null; lag and the official end missing.
    QJsonObject body = QJsonDocument::fromJson(withEpisodeField(QStringLiteral("official_status"),
                                                                QJsonValue(QJsonValue::Null)))
                           .object();
    QJsonArray episodes = body.value(QStringLiteral("episodes")).toArray();
    QJsonObject first = episodes.at(0).toObject();
    for (const char *key : {"lag_minutes", "official_end_after_end_minutes", "minutes", "id"})
        first.remove(QLatin1String(key));
    first.insert(QStringLiteral("official_end"), QJsonValue(QJsonValue::Null));
    episodes.replace(0, first);
    body.insert(QStringLiteral("episodes"), episodes);
    body.remove(QStringLiteral("late_window_minutes"));
    QJsonArray services = body.value(QStringLiteral("services")).toArray();
    QJsonObject summary = services.at(1).toObject();
    summary.remove(QStringLiteral("median_lag_minutes"));
    summary.remove(QStringLiteral("unacknowledged_minutes"));
    services.replace(1, summary);
    body.insert(QStringLiteral("services"), services);

    const Result<stats::Official> parsed = stats::StatsJson::official(compact(body));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const stats::OfficialEpisode &episode = parsed->episodes.at(0);
    QVERIFY(!episode.status);
    // The lag is worked out from the times when the server leaves it out.
    QCOMPARE(episode.lagMinutes, std::optional<qint64>(25));
    QVERIFY(!episode.officialEnd.isValid());
    QVERIFY(!episode.officialEndAfterEndMinutes);
    QCOMPARE(episode.minutes, 60.0);
    QCOMPARE(parsed->lateWindowMinutes, 60);
    QVERIFY(!parsed->services.at(1).medianLagMinutes);
    QCOMPARE(parsed->services.at(1).unacknowledgedMinutes, 0);
}

void TestOfficialJson::unknownStatusesAndFieldsAreKept()
{
    QJsonObject body =
        QJsonDocument::fromJson(withEpisodeField(QStringLiteral("official_status"),
                                                 QStringLiteral("under_maintenance")))
            .object();
    body.insert(QStringLiteral("future_member"), QJsonArray{1, 2});
    const Result<stats::Official> parsed = stats::StatsJson::official(compact(body));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed->episodes.at(0).status, std::optional(stats::OfficialStatus::Unknown));
    QCOMPARE(stats::StatsJson::officialStatus(QStringLiteral("Major Outage")),
             stats::OfficialStatus::Unknown);
    QCOMPARE(stats::StatsJson::officialStatus(QStringLiteral("degraded_performance")),
             stats::OfficialStatus::Degraded);
}

void TestOfficialJson::malformedAnswersAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QString>("at");
    QTest::newRow("an HTML error page")
        << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>") << false
        << QStringLiteral("not a JSON object");
    QTest::newRow("a JSON array") << QByteArrayLiteral("[1,2]") << true
                                  << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("not a JSON object");
    QTest::newRow("an acknowledgement that is not a time")
        << withEpisodeField(QStringLiteral("acknowledged_at"), QStringLiteral("soon")) << false
        << QStringLiteral("episodes[0].acknowledged_at");
    QTest::newRow("a lag as text")
        << withEpisodeField(QStringLiteral("lag_minutes"), QStringLiteral("25")) << false
        << QStringLiteral("episodes[0].lag_minutes");
    QTest::newRow("a status as a number") << withEpisodeField(QStringLiteral("official_status"), 3)
                                          << false << QStringLiteral("episodes[0].official_status");
    QTest::newRow("no start") << withEpisodeField(QStringLiteral("start"), QJsonValue::Undefined)
                              << false << QStringLiteral("episodes[0].start");
    QTest::newRow("an episode that is not an object")
        << QByteArray(test::samples::official()).replace("\"episodes\":[{", "\"episodes\":[7,{")
        << false << QStringLiteral("episodes[0].service");
    QTest::newRow("no unreported list")
        << QByteArray(test::samples::official()).replace("\"unreported\"", "\"x\"") << false
        << QStringLiteral("unreported");
    QTest::newRow("a negative count")
        << QByteArray(test::samples::official())
               .replace("\"unacknowledged_minutes\":30", "\"unacknowledged_minutes\":-30")
        << false << QStringLiteral("services[2].unacknowledged_minutes");
    QTest::newRow("a change without a time")
        << QByteArray(test::samples::officialChanges())
               .replace("\"seen_at\":\"2025-02-01T00:00:00Z\"", "\"seen_at\":null")
        << true << QStringLiteral("changes[0].seen_at");
    QTest::newRow("a change without a status")
        << QByteArray(test::samples::officialChanges()).replace("\"new_status\"", "\"status\"")
        << true << QStringLiteral("changes[0].new_status");
}

void TestOfficialJson::malformedAnswersAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, changes);
    QFETCH(QString, at);
    QString error;
    if (changes) {
        const Result<stats::OfficialChanges> parsed = stats::StatsJson::officialChanges(body);
        QVERIFY(!parsed);
        error = parsed.error();
    } else {
        const Result<stats::Official> parsed = stats::StatsJson::official(body);
        QVERIFY(!parsed);
        error = parsed.error();
    }
    QVERIFY2(error.contains(QLatin1Char('"') + at + QLatin1Char('"')), qPrintable(error));
}

#ifdef EHB_WITH_REAL_SERVER

// The official record as the real server compares it: recip-e down from 08:10 UTC, admitted by
// an incident entered by staff at 08:40; a chapter-iv outage no GP reported.
void TestOfficialJson::realServerOfficialRecord()
{
    const auto at = [](int hour, int minute) {
        return utcDateTime(QDate(2024, 3, 5), QTime(hour, minute));
    };
    test::ServerHarness harness;
    server::ServerConfig config;
    config.clock = [at] { return at(23, 0); };
    QVERIFY(harness.start(std::move(config)));
    const QByteArray token = harness.createStaffToken(QStringLiteral("analyst"));
    for (int i = 0; i < 10; ++i) {
        Report report = test::minimalReport(at(8, 12 + i));
        report.service = QStringLiteral("recip-e");
        report.startedAt = at(8, 10 + i);
        report.endedAt = at(9, 0);
        QCOMPARE(harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status, 201);
    }
    const QByteArray incidents =
        R"({"incidents": [{"service": "recip-e", "start": "2024-03-05T08:40:00Z",)"
        R"( "end": "2024-03-05T10:00:00Z", "status": "partial_outage"},)"
        R"( {"service": "chapter-iv", "start": "2024-03-05T13:00:00Z",)"
        R"( "end": "2024-03-05T14:00:00Z", "status": "major_outage"}]})";
    QCOMPARE(harness
                 .send("POST", QStringLiteral("/api/v1/official/incidents"), incidents,
                       QByteArrayLiteral("application/json"),
                       {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}})
                 .status,
             201);

    StatsClient client;
    client.setServerUrl(harness.url(QStringLiteral("/")));
    client.setToken(QString::fromLatin1(token));
    QSignalSpy official(&client, &StatsClient::officialReady);
    QSignalSpy changes(&client, &StatsClient::officialChangesReady);
    QSignalSpy failed(&client, &StatsClient::failed);
    QSignalSpy finished(&client, &StatsClient::finished);
    stats::Query day;
    day.from = QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone("Europe/Brussels"));
    day.to = day.from.addDays(1);
    client.refresh(day, StatsClient::Official | StatsClient::OfficialChanges);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));

    const auto answer = official.constFirst().constFirst().value<stats::Official>();
    QCOMPARE(answer.episodes.size(), 1);
    const stats::OfficialEpisode &episode = answer.episodes.constFirst();
    QCOMPARE(episode.service, QStringLiteral("recip-e"));
    QCOMPARE(episode.status, std::optional(stats::OfficialStatus::Partial));
    QCOMPARE(episode.acknowledgedAt, at(8, 40));
    QCOMPARE(episode.lagMinutes, std::optional<qint64>(episode.start.secsTo(at(8, 40)) / 60));
    QVERIFY(*episode.lagMinutes >= 20 && *episode.lagMinutes <= 40);
    QCOMPARE(episode.officialEnd, at(10, 0));
    QCOMPARE(answer.unreported.size(), 1);
    QCOMPARE(answer.unreported.constFirst().service, QStringLiteral("chapter-iv"));
    QCOMPARE(answer.unreported.constFirst().minutes, 60);
    const stats::OfficialServiceSummary *recipe = answer.findService(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->acknowledged, 1);
    QCOMPARE(recipe->unacknowledged, 0);
    QCOMPARE(recipe->medianLagMinutes, std::optional<double>(double(*episode.lagMinutes)));
    // No poller ran: the change log is empty, and was asked from its beginning.
    QCOMPARE(changes.constFirst().constFirst().value<stats::OfficialChanges>().changes.size(), 0);
}

#endif

QTEST_GUILESS_MAIN(TestOfficialJson)
#include "tst_officialjson.moc"
