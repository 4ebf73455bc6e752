// What the rollup consistency tests share (tst_rollupconsistency: seeded random histories;
// tst_rollupconcurrency: puts at once): times at the local midnights and DST changes, a seeded
// random history of puts, and a recount of the stored reports to hold every rollup row against.
#pragma once

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <map>

namespace ehb::test {

using namespace Qt::StringLiterals;
using namespace ehb::server;

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
const QStringList services{u"recip-e"_s, u"ehealthbox"_s, u"chapter-iv"_s, u"mycarenet-gmd"_s};

inline QDateTime at(const QString &rfc3339)
{
    return QDateTime::fromString(rfc3339, Qt::ISODate).toUTC();
}

// Local midnights and DST changes of Brussels, New York and Tokyo, and a second either side.
inline QList<QDateTime> edgeTimes()
{
    QList<QDateTime> edges;
    for (const QString &text :
         {u"2024-03-10T05:00:00Z"_s, u"2024-03-10T07:00:00Z"_s, u"2024-03-11T04:00:00Z"_s,
          u"2024-03-30T23:00:00Z"_s, u"2024-03-31T01:00:00Z"_s, u"2024-03-31T15:00:00Z"_s,
          u"2024-03-31T22:00:00Z"_s, u"2024-10-26T22:00:00Z"_s, u"2024-10-27T01:00:00Z"_s,
          u"2024-10-27T23:00:00Z"_s, u"2024-10-31T23:00:00Z"_s, u"2024-11-01T04:00:00Z"_s,
          u"2024-11-03T04:00:00Z"_s, u"2024-11-03T06:00:00Z"_s, u"2024-11-04T05:00:00Z"_s}) {
        for (int delta : {-1, 0, 1})
            edges.append(at(text).addSecs(delta));
    }
    return edges;
}

// The stored state of one report, as the test expects it.
struct Expected
{
    QUuid installation;
    int revision = 0;
    QString service;
    QDateTime startedAt;
};

struct Row
{
    qint64 reports = 0;
    QSet<QString> installations;
};

// What the test counts itself: bucket numbers computed here, not with RollupCalendar.
using Recount = std::map<RollupKey, Row>;

inline void count(Recount &recount, const QString &service, const QDateTime &startedAt,
                  const QString &installation, const QList<QTimeZone> &zones)
{
    const qint64 secs = startedAt.toSecsSinceEpoch();
    const qint64 hour = secs >= 0 ? secs / 3600 : -((-secs + 3599) / 3600);
    QList<RollupKey> keys{{QByteArray("UTC"), BucketUnit::Hour, service, hour}};
    for (const QTimeZone &zone : zones) {
        const QDate date = startedAt.toTimeZone(zone).date();
        keys.append({zone.id(), BucketUnit::Day, service, date.toJulianDay()});
        keys.append({zone.id(), BucketUnit::Week, service,
                     date.addDays(1 - date.dayOfWeek()).toJulianDay()});
        keys.append({zone.id(), BucketUnit::Month, service,
                     QDate(date.year(), date.month(), 1).toJulianDay()});
    }
    for (const RollupKey &key : std::as_const(keys)) {
        Row &row = recount[key];
        ++row.reports;
        row.installations.insert(installation);
    }
}

inline QString describeKey(const RollupKey &key)
{
    const QString bucket = key.unit == BucketUnit::Hour
                               ? utcFromSecs(key.bucket * 3600).toString(Qt::ISODate)
                               : QDate::fromJulianDay(key.bucket).toString(Qt::ISODate);
    return u"%1 %2 %3 %4"_s.arg(QString::fromLatin1(key.zone), bucketUnitName(key.unit),
                                key.service, bucket);
}

// A seeded random history of puts and what each must answer.
class History
{
public:
    explicit History(quint32 seed)
        : m_random(seed)
        , m_edges(edgeTimes())
    {
        for (int i = 0; i < 5; ++i)
            m_installations.append(newUuid());
    }

    const std::map<QString, Expected> &expected() const { return m_expected; }
    // How many requests of each outcome were made, and how many repeated an id of their batch.
    int made(PutStatus status) const { return m_tally.count(status) ? m_tally.at(status) : 0; }
    int repeats() const { return m_repeats; }

    // A batch of 1..maxSize requests and their expected outcomes (in request order).
    std::pair<QList<PutRequest>, QList<PutOutcome>> batch(int maxSize)
    {
        QList<PutRequest> requests;
        QList<PutOutcome> outcomes;
        QStringList inBatch;
        const int size = 1 + int(m_random.bounded(maxSize));
        for (int i = 0; i < size; ++i) {
            Report report;
            PutOutcome outcome;
            const int kind = int(m_random.bounded(100));
            if (kind < 35 || m_expected.empty()) {
                report = fresh(newUuid(), m_installations.at(m_random.bounded(5)));
                report.revision = 1 + int(m_random.bounded(3));
                outcome = {PutStatus::Created, report.revision};
                remember(report);
            } else {
                // Often an id this batch already holds, to put one id twice in a batch.
                const QString id = !inBatch.isEmpty() && m_random.bounded(100) < 40
                                       ? inBatch.at(m_random.bounded(inBatch.size()))
                                       : pickExisting();
                const Expected stored = m_expected.at(id);
                report = fresh(QUuid::fromString(id), stored.installation);
                if (kind < 70) { // a newer revision, often moved
                    report.revision = stored.revision + 1 + int(m_random.bounded(2));
                    if (m_random.bounded(2)) {
                        report.service = stored.service;
                    }
                    if (m_random.bounded(2)) {
                        report.startedAt = stored.startedAt;
                        report.reportedAt = stored.startedAt.addSecs(300);
                    }
                    outcome = {PutStatus::Updated, report.revision};
                    remember(report);
                } else if (kind < 82) { // the same revision again, maybe with other content
                    report.revision = stored.revision;
                    if (m_random.bounded(100) < 70) {
                        report.service = stored.service;
                        report.startedAt = stored.startedAt;
                        report.reportedAt = stored.startedAt.addSecs(300);
                    }
                    outcome = {PutStatus::Replayed, stored.revision};
                } else if (kind < 91 && stored.revision > 1) { // an older revision
                    report.revision = 1 + int(m_random.bounded(stored.revision - 1));
                    outcome = {PutStatus::Conflict, stored.revision};
                } else { // another installation
                    report.installation = newUuid();
                    report.revision = stored.revision + 1;
                    outcome = {PutStatus::Forbidden, stored.revision};
                }
            }
            if (inBatch.contains(uuidText(report.id)))
                ++m_repeats;
            ++m_tally[outcome.status];
            inBatch.append(uuidText(report.id));
            requests.append({report, ReportCodec::toBytes(report), utcNowSeconds()});
            outcomes.append(outcome);
        }
        return {requests, outcomes};
    }

private:
    Report fresh(const QUuid &id, const QUuid &installation)
    {
        Report report = minimalReport();
        report.id = id;
        report.installation = installation;
        report.service = services.at(m_random.bounded(services.size()));
        report.startedAt = randomTime();
        report.reportedAt = report.startedAt.addSecs(300);
        return report;
    }

    QDateTime randomTime()
    {
        if (m_random.bounded(100) < 40)
            return m_edges.at(m_random.bounded(m_edges.size()));
        // Two windows around the DST changes of 2024 (New York's and Brussels').
        const bool spring = m_random.bounded(2);
        const QDateTime start = at(spring ? u"2024-03-08T00:00:00Z"_s : u"2024-10-24T00:00:00Z"_s);
        return start.addSecs(qint64(m_random.bounded(quint32(26 * 24 * 3600))));
    }

    QString pickExisting()
    {
        auto it = m_expected.begin();
        std::advance(it, m_random.bounded(int(m_expected.size())));
        return it->first;
    }

    void remember(const Report &report)
    {
        m_expected[uuidText(report.id)] = {report.installation, report.revision, report.service,
                                           report.startedAt};
    }

    QRandomGenerator m_random;
    QList<QDateTime> m_edges;
    QList<QUuid> m_installations;
    std::map<QString, Expected> m_expected;
    std::map<PutStatus, int> m_tally;
    int m_repeats = 0;
};

inline quint32 seedForRun()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("EHB_TEST_SEED").toUInt(&ok);
    const quint32 seed = ok ? given : QRandomGenerator::system()->generate();
    qInfo("Random seed: %u (replay with EHB_TEST_SEED=%u)", seed, seed);
    return seed;
}

// A server, the run's seed, and the rollup rows checked against a recount of what it stores.
class RollupCheckFixture
{
protected:
    QList<StoredReport> allStored()
    {
        ReportsQuery query;
        query.from = at(u"2000-01-01T00:00:00Z"_s);
        query.to = at(u"2100-01-01T00:00:00Z"_s);
        query.limit = 100000;
        const auto stored = m_harness.server()->repository().reports(query);
        if (!stored) {
            qWarning("%s", qUtf8Printable(stored.error()));
            return {};
        }
        return stored.value();
    }

    Recount recountStored(const QList<QTimeZone> &zones)
    {
        Recount counted;
        for (const StoredReport &report : allStored())
            count(counted, report.service, report.startedAt, uuidText(report.installation), zones);
        return counted;
    }

    // Every rollup row of the hours and of each zone's days, weeks and months against the
    // recount; rows at zero are the same as no row.
    void compareWithRecount(const QList<QTimeZone> &zones)
    {
        const Recount expected = recountStored(zones);
        QVERIFY(!expected.empty());
        ReportRepository &repository = m_harness.server()->repository();
        std::map<RollupKey, std::pair<qint64, qint64>> actual;
        std::map<RollupKey, qint64> summed;
        const auto read = [&](const QByteArray &zone, BucketUnit unit, qint64 from, qint64 to) {
            for (bool sum : {false, true}) {
                const auto rows = repository.counts({zone, unit, from, to, QString(), sum});
                QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error()));
                for (const BucketCount &row : rows.value()) {
                    const RollupKey key{zone, unit, row.service, row.bucket};
                    if (sum)
                        summed[key] += row.reports;
                    else if (row.reports != 0 || row.installations != 0)
                        actual[key] = {row.reports, row.installations};
                }
            }
        };
        read("UTC", BucketUnit::Hour, RollupCalendar::hourOf(at(u"2023-01-01T00:00:00Z"_s)),
             RollupCalendar::hourOf(at(u"2026-01-01T00:00:00Z"_s)));
        for (const QTimeZone &zone : zones) {
            for (BucketUnit unit : {BucketUnit::Day, BucketUnit::Week, BucketUnit::Month})
                read(zone.id(), unit, QDate(2023, 1, 1).toJulianDay(),
                     QDate(2026, 1, 1).toJulianDay());
        }

        QStringList differences;
        std::map<RollupKey, qint64> expectedSums;
        for (const auto &[key, row] : expected) {
            expectedSums[{key.zone, key.unit, QString(), key.bucket}] += row.reports;
            const auto found = actual.find(key);
            const std::pair<qint64, qint64> want{row.reports, row.installations.size()};
            if (found == actual.end() || found->second != want) {
                const auto got =
                    found == actual.end() ? std::pair<qint64, qint64>{0, 0} : found->second;
                differences.append(
                    u"%1: expected %2 reports/%3 installations, got %4/%5"_s.arg(describeKey(key))
                        .arg(want.first)
                        .arg(want.second)
                        .arg(got.first)
                        .arg(got.second));
            }
        }
        for (const auto &[key, counts] : actual) {
            if (!expected.count(key))
                differences.append(u"%1: expected no row, got %2/%3"_s.arg(describeKey(key))
                                       .arg(counts.first)
                                       .arg(counts.second));
        }
        for (const auto &[key, reports] : summed) {
            const qint64 want = expectedSums.count(key) ? expectedSums.at(key) : 0;
            if (reports != want)
                differences.append(u"%1 (all services): expected %2, got %3"_s.arg(describeKey(key))
                                       .arg(want)
                                       .arg(reports));
        }
        for (const auto &[key, reports] : expectedSums) {
            if (!summed.count(key))
                differences.append(u"%1 (all services): missing"_s.arg(describeKey(key)));
        }
        QVERIFY2(differences.isEmpty(),
                 qPrintable(u"%1 differences (seed %2), first: %3"_s.arg(differences.size())
                                .arg(m_seed)
                                .arg(differences.mid(0, 8).join(u"; "_s))));
    }

    ServerHarness m_harness;
    quint32 m_seed = 0;
};

} // namespace ehb::test
