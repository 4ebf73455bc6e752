// The rollup tables against a recount: a seeded random history of creates, updates, replays,
// conflicts and refusals (batches of random sizes, one id several times in a batch), and a zone
// added to a database that already holds reports. Every rollup row of every unit and zone must
// equal what the test counts itself from the stored reports. Puts that arrive at once are in
// tst_rollupconcurrency.
// EHB_TEST_SEED=<n> replays a run; the seed is printed either way.
#include "rollupcheck.h"

#include <QJsonArray>

using namespace ehb;
using namespace ehb::test;
using namespace ehb::server;
using namespace Qt::StringLiterals;

class TestRollupConsistency final : public QObject, private RollupCheckFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_seed = seedForRun(); }

    void init() { m_harness.wipe(); }
    void cleanup() { m_harness.stop(); }

    void randomHistoryMatchesRecount()
    {
        const QList<QTimeZone> zones{brussels, newYork};
        ServerConfig config;
        config.statsZones = zones;
        QVERIFY(m_harness.start(config));
        History history(m_seed);
        for (int i = 0; i < 60; ++i) {
            applyBatch(history, 16);
            if (QTest::currentTestFailed())
                return;
            if (i % 15 == 14) {
                compareWithRecount(zones);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        compareStoredReports(history);
        compareWithRecount(zones);
        // The history did what it is meant to: every outcome, and ids repeated in a batch.
        qInfo("created %d, updated %d, replayed %d, conflicts %d, forbidden %d; %d repeats",
              history.made(PutStatus::Created), history.made(PutStatus::Updated),
              history.made(PutStatus::Replayed), history.made(PutStatus::Conflict),
              history.made(PutStatus::Forbidden), history.repeats());
        for (PutStatus status : {PutStatus::Created, PutStatus::Updated, PutStatus::Replayed,
                                 PutStatus::Conflict, PutStatus::Forbidden})
            QVERIFY(history.made(status) >= 10);
        QVERIFY(history.repeats() >= 20);
        compareFrequencyOverHttp(newYork, u"day"_s);
        compareFrequencyOverHttp(brussels, u"week"_s);
    }

    void zoneAddedLaterIsBackfilled()
    {
        ServerConfig config;
        config.statsZones = {brussels};
        QVERIFY(m_harness.start(config));
        History history(m_seed + 1);
        for (int i = 0; i < 15; ++i)
            applyBatch(history, 12);
        compareWithRecount({brussels});
        const QByteArray token = m_harness.createStaffToken(u"backfill"_s);
        const QString tokyoDays =
            u"/api/v1/stats/frequency?from=2024-03-01&to=2024-12-01&tz=Asia/Tokyo&bucket=day"_s;
        QCOMPARE(m_harness.staffGet(tokyoDays, token).status, 400);

        config.statsZones = {brussels, tokyo};
        QVERIFY(m_harness.start(config));
        const auto zones = m_harness.server()->repository().rollupZones();
        QVERIFY(zones.ok());
        QVERIFY(zones->contains("Asia/Tokyo"));
        QVERIFY(zones->contains("Europe/Brussels"));
        compareWithRecount({brussels, tokyo});
        QCOMPARE(m_harness.staffGet(tokyoDays, token).status, 200);
        compareFrequencyOverHttp(tokyo, u"day"_s);

        for (int i = 0; i < 10; ++i)
            applyBatch(history, 12);
        compareWithRecount({brussels, tokyo});

        // A zone no longer configured is still kept up to date (its rows stay right).
        config.statsZones = {brussels};
        QVERIFY(m_harness.start(config));
        for (int i = 0; i < 10; ++i)
            applyBatch(history, 12);
        compareStoredReports(history);
        compareWithRecount({brussels, tokyo});
        compareFrequencyOverHttp(tokyo, u"month"_s);
    }

private:
    void applyBatch(History &history, int maxSize)
    {
        const auto [requests, expected] = history.batch(maxSize);
        const auto outcomes = m_harness.server()->repository().putBatch(requests);
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.ok() ? QString() : outcomes.error()));
        QCOMPARE(outcomes->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(int(outcomes->at(i).status), int(expected.at(i).status));
            QCOMPARE(outcomes->at(i).storedRevision, expected.at(i).storedRevision);
        }
    }

    void compareStoredReports(const History &history)
    {
        const QList<StoredReport> stored = allStored();
        QCOMPARE(size_t(stored.size()), history.expected().size());
        QCOMPARE(m_harness.server()->repository().count().value(), qint64(stored.size()));
        for (const StoredReport &report : stored) {
            const Expected &expected = history.expected().at(uuidText(report.id));
            QCOMPARE(report.revision, expected.revision);
            QCOMPARE(report.installation, expected.installation);
            QCOMPARE(report.service, expected.service);
            QCOMPARE(report.startedAt, expected.startedAt);
        }
    }

    // GET /api/v1/stats/frequency agrees with the recount for one zone and unit.
    void compareFrequencyOverHttp(const QTimeZone &zone, const QString &unit)
    {
        const QByteArray token =
            m_harness.createStaffToken(u"check-"_s + unit + QString::number(m_checks++));
        QVERIFY(!token.isEmpty());
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-03-01&to=2024-12-01&bucket=%1&tz=%2"_s.arg(
                unit, QString::fromLatin1(zone.id())),
            token);
        QCOMPARE(reply.status, 200);
        const BucketUnit bucketUnit = *parseBucketUnit(unit);
        const Recount expected = recountStored({zone});
        QList<qint64> buckets;
        for (const QJsonValue &label : reply.json().value(u"buckets"_s).toArray()) {
            const QDateTime start = at(label.toString());
            QCOMPARE(start.toTimeZone(zone).time(), QTime(0, 0));
            const QDate date = start.toTimeZone(zone).date();
            buckets.append(date.toJulianDay());
        }
        QVERIFY(buckets.size() > 1);
        for (const QJsonValue &entry : reply.json().value(u"services"_s).toArray()) {
            const QString service = entry.toObject().value(u"service"_s).toString();
            const QJsonArray reports = entry.toObject().value(u"reports"_s).toArray();
            const QJsonArray installations = entry.toObject().value(u"installations"_s).toArray();
            for (qsizetype i = 0; i < buckets.size(); ++i) {
                const auto found = expected.find({zone.id(), bucketUnit, service, buckets.at(i)});
                const qint64 want = found == expected.end() ? 0 : found->second.reports;
                const qint64 wantInstallations =
                    found == expected.end() ? 0 : found->second.installations.size();
                QCOMPARE(reports.at(i).toInteger(), want);
                QCOMPARE(installations.at(i).toInteger(), wantInstallations);
            }
        }
    }

    int m_checks = 0;
};

QTEST_GUILESS_MAIN(TestRollupConsistency)
#include "tst_rollupconsistency.moc"
