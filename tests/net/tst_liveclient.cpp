// The live levels client: polls GET /api/v1/live while active, parses levels and the hidden
// small counts, keeps the last answer through a failed poll, and says "unavailable" when the
// server cannot give live levels (unreachable, or an older server without /live).
#include "fakestatsserver.h"
#include "net/liveclient.h"
#include "statssamples.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ehb;
using namespace std::chrono_literals;

class TestLiveClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pollsWhileActive();
    void parsesLevels();
    void parsesTheOfficialStatus();
    void officialStatusOfAnotherTypeIsRefused();
    void parsesSinceAndTopSymptom();
    void olderServerMeansNoLevels();
    void keepsTheLastAnswerThroughAFailure();
    void serverChangeForgetsLevels();

private:
    std::unique_ptr<test::FakeStatsServer> m_server;
    std::unique_ptr<LiveClient> m_client;
};

void TestLiveClient::init()
{
    m_server = std::make_unique<test::FakeStatsServer>();
    QVERIFY(m_server->start());
    m_server->setJson(QStringLiteral("/api/v1/live"), test::samples::live());
    m_client = std::make_unique<LiveClient>();
    m_client->setServerUrl(m_server->url());
    m_client->setFirstDelay(0ms);
}

void TestLiveClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestLiveClient::pollsWhileActive()
{
    m_client->setInterval(100ms);
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    QCOMPARE(m_server->requests().size(), 0);
    m_client->setActive(true);
    QTRY_VERIFY(updated.size() >= 3);
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.path, QStringLiteral("/api/v1/live"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("minutes")), QStringLiteral("30"));
    // Public: no token is sent.
    QVERIFY(request.authorization.isEmpty());

    m_client->setActive(false);
    QVERIFY(!m_client->isActive());
    // Whatever was on its way lands; after that nothing more is asked.
    QTRY_COMPARE(m_server->answersSent(), m_server->requests().size());
    const int asked = int(m_server->requests().size());
    QTest::qWait(350); // three intervals: a poll would have come
    QCOMPARE(int(m_server->requests().size()), asked);
}

void TestLiveClient::parsesLevels()
{
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    m_client->setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    const auto live = updated.constFirst().constFirst().value<stats::Live>();
    QCOMPARE(live.minutes, 30);
    QCOMPARE(live.services.size(), 14);
    const stats::LiveService *recipe = live.find(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->level, stats::LiveLevel::Outage);
    QCOMPARE(recipe->reports, std::optional<int>(5));
    QCOMPARE(recipe->installations, std::optional<int>(4));
    const stats::LiveService *box = live.find(QStringLiteral("ehealthbox"));
    QVERIFY(box);
    QCOMPARE(box->level, stats::LiveLevel::Possible);
    QVERIFY(!box->reports); // under 3: hidden by the server
    QCOMPARE(live.find(QStringLiteral("internet"))->level, stats::LiveLevel::Normal);
    QVERIFY(m_client->current().has_value());
}

namespace {

// samples::live() (a server older than official_status, which leaves it out) with `official`
// merged into the entry of each service it names.
QByteArray liveWith(const QHash<QString, QJsonObject> &official)
{
    QJsonObject body = QJsonDocument::fromJson(test::samples::live()).object();
    QJsonArray services = body.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject item = services.at(i).toObject();
        const QJsonObject extra = official.value(item.value(QStringLiteral("service")).toString());
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            item.insert(it.key(), it.value());
        services[i] = item;
    }
    body.insert(QStringLiteral("services"), services);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

// A status and since when; null for both; absent (an older server): unset all the same.
void TestLiveClient::parsesTheOfficialStatus()
{
    m_server->setJson(
        QStringLiteral("/api/v1/live"),
        liveWith({{QStringLiteral("recip-e"),
                   QJsonObject{
                       {QStringLiteral("official_status"), QStringLiteral("partial_outage")},
                       {QStringLiteral("official_since"), QStringLiteral("2025-03-05T07:45:00Z")}}},
                  {QStringLiteral("ehealthbox"),
                   QJsonObject{{QStringLiteral("official_status"), QJsonValue::Null},
                               {QStringLiteral("official_since"), QJsonValue::Null}}},
                  {QStringLiteral("chapter-iv"),
                   QJsonObject{{QStringLiteral("official_status"), QStringLiteral("operational")},
                               {QStringLiteral("official_since"), QJsonValue::Null}}}}));
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    m_client->setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    const auto live = updated.constFirst().constFirst().value<stats::Live>();
    const stats::LiveService *recipe = live.find(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->officialStatus, std::optional(stats::OfficialStatus::Partial));
    QCOMPARE(recipe->officialSince, QDateTime(QDate(2025, 3, 5), QTime(7, 45), QTimeZone::utc()));
    QCOMPARE(recipe->level, stats::LiveLevel::Outage);
    const stats::LiveService *box = live.find(QStringLiteral("ehealthbox"));
    QVERIFY(box);
    QVERIFY(!box->officialStatus);
    QVERIFY(!box->officialSince.isValid());
    const stats::LiveService *chapter = live.find(QStringLiteral("chapter-iv"));
    QVERIFY(chapter);
    QCOMPARE(chapter->officialStatus, std::optional(stats::OfficialStatus::Operational));
    QVERIFY(!chapter->officialSince.isValid());
    const stats::LiveService *internet = live.find(QStringLiteral("internet"));
    QVERIFY(internet);
    QVERIFY(!internet->officialStatus);
    QVERIFY(!internet->officialSince.isValid());
}

// Not a string: the answer is not what this program expects, and says where.
void TestLiveClient::officialStatusOfAnotherTypeIsRefused()
{
    m_server->setJson(QStringLiteral("/api/v1/live"),
                      liveWith({{QStringLiteral("recip-e"),
                                 QJsonObject{{QStringLiteral("official_status"), 3}}}}));
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    QSignalSpy unavailable(m_client.get(), &LiveClient::unavailable);
    m_client->setActive(true);
    QTRY_COMPARE(unavailable.size(), 1);
    QCOMPARE(updated.size(), 0);
    QVERIFY(unavailable.constFirst().constFirst().toString().contains(
        QLatin1String("official_status")));
}

// Since when and the top symptom; null, absent (an older server) or a symptom this app does not
// know: not known.
void TestLiveClient::parsesSinceAndTopSymptom()
{
    m_server->setJson(
        QStringLiteral("/api/v1/live"),
        liveWith({{QStringLiteral("recip-e"),
                   QJsonObject{{QStringLiteral("since"), QStringLiteral("2025-03-05T08:05:00Z")},
                               {QStringLiteral("top_symptom"), QStringLiteral("timeout")}}},
                  {QStringLiteral("ehealthbox"),
                   QJsonObject{{QStringLiteral("since"), QJsonValue::Null},
                               {QStringLiteral("top_symptom"), QStringLiteral("haunted")}}},
                  {QStringLiteral("chapter-iv"),
                   QJsonObject{{QStringLiteral("top_symptom"), QJsonValue::Null}}}}));
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    m_client->setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    const auto live = updated.constFirst().constFirst().value<stats::Live>();
    const stats::LiveService *recipe = live.find(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->since, QDateTime(QDate(2025, 3, 5), QTime(8, 5), QTimeZone::utc()));
    QCOMPARE(recipe->topSymptom, QStringLiteral("timeout"));
    for (const QString &id :
         {QStringLiteral("ehealthbox"), QStringLiteral("chapter-iv"), QStringLiteral("internet")}) {
        const stats::LiveService *other = live.find(id);
        QVERIFY(other);
        QVERIFY(!other->since.isValid());
        QVERIFY(other->topSymptom.isEmpty());
    }
}

void TestLiveClient::olderServerMeansNoLevels()
{
    m_server->setRoute(QStringLiteral("/api/v1/live"), {404, {}, 0, {}});
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    QSignalSpy unavailable(m_client.get(), &LiveClient::unavailable);
    m_client->setActive(true);
    QTRY_COMPARE(unavailable.size(), 1);
    QCOMPARE(updated.size(), 0);
    QVERIFY(unavailable.constFirst().constFirst().toString().contains(QLatin1String("404")));
    QVERIFY(!m_client->current());
}

void TestLiveClient::keepsTheLastAnswerThroughAFailure()
{
    m_client->setInterval(200ms);
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    QSignalSpy unavailable(m_client.get(), &LiveClient::unavailable);
    m_client->setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    // A hiccup: the last levels stay current for a few intervals...
    m_server->setError(QStringLiteral("/api/v1/live"), 503, QStringLiteral("Busy."));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/api/v1/live")), 2);
    QTRY_COMPARE(m_server->answersSent(), 2);
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(m_client->current().has_value());
    // ...then they are too old to show.
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 5000);
    QVERIFY(!m_client->current());
    QVERIFY(unavailable.constFirst().constFirst().toString().contains(QLatin1String("Busy.")));
}

void TestLiveClient::serverChangeForgetsLevels()
{
    QSignalSpy updated(m_client.get(), &LiveClient::updated);
    QSignalSpy unavailable(m_client.get(), &LiveClient::unavailable);
    m_client->setActive(true);
    QTRY_COMPARE(updated.size(), 1);
    test::FakeStatsServer other;
    QVERIFY(other.start());
    other.setJson(QStringLiteral("/api/v1/live"), test::samples::live());
    m_client->setServerUrl(other.url());
    QCOMPARE(unavailable.size(), 1);
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(other.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestLiveClient)
#include "tst_liveclient.moc"
