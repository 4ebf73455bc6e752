// AnalysisCache: a (service, UTC month) chunk is read from the database once and again only
// after a report there was stored or changed, through this server or another one; rows carry
// every analysis column; periods are half-open; beyond its limit the cache drops the chunks
// used longest ago; `serve` fills it at start. On SQLite, or on PostgreSQL when
// EHB_TEST_DATABASE_URL is set.
#include "analysis/episodes.h"
#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "postgrestestsupport.h"
#include "samples.h"
#include "server/collectionserver.h"
#include "server/stats/analysiscolumns.h"
#include "server/storage/analysiscache.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <thread>

using namespace ehb;
using namespace ehb::server;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

qint64 secs(const QString &text)
{
    return utc(text).toSecsSinceEpoch();
}

Report reportAt(const QString &service, const QString &started)
{
    Report report = minimalReport(utc(started).addSecs(120));
    report.service = service;
    report.startedAt = utc(started);
    return report;
}

// The rows of a snapshot in [from, to), as "service started" lines.
QStringList rowsOf(const AnalysisCache::Snapshot &snapshot, const QString &from, const QString &to)
{
    QStringList rows;
    snapshot.forEachRow(secs(from), secs(to), [&](const AnalysisRow &row, int service) {
        rows.append(snapshot.services.at(service) + u' ' +
                    utcFromSecs(row.startedS).toString(Qt::ISODate));
    });
    return rows;
}

} // namespace

class TestAnalysisCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_url = testDatabaseUrlOrSqlite(m_dir, u"cache.sqlite"_s);
        QVERIFY(!m_url.isEmpty());
        const auto url = DatabaseUrl::parse(m_url);
        QVERIFY(url.ok());
        m_parsed = url.value();
    }

    void init()
    {
        m_repository.reset();
        if (m_parsed.kind == DatabaseUrl::Kind::Postgresql) {
            const Result<void> reset = resetPostgresDatabase(m_url);
            QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error()));
        } else {
            QFile::remove(m_parsed.sqlitePath);
        }
        auto repository = RepositoryFactory::openMigrated(m_parsed, {brussels});
        QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error()));
        m_repository = std::move(repository).value();
    }

    void cleanup() { m_repository.reset(); }

    void readsEachChunkOnceUntilItChanges()
    {
        Report march = reportAt(u"recip-e"_s, u"2024-03-05T10:00:00Z"_s);
        store({reportAt(u"recip-e"_s, u"2024-02-10T10:00:00Z"_s), march,
               reportAt(u"recip-e"_s, u"2024-03-31T23:59:59Z"_s),
               reportAt(u"recip-e"_s, u"2024-04-20T10:00:00Z"_s),
               reportAt(u"ehealthbox"_s, u"2024-03-06T10:00:00Z"_s)});
        const QStringList services{u"recip-e"_s, u"ehealthbox"_s};
        const qint64 from = secs(u"2024-02-01T00:00:00Z"_s);
        const qint64 to = secs(u"2024-05-01T00:00:00Z"_s);
        AnalysisCache cache;
        const auto first = cache.snapshot(*m_repository, services, from, to);
        QVERIFY(first.ok());
        QCOMPARE(cache.counters().chunkReads, 4); // recip-e February to April, ehealthbox March
        QCOMPARE(first->rowCount(from, to), 5);

        const auto again = cache.snapshot(*m_repository, services, from, to);
        QVERIFY(again.ok());
        QCOMPARE(cache.counters().chunkReads, 4);
        QCOMPARE(again->versions, first->versions);
        QCOMPARE(again->rowCount(from, to), 5);

        // A new report: its month alone is read again.
        store({reportAt(u"recip-e"_s, u"2024-03-07T10:00:00Z"_s)});
        const auto added = cache.snapshot(*m_repository, services, from, to);
        QVERIFY(added.ok());
        QCOMPARE(cache.counters().chunkReads, 5);
        QVERIFY(added->versions != first->versions);
        QCOMPARE(
            rowsOf(*added, u"2024-03-01T00:00:00Z"_s, u"2024-04-01T00:00:00Z"_s),
            (QStringList{u"recip-e 2024-03-05T10:00:00Z"_s, u"recip-e 2024-03-07T10:00:00Z"_s,
                         u"recip-e 2024-03-31T23:59:59Z"_s, u"ehealthbox 2024-03-06T10:00:00Z"_s}));

        // A revision that moves a report to April: both months.
        march.revision = 2;
        march.startedAt = utc(u"2024-04-02T10:00:00Z"_s);
        march.reportedAt = march.startedAt.addSecs(60);
        store({march}, 1);
        const auto moved = cache.snapshot(*m_repository, services, from, to);
        QVERIFY(moved.ok());
        QCOMPARE(cache.counters().chunkReads, 7);
        QCOMPARE(
            rowsOf(*moved, u"2024-04-01T00:00:00Z"_s, u"2024-05-01T00:00:00Z"_s),
            (QStringList{u"recip-e 2024-04-02T10:00:00Z"_s, u"recip-e 2024-04-20T10:00:00Z"_s}));
        QCOMPARE(moved->rowCount(from, to), 6);

        // "Resolved" clicked: a revision in the same month, read again with its end.
        march.revision = 3;
        march.endedAt = march.startedAt.addSecs(1800);
        store({march}, 1);
        const auto resolved = cache.snapshot(*m_repository, services, from, to);
        QVERIFY(resolved.ok());
        QCOMPARE(cache.counters().chunkReads, 8);
        qint32 ended = -2;
        resolved->forEachRow(march.startedAt.toSecsSinceEpoch(),
                             march.startedAt.toSecsSinceEpoch() + 1,
                             [&](const AnalysisRow &row, int) { ended = row.endedOffsetS; });
        QCOMPARE(ended, 1800);
    }

    void rowsCarryEveryAnalysisColumn()
    {
        Report full = reportAt(u"recip-e"_s, u"2024-03-05T10:00:00Z"_s);
        full.reportedAt = full.startedAt.addSecs(-280); // sent before its start: clock skew
        full.endedAt = full.startedAt.addSecs(7 * 86400);
        full.symptoms = {u"timeout"_s, u"other"_s};
        full.postcode = u"1050"_s;
        full.software = {u"Medidoc"_s, u"5.2"_s};
        Report bare = reportAt(u"recip-e"_s, u"2024-03-06T10:00:00Z"_s);
        bare.symptoms = {};
        bare.postcode = u"L-1234"_s; // not a Belgian postcode
        bare.software = {};
        store({full, bare});

        AnalysisCache cache;
        const auto snapshot =
            cache.snapshot(*m_repository, {u"recip-e"_s}, secs(u"2024-03-01T00:00:00Z"_s),
                           secs(u"2024-04-01T00:00:00Z"_s));
        QVERIFY(snapshot.ok());
        QList<AnalysisRow> rows;
        snapshot->forEachRow(0, secs(u"2030-01-01T00:00:00Z"_s),
                             [&](const AnalysisRow &row, int) { rows.append(row); });
        QCOMPARE(rows.size(), 2);
        const AnalysisRow &first = rows.at(0);
        QCOMPARE(first.startedS, full.startedAt.toSecsSinceEpoch());
        QCOMPARE(first.reportedOffsetS, -280);
        QCOMPARE(first.endedOffsetS, 7 * 86400);
        QCOMPARE(first.installationKey, AnalysisColumns::installationKey(full.installation));
        const QStringList symptoms = knownSymptoms();
        QCOMPARE(int(first.symptoms),
                 (1 << symptoms.indexOf(u"timeout"_s)) | (1 << symptoms.indexOf(u"other"_s)));
        QCOMPARE(int(first.postcode), 1050);
        const auto names = m_repository->softwareNames();
        QVERIFY(names.ok());
        QCOMPARE(names->value(first.softwareId), u"Medidoc"_s);
        const AnalysisRow &second = rows.at(1);
        QCOMPARE(second.endedOffsetS, -1);
        QCOMPARE(second.reportedOffsetS, 120);
        QCOMPARE(int(second.symptoms), 0);
        QCOMPARE(int(second.postcode), 0);
        QCOMPARE(second.softwareId, 0);

        // The observation the episode analysis gets.
        const analysis::Observation observation = toObservation(first, 3);
        QCOMPARE(observation.service, 3);
        QCOMPARE(observation.startedAt, full.startedAt.toMSecsSinceEpoch());
        QCOMPARE(observation.reportedAt, full.reportedAt.toMSecsSinceEpoch());
        QCOMPARE(observation.endedAt.value_or(0), full.endedAt.toMSecsSinceEpoch());
        QVERIFY(!toObservation(second, 0).endedAt.has_value());
    }

    void periodsAreHalfOpen()
    {
        store({reportAt(u"recip-e"_s, u"2024-03-05T10:00:00Z"_s),
               reportAt(u"recip-e"_s, u"2024-03-05T10:00:01Z"_s),
               reportAt(u"recip-e"_s, u"2024-03-05T10:00:02Z"_s)});
        AnalysisCache cache;
        const auto snapshot =
            cache.snapshot(*m_repository, {u"recip-e"_s}, secs(u"2024-03-05T10:00:01Z"_s),
                           secs(u"2024-03-05T10:00:02Z"_s));
        QVERIFY(snapshot.ok());
        QCOMPARE(rowsOf(*snapshot, u"2024-03-05T10:00:01Z"_s, u"2024-03-05T10:00:02Z"_s),
                 QStringList{u"recip-e 2024-03-05T10:00:01Z"_s});
        // A month without reports is not read at all; an empty period reads nothing.
        QCOMPARE(cache.counters().chunkReads, 1);
        const auto empty =
            cache.snapshot(*m_repository, {u"recip-e"_s}, secs(u"2023-01-01T00:00:00Z"_s),
                           secs(u"2024-01-01T00:00:00Z"_s));
        QVERIFY(empty.ok());
        QCOMPARE(empty->rowCount(0, secs(u"2030-01-01T00:00:00Z"_s)), 0);
        QCOMPARE(cache.counters().chunkReads, 1);
    }

    // Another server (another connection to the same database) stores a report: the next
    // snapshot has it.
    void anotherServersReportsAreSeen()
    {
        store({reportAt(u"recip-e"_s, u"2024-03-05T10:00:00Z"_s)});
        AnalysisCache cache;
        const qint64 from = secs(u"2024-03-01T00:00:00Z"_s);
        const qint64 to = secs(u"2024-04-01T00:00:00Z"_s);
        QCOMPARE(cache.snapshot(*m_repository, {u"recip-e"_s}, from, to)->rowCount(from, to), 1);
        {
            auto other = RepositoryFactory::open(m_parsed, {brussels});
            QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error()));
            const Report report = reportAt(u"recip-e"_s, u"2024-03-20T10:00:00Z"_s);
            QVERIFY(
                other.value()->put(report, ReportCodec::toBytes(report), report.reportedAt).ok());
        }
        QCOMPARE(cache.snapshot(*m_repository, {u"recip-e"_s}, from, to)->rowCount(from, to), 2);
    }

    // Two requests at once (each worker has its own connection): each month is read once, the
    // second request waiting for the months the first is reading.
    void concurrentRequestsReadEachMonthOnce()
    {
        QList<Report> reports;
        for (int month = 1; month <= 6; ++month) {
            for (const QString &service : {u"recip-e"_s, u"ehealthbox"_s}) {
                reports.append(reportAt(
                    service, u"2024-%1-10T10:00:00Z"_s.arg(month, 2, 10, QLatin1Char('0'))));
            }
        }
        store(reports);
        AnalysisCache cache;
        const qint64 from = secs(u"2024-01-01T00:00:00Z"_s);
        const qint64 to = secs(u"2024-07-01T00:00:00Z"_s);
        std::array<qint64, 4> counts{};
        std::vector<std::thread> threads;
        for (size_t i = 0; i < counts.size(); ++i) {
            threads.emplace_back([&, i] {
                auto repository = RepositoryFactory::open(m_parsed, {brussels});
                if (!repository)
                    return;
                const auto snapshot =
                    cache.snapshot(*repository.value(), {u"recip-e"_s, u"ehealthbox"_s}, from, to);
                counts[i] = snapshot.ok() ? snapshot->rowCount(from, to) : -1;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const qint64 count : counts)
            QCOMPARE(count, 12);
        QCOMPARE(cache.counters().chunkReads, 12);
    }

    void dropsTheChunksUsedLongestAgo()
    {
        store({reportAt(u"recip-e"_s, u"2024-01-05T10:00:00Z"_s),
               reportAt(u"recip-e"_s, u"2024-01-06T10:00:00Z"_s),
               reportAt(u"recip-e"_s, u"2024-02-05T10:00:00Z"_s),
               reportAt(u"recip-e"_s, u"2024-02-06T10:00:00Z"_s)});
        AnalysisCache cache(3);
        const auto month = [&](const QString &from, const QString &to) {
            const auto snapshot =
                cache.snapshot(*m_repository, {u"recip-e"_s}, secs(from), secs(to));
            return snapshot.ok() ? snapshot->rowCount(secs(from), secs(to)) : -1;
        };
        QCOMPARE(month(u"2024-01-01T00:00:00Z"_s, u"2024-02-01T00:00:00Z"_s), 2);
        QCOMPARE(cache.counters().rowsHeld, 2);
        QCOMPARE(month(u"2024-02-01T00:00:00Z"_s, u"2024-03-01T00:00:00Z"_s), 2);
        QCOMPARE(cache.counters().rowsHeld, 2); // January dropped
        QCOMPARE(cache.counters().chunkReads, 2);
        QCOMPARE(month(u"2024-01-01T00:00:00Z"_s, u"2024-02-01T00:00:00Z"_s), 2);
        QCOMPARE(cache.counters().chunkReads, 3); // read again
        // A period wider than the limit is still answered in whole.
        QCOMPARE(month(u"2024-01-01T00:00:00Z"_s, u"2024-03-01T00:00:00Z"_s), 4);
        QVERIFY(cache.counters().rowsHeld <= 4);
    }

    // `serve` reads the last 13 months into the cache at start, on a thread of its own.
    void aServerWarmsItsCacheAtStart()
    {
        store({reportAt(u"recip-e"_s, u"2024-03-05T10:00:00Z"_s),
               reportAt(u"ehealthbox"_s, u"2023-03-10T10:00:00Z"_s),
               reportAt(u"recip-e"_s, u"2023-02-27T10:00:00Z"_s)}); // 13 months before: not read
        ServerConfig config;
        config.clock = [] { return utc(u"2024-03-20T12:00:00Z"_s); };
        config.warmAnalysisCache = true;
        auto server = CollectionServer::create(m_parsed, config);
        QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error()));
        const AnalysisCache &cache = server.value()->analysisCache();
        QTRY_COMPARE(cache.counters().rowsHeld, 2);
        QCOMPARE(cache.counters().chunkReads, 2);

        // Without it, nothing is read before a request asks.
        config.warmAnalysisCache = false;
        auto cold = CollectionServer::create(m_parsed, config);
        QVERIFY(cold.ok());
        QTest::qWait(200);
        QCOMPARE(cold.value()->analysisCache().counters().chunkReads, 0);
    }

    void findingsAreKeptUnderTheirKey()
    {
        AnalysisCache cache;
        QVERIFY(!cache.findings("a"));
        auto kept = std::make_shared<analysis::EpisodeFindings>();
        kept->episodes.append(analysis::Episode{});
        cache.keepFindings("a", kept);
        QCOMPARE(cache.findings("a").get(), kept.get());
        QVERIFY(!cache.findings("b"));
        for (int i = 0; i < AnalysisCache::maxFindings; ++i)
            cache.keepFindings(QByteArray::number(i),
                               std::make_shared<analysis::EpisodeFindings>());
        QVERIFY(!cache.findings("a")); // the oldest of more than maxFindings
        QVERIFY(cache.findings(QByteArray::number(AnalysisCache::maxFindings - 1)));
        QCOMPARE(cache.counters().findingsHits, 2);
    }

private:
    // Stores reports through the repository: new ones, or newer revisions when `updates`.
    void store(const QList<Report> &reports, int updates = 0)
    {
        for (const Report &report : reports) {
            const auto stored =
                m_repository->put(report, ReportCodec::toBytes(report), report.reportedAt);
            QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
            QCOMPARE(stored->status, updates > 0 ? PutStatus::Updated : PutStatus::Created);
        }
    }

    QTemporaryDir m_dir;
    QString m_url;
    DatabaseUrl m_parsed;
    std::unique_ptr<ReportRepository> m_repository;
};

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysiscache.moc"
