// The official status poller inside the server, against a local fake of the feed
// (FakeOfficialFeed, 127.0.0.1, a free port): changes recorded once, also across a restart and
// with two servers on one database (tst_officialpoller_pg: one PostgreSQL); failed fetches
// change nothing and show in /metrics and /healthz.
#include "fakeofficialfeed.h"
#include "server/official/officialpoller.h"
#include "server/storage/databaseurl.h"
#include "servertesthelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ehb;
using namespace ehb::server;
using namespace ehb::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ehb::test::FakeOfficialFeed::Behaviour)

namespace {

constexpr int waitMs = 15000;

qint64 metric(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toLongLong();
    }
    return -1;
}

} // namespace

class TestOfficialPoller final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_harness.wipe();
        m_feed = std::make_unique<FakeOfficialFeed>();
        QVERIFY(m_feed->start());
        m_feed->setStatus(1, u"Recip-e"_s, u"Operational"_s);
        m_feed->setStatus(2, u"eHealthBox"_s, u"Operational"_s);
        m_feed->setStatus(3, u"Timestamping"_s, u"Operational"_s);
    }
    void cleanup()
    {
        m_harness.stop();
        m_feed.reset();
    }

    void offByDefault()
    {
        QVERIFY(m_harness.start());
        QVERIFY(!m_harness.server()->officialPoller());
        QTest::qWait(200);
        QCOMPARE(m_feed->requests(), 0);
        const HttpReply health = m_harness.send("GET", u"/healthz"_s);
        QCOMPARE(health.status, 200);
        // Off: /healthz says nothing of it (as before the feed existed).
        QVERIFY(!health.json().contains(u"official_feed"_s));
        QCOMPARE(health.json()[u"status"_s].toString(), u"ok"_s);
    }

    void changesRecordedOnceAcrossARestart()
    {
        QVERIFY(startPolling());
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 3, waitMs); // the first state of each
        const HttpReply health = m_harness.send("GET", u"/healthz"_s);
        QCOMPARE(health.json()[u"status"_s].toString(), u"ok"_s);
        const QJsonObject feed = health.json()[u"official_feed"_s].toObject();
        QCOMPARE(feed[u"state"_s].toString(), u"ok"_s);
        QCOMPARE(feed[u"components"_s].toInt(), 3);
        QCOMPARE(feed[u"unmapped"_s].toArray(), QJsonArray{u"Timestamping (id 3)"_s});

        m_feed->setStatus(1, u"Recip-e"_s, u"Major Outage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 4, waitMs);
        // The change log as staff read it.
        const QByteArray token = m_harness.createStaffToken(u"official"_s);
        const QDate today = QDate::currentDate();
        const HttpReply log = m_harness.staffGet(
            u"/api/v1/official/changes?from=%1&to=%2&tz=UTC"_s.arg(
                today.addDays(-1).toString(Qt::ISODate), today.addDays(2).toString(Qt::ISODate)),
            token);
        QCOMPARE(log.status, 200);
        const QJsonArray rows = log.json()[u"changes"_s].toArray();
        QCOMPARE(rows.size(), 4);
        // Recip-e's change (rows seen in the same second come in component order, so under a
        // busy machine it need not be the last row).
        QJsonObject last;
        for (const QJsonValue &row : rows) {
            if (row[u"component_id"_s].toString() == u"1"_s && row[u"sequence"_s].toInt() == 2)
                last = row.toObject();
        }
        QVERIFY2(!last.isEmpty(), QJsonDocument(rows).toJson().constData());
        QCOMPARE(last[u"service"_s].toString(), u"recip-e"_s);
        QCOMPARE(last[u"old_status"_s].toString(), u"operational"_s);
        QCOMPARE(last[u"new_status"_s].toString(), u"major_outage"_s);
        for (const QJsonValue &row : rows) {
            if (row[u"component_id"_s].toString() == u"3"_s)
                QVERIFY(row[u"service"_s].isNull()); // Timestamping: unmapped
        }
        const OfficialChange change = changes().constLast();
        QCOMPARE(change.componentId, u"1"_s);
        QCOMPARE(change.service, u"recip-e"_s);
        QCOMPARE(change.oldStatus, u"operational"_s);
        QCOMPARE(change.newStatus, u"major_outage"_s);
        // Further fetches of the same state record nothing.
        waitForFetches(2);
        QCOMPARE(changes().size(), 4);

        // A restart: the same state is not recorded again; a new change is, once.
        m_harness.stop();
        QVERIFY(startPolling());
        waitForFetches(2);
        QCOMPARE(changes().size(), 4);
        m_feed->setStatus(1, u"Recip-e"_s, u"Operational"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 5, waitMs);
        waitForFetches(2);
        QCOMPARE(changes().size(), 5);
        const QByteArray metrics = m_harness.send("GET", u"/metrics"_s).body;
        QVERIFY(metric(metrics, "ehb_official_fetches_total{result=\"ok\"}") >= 3);
        QCOMPARE(metric(metrics, "ehb_official_fetches_total{result=\"failed\"}"), 0);
        QCOMPARE(metric(metrics, "ehb_official_changes_total"), 1);
    }

    void failedFetchesChangeNothing_data()
    {
        QTest::addColumn<FakeOfficialFeed::Behaviour>("behaviour");
        QTest::newRow("500") << FakeOfficialFeed::Behaviour::Error500;
        QTest::newRow("html") << FakeOfficialFeed::Behaviour::Html;
        QTest::newRow("garbage") << FakeOfficialFeed::Behaviour::Garbage;
        QTest::newRow("slow") << FakeOfficialFeed::Behaviour::Slow;
        QTest::newRow("no answer") << FakeOfficialFeed::Behaviour::Stall;
        QTest::newRow("dropped") << FakeOfficialFeed::Behaviour::Drop;
    }
    void failedFetchesChangeNothing()
    {
        QFETCH(FakeOfficialFeed::Behaviour, behaviour);
        QVERIFY(startPolling());
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 3, waitMs);

        // The feed breaks while Recip-e goes down: nothing is recorded, the failures are counted
        // and shown, and the server stays healthy and answers meanwhile.
        m_feed->setStatus(1, u"Recip-e"_s, u"Major Outage"_s);
        m_feed->behaviour = behaviour;
        m_feed->slowMs = 3000; // longer than the 1-second interval, the fetch's time limit
        QSignalSpy fetched(m_harness.server()->officialPoller(), &OfficialPoller::fetched);
        QTRY_VERIFY_WITH_TIMEOUT(failures(fetched) >= 2, waitMs);
        QCOMPARE(changes().size(), 3);
        const HttpReply health = m_harness.send("GET", u"/healthz"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json()[u"status"_s].toString(), u"ok"_s);
        const QJsonObject feed = health.json()[u"official_feed"_s].toObject();
        QCOMPARE(feed[u"state"_s].toString(), u"failing"_s);
        QVERIFY(feed[u"consecutive_failures"_s].toInt() >= 2);
        QVERIFY(!feed[u"last_error"_s].toString().isEmpty());
        QVERIFY(feed.contains(u"last_success"_s));
        QVERIFY(metric(m_harness.send("GET", u"/metrics"_s).body,
                       "ehb_official_fetches_total{result=\"failed\"}") >= 2);

        // Mended: the next interval records the change.
        m_feed->behaviour = FakeOfficialFeed::Behaviour::Json;
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 4, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_harness.send("GET", u"/healthz"_s).json()[u"official_feed"_s][u"state"_s].toString(),
            u"ok"_s, waitMs);
    }

    void slowAnswerWithinTheTimeLimitCounts()
    {
        m_feed->behaviour = FakeOfficialFeed::Behaviour::Slow;
        m_feed->slowMs = 300;
        QVERIFY(startPolling());
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 3, waitMs);
        // Meanwhile the server answered at once.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_harness.send("GET", u"/api/v1/services"_s).status, 200);
        QVERIFY(timer.elapsed() < 2000);
    }

    void twoServersOnOneDatabaseRecordOneRowPerChange()
    {
        QVERIFY(startPolling());
        const auto url = DatabaseUrl::parse(m_harness.databaseUrl());
        QVERIFY(url.ok());
        auto second = CollectionServer::create(url.value(), pollingConfig());
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QSignalSpy secondFetched(second.value()->officialPoller(), &OfficialPoller::fetched);
        QTRY_COMPARE_WITH_TIMEOUT(changes().size(), 3, waitMs);

        const QStringList statuses{u"Degraded Performance"_s, u"Major Outage"_s, u"Operational"_s};
        for (const QString &status : statuses) {
            m_feed->setStatus(2, u"eHealthBox"_s, status);
            // Both servers fetch the new state at least once.
            secondFetched.clear();
            waitForFetches(2);
            QTRY_VERIFY_WITH_TIMEOUT(secondFetched.size() >= 2, waitMs);
        }
        const QList<OfficialChange> log = changes();
        QCOMPARE(log.size(), 3 + int(statuses.size()));
        QStringList seen;
        for (const OfficialChange &change : log) {
            if (change.componentId == u"2"_s)
                seen.append(change.newStatus);
        }
        QCOMPARE(seen, (QStringList{u"operational"_s, u"degraded_performance"_s, u"major_outage"_s,
                                    u"operational"_s}));
    }

private:
    ServerConfig pollingConfig() const
    {
        ServerConfig config;
        config.officialStatusUrl = m_feed->url();
        config.officialInterval = std::chrono::seconds(1);
        return config;
    }
    bool startPolling() { return m_harness.start(pollingConfig()); }

    QList<OfficialChange> changes()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto log =
            m_harness.server()->repository().officialChanges(now.addDays(-1), now.addDays(1));
        return log.ok() ? log.value() : QList<OfficialChange>();
    }

    // Waits until the poller has finished `count` more fetches.
    void waitForFetches(int count)
    {
        QSignalSpy fetched(m_harness.server()->officialPoller(), &OfficialPoller::fetched);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.size() >= count, waitMs);
    }

    static int failures(const QSignalSpy &fetched)
    {
        int failed = 0;
        for (const QList<QVariant> &arguments : fetched)
            failed += arguments.at(0).toBool() ? 0 : 1;
        return failed;
    }

    ServerHarness m_harness;
    std::unique_ptr<FakeOfficialFeed> m_feed;
};

QTEST_GUILESS_MAIN(TestOfficialPoller)
#include "tst_officialpoller.moc"
