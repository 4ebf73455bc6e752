#pragma once

#include "analysis/observation.h"
#include "core/report.h"
#include "core/result.h"
#include "server/stats/analysisrow.h"
#include "server/stats/breakdowntally.h"
#include "server/stats/rollupcalendar.h"
#include "server/storage/noticerecord.h"
#include "server/storage/officialrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>
#include <vector>

namespace ehb::server {

// What a put did with a report, decided inside the storage transaction.
enum class PutStatus
{
    Created,  // a new id: stored
    Replayed, // the same revision again: nothing changed
    Updated,  // a newer revision: stored over the old one
    Conflict, // an older revision than the stored one: refused
    Forbidden // the stored report belongs to another installation: refused
};

struct PutOutcome
{
    PutStatus status = PutStatus::Created;
    int storedRevision = 0; // the revision stored after the put
};

// One report to store: the validated report and its canonical JSON (ReportCodec::toBytes).
struct PutRequest
{
    Report report;
    QByteArray canonicalJson;
    QDateTime receivedAt;
};

// One report as the server keeps it: the canonical JSON and the bookkeeping around it.
struct StoredReport
{
    QUuid id;
    int revision = 0;
    QUuid installation;
    QString service;
    QDateTime startedAt;
    QByteArray body;
    QDateTime receivedAt;
    QDateTime updatedAt;
};

// The counts of one rollup row, as statistics read them.
struct BucketCount
{
    QString service;
    qint64 bucket = 0;
    qint64 reports = 0;
    qint64 installations = 0;
};

// Which rollup rows to read: [fromBucket, toBucket) of `unit` in `zone`, one service or all.
struct CountsQuery
{
    QByteArray zone;
    BucketUnit unit = BucketUnit::Day;
    qint64 fromBucket = 0;
    qint64 toBucket = 0;
    QString service; // empty: every service
    // Sum every service into one row per bucket (whose service is empty).
    bool sumServices = false;
};

// A page of stored reports by started_at, then id: [from, to), after the cursor position.
struct ReportsQuery
{
    QDateTime from;
    QDateTime to;
    QString service; // empty: every service
    std::optional<std::pair<QDateTime, QUuid>> after;
    int limit = 100;
};

// The reports of some services whose started_at is in [from, to), for the outage analysis
// (SqlReportRepository::observations) or the breakdown (SqlReportRepository::breakdown).
struct PeriodQuery
{
    QDateTime from;
    QDateTime to;
    QStringList services; // Observation::service is the index in this list
};

// Reports and distinct installations of one service in a window of reported_at.
struct LiveCount
{
    QString service;
    int reports = 0;
    int installations = 0;
};

// One report sent in a live window, as much of it as the live answer's `since` and
// `top_symptom` need (LiveHandler).
struct LiveReport
{
    QString service;
    qint64 installationKey = 0;
    qint64 startedS = 0;  // started_at, seconds since the epoch
    quint16 symptoms = 0; // bit i: knownSymptoms()[i] (AnalysisColumns::symptomMask)
};

struct StaffToken
{
    QString name;
    QByteArray sha256Hex;
    QDateTime createdAt;
};

// The reports themselves: the write path (ReportWriter), the report list, the health check and
// the write-ahead log's checkpoints (WalCheckpointer).
class ReportStore
{
public:
    virtual ~ReportStore() = default;

    // Stores every request in one transaction (read the stored revision, decide, write, update
    // the rollups, commit), in order, so a batch of concurrent PUTs costs one durable commit.
    // Either every outcome is returned and durable, or the whole batch failed.
    virtual Result<QList<PutOutcome>> putBatch(const QList<PutRequest> &requests) = 0;
    Result<PutOutcome> put(const Report &report, const QByteArray &canonicalJson,
                           const QDateTime &receivedAt)
    {
        return putBatch({PutRequest{report, canonicalJson, receivedAt}})
            .transform([](const QList<PutOutcome> &outcomes) { return outcomes.constFirst(); });
    }

    virtual Result<qint64> count() = 0;
    // std::nullopt when no report has this id.
    virtual Result<std::optional<StoredReport>> find(const QUuid &id) = 0;
    virtual Result<QList<StoredReport>> reports(const ReportsQuery &query) = 0;
    // Succeeds when the database answers a query now.
    virtual Result<void> ping() = 0;
    // Copies what the writer's commits put in a write-ahead log into the database file without
    // blocking readers or the writer (SQLite), on this store's own connection; false when the
    // storage has no such log.
    virtual Result<bool> checkpoint() = 0;
};

// The counts kept beside the reports: rollup rows for the frequency and heatmap statistics,
// and the live window's counts.
class StatisticsReader
{
public:
    virtual ~StatisticsReader() = default;

    // Rollup rows in the query's range; buckets without reports are absent.
    virtual Result<QList<BucketCount>> counts(const CountsQuery &query) = 0;
    // The rollup zones filled so far ("UTC" for hours, then each local zone).
    virtual Result<QList<QByteArray>> rollupZones() = 0;
    // Reports and installations per service whose reported_at is in [from, to).
    virtual Result<QList<LiveCount>> liveCounts(const QDateTime &from, const QDateTime &to) = 0;
    // The reports whose reported_at is in [from, to), by service (a live window holds few).
    virtual Result<QList<LiveReport>> liveReports(const QDateTime &from, const QDateTime &to) = 0;
};

// What the outage analysis and the breakdown read (through AnalysisCache).
class AnalysisReader
{
public:
    virtual ~AnalysisReader() = default;

    // The analysis columns (AnalysisRow) of one service's reports whose start is in
    // [fromS, toS) (seconds since the epoch).
    virtual Result<std::vector<AnalysisRow>> analysisRows(const QString &service, qint64 fromS,
                                                          qint64 toS) = 0;
    // The versions of the (service, UTC month) chunks in [fromMonth, toMonth] that ever had a
    // report.
    virtual Result<QHash<AnalysisChunkKey, qint64>>
    analysisVersions(const QStringList &services, qint64 fromMonth, qint64 toMonth) = 0;
    // Software ids (AnalysisRow::softwareId) and the names they stand for.
    virtual Result<QHash<qint64, QString>> softwareNames() = 0;
};

// The staff tokens' hashes (StaffTokens, StaffAuth).
class TokenStore
{
public:
    virtual ~TokenStore() = default;

    // Fails when the name is taken.
    virtual Result<void> addToken(const StaffToken &token) = 0;
    virtual Result<QList<StaffToken>> tokens() = 0;
    // False when no token has this name.
    virtual Result<bool> revokeToken(const QString &name) = 0;
};

// Everything the server keeps in one database (reports, statistics, tokens, the official
// record, the notices), and its schema. Both backends are
// SqlReportRepository with a dialect. Code that needs one part takes that part's interface, so
// a test fake implements what it uses and nothing else. An instance is used from one thread
// (its database connection belongs to that thread).
class ReportRepository : public ReportStore,
                         public StatisticsReader,
                         public AnalysisReader,
                         public TokenStore,
                         public OfficialRecord,
                         public NoticeRecord
{
public:
    // Connects to the database; fails with a translated reason.
    virtual Result<void> open() = 0;
    // Applies the missing schema migrations and fills the rollups of time zones they do not
    // have yet; returns the schema version now in place.
    virtual Result<int> migrate() = 0;
};

} // namespace ehb::server
