// The rollup tables against a recount: a seeded random history of creates, updates, replays,
// conflicts and refusals (batches of random sizes, one id several times in a batch), concurrent
// PUTs over HTTP, and a zone added to a database that already holds reports. Every rollup row of
// every unit and zone must equal what the test counts itself from the stored reports.
// EHB_TEST_SEED=<n> replays a run; the seed is printed either way.
#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "samples.h"
#include "server/storage/reportwriter.h"
#include "server/storage/repositoryfactory.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <map>
#include <thread>

using namespace ehb;
using namespace ehb::test;
using namespace ehb::server;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
const QStringList services{u"recip-e"_s, u"ehealthbox"_s, u"chapter-iv"_s, u"mycarenet-gmd"_s};

QDateTime at(const QString &rfc3339)
{
    return QDateTime::fromString(rfc3339, Qt::ISODate).toUTC();
}

// Local midnights and DST changes of Brussels, New York and Tokyo, and a second either side.
QList<QDateTime> edgeTimes()
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

void count(Recount &recount, const QString &service, const QDateTime &startedAt,
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

QString describeKey(const RollupKey &key)
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

quint32 seedForRun()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("EHB_TEST_SEED").toUInt(&ok);
    const quint32 seed = ok ? given : QRandomGenerator::system()->generate();
    qInfo("Random seed: %u (replay with EHB_TEST_SEED=%u)", seed, seed);
    return seed;
}

} // namespace

class TestRollupConsistency final : public QObject
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

    // Many PUTs at once over HTTP, with one id updated several times at once: whatever order
    // the server saw, the rollups must match the reports stored in the end. (One HTTP worker:
    // several need SO_REUSEPORT, which HttpWorker::listen does not set yet.)
    void concurrentPutsOverHttp()
    {
        ServerConfig config;
        config.statsZones = {brussels, newYork};
        config.workerThreads = 3; // the PUTs reach the writer from several threads at once
        // Four installations send every wave: not a rate-limit test.
        config.limits.installationRate = {};
        QVERIFY(m_harness.start(config));
        QRandomGenerator random(m_seed + 2);
        const QList<QDateTime> edges = edgeTimes();
        QList<QUuid> installations;
        for (int i = 0; i < 4; ++i)
            installations.append(newUuid());
        QList<Report> reports;
        for (int i = 0; i < 40; ++i) {
            Report report = minimalReport();
            report.installation = installations.at(random.bounded(installations.size()));
            report.service = services.at(random.bounded(services.size()));
            report.startedAt = edges.at(random.bounded(edges.size()));
            report.reportedAt = report.startedAt.addSecs(300);
            reports.append(report);
        }

        QList<QPair<Report, QList<int>>> wave; // a report and the statuses it may get
        for (const Report &report : std::as_const(reports))
            wave.append({report, {201}});
        sendConcurrently(wave);
        if (QTest::currentTestFailed())
            return;

        // Each report moved by revision 2 and by revision 3 (sent twice), all at once: 2 may
        // arrive after 3 (409), the second 3 is a replay.
        wave.clear();
        for (const Report &original : std::as_const(reports)) {
            QList<Report> moved;
            for (int revision : {2, 3}) {
                Report next = original;
                next.revision = revision;
                next.service = services.at(random.bounded(services.size()));
                next.startedAt = original.startedAt.addSecs(random.bounded(3) * 43200 - 43200);
                next.reportedAt = next.startedAt.addSecs(300);
                moved.append(next);
            }
            wave.append({moved.at(0), {200, 409}});
            wave.append({moved.at(1), {200}});
            wave.append({moved.at(1), {200}});
        }
        sendConcurrently(wave);
        if (QTest::currentTestFailed())
            return;

        const auto stored = allStored();
        QCOMPARE(stored.size(), reports.size());
        for (const StoredReport &report : stored)
            QCOMPARE(report.revision, 3);
        compareWithRecount({brussels, newYork});
        qInfo("%lld reports written in %lld transactions", m_harness.server()->writer().written(),
              m_harness.server()->writer().batches());
    }

    // Threads handing puts to one ReportWriter at once, as the HTTP workers do: it commits what
    // waits together, one id possibly several times in a batch.
    void concurrentWriterPuts()
    {
        const QList<QTimeZone> zones{brussels, newYork};
        ServerConfig config;
        config.statsZones = zones;
        QVERIFY(m_harness.start(config));
        const auto url = DatabaseUrl::parse(m_harness.databaseUrl());
        QVERIFY(url.ok());
        ReportWriter writer([&url, &zones] { return RepositoryFactory::open(url.value(), zones); });
        QVERIFY(writer.start().ok());

        History history(m_seed + 4);
        QList<PutRequest> created;
        while (created.size() < 60)
            created.append(history.batch(8).first);
        // Fresh ids, so that this wave only creates.
        for (PutRequest &request : created) {
            request.report.id = newUuid();
            request.report.revision = 1;
            request.canonicalJson = ReportCodec::toBytes(request.report);
        }
        const auto statuses = runInThreads(writer, created);
        QCOMPARE(statuses.size(), created.size());
        for (PutStatus status : statuses)
            QCOMPARE(int(status), int(PutStatus::Created));

        QList<PutRequest> moves;
        QRandomGenerator random(m_seed + 5);
        for (const PutRequest &original : std::as_const(created)) {
            for (int revision : {2, 3, 3}) {
                PutRequest next = original;
                next.report.revision = revision;
                next.report.service = services.at(random.bounded(services.size()));
                next.report.startedAt =
                    original.report.startedAt.addSecs(qint64(random.bounded(5)) * 21600 - 43200);
                next.canonicalJson = ReportCodec::toBytes(next.report);
                moves.append(next);
            }
        }
        const auto moved = runInThreads(writer, moves);
        QCOMPARE(moved.size(), moves.size());
        for (PutStatus status : moved)
            QVERIFY(status == PutStatus::Updated || status == PutStatus::Replayed ||
                    status == PutStatus::Conflict);
        const QList<StoredReport> stored = allStored();
        QCOMPARE(stored.size(), created.size());
        compareWithRecount(zones);
        qInfo("%lld puts in %lld transactions", writer.written(), writer.batches());
        QVERIFY(writer.batches() <= writer.written());
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

    // Every request put through `writer` from 6 threads at once; the statuses in request order.
    static QList<PutStatus> runInThreads(ReportWriter &writer, const QList<PutRequest> &requests)
    {
        QList<PutStatus> statuses(requests.size(), PutStatus::Forbidden);
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&, t] {
                for (qsizetype i = t; i < requests.size(); i += 6) {
                    const Result<PutOutcome> outcome = writer.put(requests.at(i));
                    if (outcome)
                        statuses[i] = outcome->status;
                    else
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        if (failures > 0)
            return {};
        return statuses;
    }

    void sendConcurrently(const QList<QPair<Report, QList<int>>> &requests)
    {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (const auto &[report, statuses] : requests) {
            QNetworkRequest request(m_harness.url(u"/api/v1/reports/"_s + uuidText(report.id)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            replies.append(network.put(request, ReportCodec::toBytes(report)));
        }
        const auto done = [&replies] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(done(), 15000);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int status =
                replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(requests.at(i).second.contains(status),
                     qPrintable(
                         u"%1: %2"_s.arg(status).arg(QString::fromUtf8(replies.at(i)->readAll()))));
        }
        qDeleteAll(replies);
    }

    ServerHarness m_harness;
    quint32 m_seed = 0;
    int m_checks = 0;
};

QTEST_GUILESS_MAIN(TestRollupConsistency)
#include "tst_rollupconsistency.moc"
