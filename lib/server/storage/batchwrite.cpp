#include "server/storage/batchwrite.h"

#include "server/stats/analysiscolumns.h"
#include "server/storage/softwarenames.h"
#include "server/storage/sqldialect.h"
#include "server/storage/sqlstatementcache.h"

#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <optional>

namespace ehb::server {

namespace {

// The report as stored before a put, when there is one.
struct Existing
{
    int revision = 0;
    QString installation;
    QString service;
    QDateTime startedAt;
};

PutStatus decide(const Existing &existing, const Report &report)
{
    if (existing.installation != uuidText(report.installation))
        return PutStatus::Forbidden;
    if (report.revision == existing.revision)
        return PutStatus::Replayed;
    if (report.revision < existing.revision)
        return PutStatus::Conflict;
    return PutStatus::Updated;
}

// Rows are locked in id order, the same in every server, so two batches cannot deadlock on
// reports; a stable sort keeps two puts of one id in their arrival order.
QList<qsizetype> lockOrder(const QList<PutRequest> &requests)
{
    QList<qsizetype> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return requests.at(a).report.id < requests.at(b).report.id;
    });
    return order;
}

void bind(QSqlQuery *query, std::initializer_list<QVariant> values, const QVariantList &more = {})
{
    int i = 0;
    for (const QVariant &value : values)
        SqlStatementCache::bind(*query, i++, value);
    for (const QVariant &value : more)
        SqlStatementCache::bind(*query, i++, value);
}

std::pair<QString, qint64> chunkOf(const QString &service, const QDateTime &startedAt)
{
    return std::pair(service, AnalysisMonths::monthOf(startedAt.toSecsSinceEpoch()));
}

} // namespace

BatchWrite::BatchWrite(Storage storage)
    : m_storage(std::move(storage))
    , m_transaction(m_storage.database)
{}

Result<QList<PutOutcome>, BatchFailure> BatchWrite::run(const QList<PutRequest> &requests)
{
    if (Result<void, QSqlError> begun = begin(); !begun)
        return failed(begun.error());
    Result<RollupTargets, QSqlError> targets = rollupTargets();
    if (!targets)
        return failed(targets.error());
    m_targets = std::move(targets).value();
    Result<QHash<QString, qint64>, QSqlError> ids = softwareIds(requests);
    if (!ids)
        return failed(ids.error());
    m_softwareIds = std::move(ids).value();
    const Result<Statements, QSqlError> prepared = statements();
    if (!prepared)
        return failed(prepared.error());

    QList<PutOutcome> outcomes(requests.size());
    for (const qsizetype index : lockOrder(requests)) {
        Result<PutOutcome, BatchFailure> outcome = store(requests.at(index), prepared.value());
        if (!outcome)
            return outcome.error();
        outcomes[index] = outcome.value();
    }

    if (!m_deltas.isEmpty()) {
        if (const QSqlError error = m_deltas.apply(m_storage.statements); error.isValid())
            return failed(error);
    }
    if (Result<void, QSqlError> bumped = bumpAnalysisVersions(); !bumped)
        return failed(bumped.error());
    // Only a successful COMMIT (durable) lets the caller answer 2xx.
    if (const QSqlError error = m_transaction.commit(); error.isValid())
        return failed(error);
    m_storage.softwareNames.committed();
    return outcomes;
}

BatchFailure BatchWrite::failed(const QSqlError &error) const
{
    return BatchFailure{error.text(), m_storage.dialect.isRetryable(error)};
}

Result<void, QSqlError> BatchWrite::begin()
{
    if (const QSqlError error = m_transaction.begin(m_storage.dialect.beginWrite());
        error.isValid())
        return error;
    // A zone being filled (SqlReportRepository::backfill) holds this lock exclusively.
    if (const QString lock = m_storage.dialect.lockZonesShared(); !lock.isEmpty()) {
        QSqlQuery query(m_storage.database);
        if (!query.exec(lock))
            return query.lastError();
    }
    return {};
}

Result<BatchWrite::RollupTargets, QSqlError> BatchWrite::rollupTargets()
{
    QSqlError error;
    QSqlQuery *const query =
        m_storage.statements.prepared(QStringLiteral("SELECT zone FROM rollup_zones"), error);
    if (!query)
        return error;
    if (!query->exec())
        return query->lastError();
    QList<QByteArray> zoneIds;
    bool hours = false;
    while (query->next()) {
        const QByteArray id = query->value(0).toString().toLatin1();
        hours = hours || id == rollupHoursMarker;
        zoneIds.append(id);
    }
    query->finish();
    return RollupTargets{m_storage.zonesFor(zoneIds), hours};
}

Result<QHash<QString, qint64>, QSqlError> BatchWrite::softwareIds(const QList<PutRequest> &requests)
{
    QStringList names;
    for (const PutRequest &request : requests)
        names.append(request.report.software.name);
    return m_storage.softwareNames.resolve(m_storage.database, names);
}

Result<BatchWrite::Statements, QSqlError> BatchWrite::statements()
{
    // The analysis columns (AnalysisColumns) follow the fixed ones.
    static const QString insertSql = [] {
        const QStringList analysisNames = AnalysisColumns::names(true);
        return QStringLiteral("INSERT INTO reports (id, revision, installation, service,"
                              " started_at, ended_at, reported_at, received_at, updated_at, body,"
                              " %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)"
                              " ON CONFLICT (id) DO NOTHING")
            .arg(analysisNames.join(QStringLiteral(", ")),
                 QStringLiteral(", ?").repeated(analysisNames.size()));
    }();
    static const QString updateSql =
        QStringLiteral("UPDATE reports SET revision = ?, service = ?, started_at = ?, ended_at = ?,"
                       " reported_at = ?, updated_at = ?, body = ?, %1 = ? WHERE id = ?")
            .arg(AnalysisColumns::names(false).join(QStringLiteral(" = ?, ")));
    QSqlError error;
    Statements statements;
    statements.select = m_storage.statements.prepared(
        QStringLiteral("SELECT revision, installation, service, started_at"
                       " FROM reports WHERE id = ?") +
            m_storage.dialect.lockRowSuffix(),
        error);
    statements.insert = m_storage.statements.prepared(insertSql, error);
    statements.update = m_storage.statements.prepared(updateSql, error);
    if (!statements.select || !statements.insert || !statements.update)
        return error;
    return statements;
}

Result<PutOutcome, BatchFailure> BatchWrite::store(const PutRequest &request,
                                                   const Statements &statements)
{
    const Report &report = request.report;
    const QString id = uuidText(report.id);
    const QString installation = uuidText(report.installation);
    const auto found = m_softwareIds.constFind(report.software.name);
    const std::optional<qint64> softwareId =
        found == m_softwareIds.constEnd() ? std::optional<qint64>() : *found;
    const auto counted = [&](const QString &service, const QDateTime &startedAt, int sign) {
        m_deltas.add(RollupCalendar::keysFor(service, startedAt, m_targets.zones, m_targets.hours),
                     installation, sign);
        m_changedChunks.insert(chunkOf(service, startedAt));
    };

    // Most puts are new reports: insert first, and read the stored one only when the id is
    // taken (then locked, so that it cannot change before this transaction ends).
    std::optional<Existing> existing;
    for (int pass = 0; pass < 2 && !existing; ++pass) {
        const QVariant receivedAt = timeValue(request.receivedAt);
        bind(statements.insert,
             {id, report.revision, installation, report.service, timeValue(report.startedAt),
              timeValue(report.endedAt), timeValue(report.reportedAt), receivedAt, receivedAt,
              QString::fromUtf8(request.canonicalJson)},
             AnalysisColumns::values(report, true, softwareId));
        if (!statements.insert->exec())
            return failed(statements.insert->lastError());
        if (statements.insert->numRowsAffected() == 1) {
            counted(report.service, report.startedAt, +1);
            return PutOutcome{PutStatus::Created, report.revision};
        }
        bind(statements.select, {id});
        if (!statements.select->exec())
            return failed(statements.select->lastError());
        if (statements.select->next()) {
            existing = Existing{
                statements.select->value(0).toInt(), statements.select->value(1).toString(),
                statements.select->value(2).toString(), timeFrom(statements.select->value(3))};
        }
        statements.select->finish();
        // Not there after all: another server's insert was rolled back. Try again.
    }
    if (!existing)
        return BatchFailure{tr("The report %1 could not be read back.").arg(id), true};

    PutOutcome outcome{decide(*existing, report), existing->revision};
    if (outcome.status != PutStatus::Updated)
        return outcome;
    bind(statements.update,
         {report.revision, report.service, timeValue(report.startedAt), timeValue(report.endedAt),
          timeValue(report.reportedAt), timeValue(request.receivedAt),
          QString::fromUtf8(request.canonicalJson)},
         AnalysisColumns::values(report, false, softwareId) + QVariantList{id});
    if (!statements.update->exec())
        return failed(statements.update->lastError());
    outcome.storedRevision = report.revision;
    // A newer revision may move the report to another service or hour.
    counted(existing->service, existing->startedAt, -1);
    counted(report.service, report.startedAt, +1);
    return outcome;
}

Result<void, QSqlError> BatchWrite::bumpAnalysisVersions()
{
    if (m_changedChunks.empty())
        return {};
    // In key order, as the rollups: two servers lock these rows in the same order.
    QSqlError error;
    QSqlQuery *const bump = m_storage.statements.prepared(
        QStringLiteral("INSERT INTO analysis_versions (service, month, version)"
                       " VALUES (?, ?, 1) ON CONFLICT (service, month)"
                       " DO UPDATE SET version = analysis_versions.version + 1"),
        error);
    if (!bump)
        return error;
    for (const auto &[service, month] : m_changedChunks) {
        bind(bump, {service, month});
        if (!bump->exec())
            return bump->lastError();
    }
    return {};
}

} // namespace ehb::server
