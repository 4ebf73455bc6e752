#pragma once

#include "server/storage/batchwrite.h"
#include "server/storage/reportrepository.h"
#include "server/storage/softwarenames.h"
#include "server/storage/sqldialect.h"
#include "server/storage/sqlstatementcache.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <type_traits>
#include <utility>

class QSqlQuery;

namespace ehb::server {

// The storage of both backends: the SQL is shared, what differs is in the SqlDialect. One
// uniquely named connection per instance, so an instance belongs to the thread that opened it.
class SqlReportRepository final : public ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlReportRepository)

public:
    // A whole transaction is tried this many times when the database says it may be retried.
    static constexpr int maxAttempts = 5;
    // SQLite: a connection that writes reports copies its WAL into the database file itself only
    // after the commit that takes the WAL past this many pages (SQLite's default: 1,000), so the
    // WAL file reaches about 64 MiB under a sustained load. Its WalCheckpointer copies the pages
    // long before, on another thread; this bound holds when that thread falls behind or is absent
    // (putBatch without a ReportWriter).
    static constexpr int writerCheckpointPages = 16000;

    // `localZones` are the time zones whose days, weeks and months migrate() makes sure have
    // rollups. Every zone already filled is kept up to date, whatever this list says.
    SqlReportRepository(std::unique_ptr<SqlDialect> dialect, QList<QTimeZone> localZones);
    ~SqlReportRepository() override;
    SqlReportRepository(const SqlReportRepository &) = delete;
    SqlReportRepository &operator=(const SqlReportRepository &) = delete;

    Result<void> open() override;
    Result<int> migrate() override;
    Result<QList<PutOutcome>> putBatch(const QList<PutRequest> &requests) override;
    Result<qint64> count() override;
    Result<std::optional<StoredReport>> find(const QUuid &id) override;
    Result<QList<StoredReport>> reports(const ReportsQuery &query) override;
    Result<void> ping() override;
    Result<bool> checkpoint() override;
    Result<QList<BucketCount>> counts(const CountsQuery &query) override;
    Result<QList<QByteArray>> rollupZones() override;
    Result<std::vector<AnalysisRow>> analysisRows(const QString &service, qint64 fromS,
                                                  qint64 toS) override;
    Result<QHash<AnalysisChunkKey, qint64>>
    analysisVersions(const QStringList &services, qint64 fromMonth, qint64 toMonth) override;
    Result<QHash<qint64, QString>> softwareNames() override;
    Result<QList<LiveCount>> liveCounts(const QDateTime &from, const QDateTime &to) override;
    Result<QList<LiveReport>> liveReports(const QDateTime &from, const QDateTime &to) override;
    Result<void> addToken(const StaffToken &token) override;
    Result<QList<StaffToken>> tokens() override;
    Result<bool> revokeToken(const QString &name) override;
    // OfficialRecord, in sqlofficialrecord.cpp.
    Result<QList<OfficialChange>>
    recordOfficialStatus(const QList<OfficialObservation> &observations,
                         const QDateTime &seenAt) override;
    Result<QList<OfficialChange>> officialChanges(const QDateTime &from,
                                                  const QDateTime &to) override;
    Result<QList<qint64>> addOfficialIncidents(const QList<OfficialIncident> &incidents) override;
    Result<QList<OfficialIncident>> officialIncidents(const QDateTime &from,
                                                      const QDateTime &to) override;
    // NoticeRecord, in sqlnoticerecord.cpp.
    Result<Notice> addNotice(const Notice &notice) override;
    Result<QList<Notice>> notices(const QDateTime &now, bool all, int limit) override;
    Result<std::optional<Notice>> withdrawNotice(qint64 id, const QDateTime &at) override;

    // The outage analysis's observations and the breakdown's counts of a period read straight
    // from SQL, without AnalysisCache (the analysis migration's test reads them).
    Result<QList<analysis::Observation>> observations(const PeriodQuery &query);
    Result<BreakdownCounts> breakdown(const PeriodQuery &query);

    const SqlDialect &dialect() const { return *m_dialect; }

private:
    QSqlDatabase database() const;
    Failure notOpen() const;
    // Fails unless open() succeeded; reconnects when the connection was lost since.
    Result<void> ready();
    // work() once the connection is ready(); else why it is not, as work's Result.
    template <typename Work> std::invoke_result_t<Work> whenReady(Work &&work)
    {
        if (const Result<void> usable = ready(); !usable)
            return fail(usable.error());
        return std::forward<Work>(work)();
    }
    void close();
    // One try of putBatch (BatchWrite): every outcome, committed, or why not.
    Result<QList<PutOutcome>, BatchFailure> tryPutBatch(const QList<PutRequest> &requests);
    // The settings of a connection that writes reports, made before its first batch.
    QSqlError prepareWriter();
    // Fills the rollups of one zone from the stored reports ("*hours": the UTC hours).
    Result<void> backfill(const QByteArray &zone);
    QList<QTimeZone> zonesFor(const QList<QByteArray> &ids);

    std::unique_ptr<SqlDialect> m_dialect;
    QList<QTimeZone> m_localZones;
    QHash<QByteArray, QTimeZone> m_zoneCache;
    SoftwareNames m_softwareNames;
    QString m_connectionName;
    // The write path's statements, prepared once per connection.
    SqlStatementCache m_statements;
    bool m_open = false;
    bool m_writerPrepared = false;
};

} // namespace ehb::server
