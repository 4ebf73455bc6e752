#include "server/storage/sqlreportrepository.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "server/stats/analysiscolumns.h"
#include "server/storage/analysisqueries.h"
#include "server/storage/rollupdeltas.h"
#include "server/storage/sqlmigrator.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>
#include <set>

namespace ehb::server {

namespace {

// The rollup_zones row that says the UTC hour rollups are filled (no zone id has a '*').
const QByteArray hoursMarker = QByteArrayLiteral("*hours");

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ehb-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Rolls back unless commit() succeeded, so every early return leaves no open transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &database)
        : m_database(database)
    {}
    ~WriteTransaction()
    {
        if (m_begun && !m_committed) {
            QSqlQuery rollback(m_database);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    QSqlError begin(const QString &statement)
    {
        QSqlQuery query(m_database);
        if (!query.exec(statement))
            return query.lastError();
        m_begun = true;
        return {};
    }
    QSqlError commit()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("COMMIT")))
            return query.lastError();
        m_committed = true;
        return {};
    }

private:
    QSqlDatabase m_database;
    bool m_begun = false;
    bool m_committed = false;
};

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(ReportCodec::formatTime(time))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : ReportCodec::parseTime(value.toString());
}

// Times are stored in whole seconds (timeValue drops the fraction): a bound with a fraction
// compares as the next whole second, so that [from, to) keeps its meaning.
QDateTime wholeSecondAtOrAfter(const QDateTime &time)
{
    if (!time.isValid())
        return time;
    return utcFromSecs(secondAtOrAfter(time));
}

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

} // namespace

SqlReportRepository::SqlReportRepository(std::unique_ptr<SqlDialect> dialect,
                                         QList<QTimeZone> localZones)
    : m_dialect(std::move(dialect))
    , m_localZones(std::move(localZones))
    , m_connectionName(nextConnectionName())
{}

SqlReportRepository::~SqlReportRepository()
{
    close();
}

void SqlReportRepository::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only once no QSqlDatabase or QSqlQuery refers to the connection any more.
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

QSqlDatabase SqlReportRepository::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> SqlReportRepository::ready()
{
    if (!m_open)
        return notOpen();
    if (database().isOpen())
        return {};
    return open();
}

Failure SqlReportRepository::notOpen() const
{
    return fail(tr("The database %1 is not open.").arg(m_dialect->displayName()));
}

Result<void> SqlReportRepository::open()
{
    close();
    const Result<QSqlDatabase> connected = m_dialect->connect(m_connectionName);
    if (!connected) {
        close();
        return fail(connected.error());
    }
    m_open = true;
    m_writerPrepared = false;
    m_statements.reset(connected.value());
    return {};
}

Result<int> SqlReportRepository::migrate()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlDatabase db = database();
    const Result<int> version = SqlMigrator::apply(*m_dialect, db);
    if (!version)
        return version;
    const Result<QList<QByteArray>> filled = rollupZones();
    if (!filled)
        return fail(filled.error());
    QList<QByteArray> wanted{hoursMarker};
    for (const QTimeZone &zone : std::as_const(m_localZones))
        wanted.append(zone.id());
    for (const QByteArray &zone : std::as_const(wanted)) {
        if (filled.value().contains(zone))
            continue;
        if (const Result<void> built = backfill(zone); !built)
            return fail(built.error());
    }
    return version;
}

Result<QList<QByteArray>> SqlReportRepository::rollupZones()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT zone FROM rollup_zones ORDER BY zone")))
        return fail(tr("Cannot read the rollup zones: %1").arg(query.lastError().text()));
    QList<QByteArray> zones;
    while (query.next())
        zones.append(query.value(0).toString().toLatin1());
    return zones;
}

QList<QTimeZone> SqlReportRepository::zonesFor(const QList<QByteArray> &ids)
{
    QList<QTimeZone> zones;
    for (const QByteArray &id : ids) {
        if (id == hoursMarker)
            continue;
        auto cached = m_zoneCache.constFind(id);
        if (cached == m_zoneCache.constEnd())
            cached = m_zoneCache.insert(id, QTimeZone(id));
        if (cached->isValid())
            zones.append(*cached);
    }
    return zones;
}

Result<void> SqlReportRepository::backfill(const QByteArray &zone)
{
    const QSqlDatabase db = database();
    const bool hours = zone == hoursMarker;
    const auto failure = [&](const QString &reason) {
        return fail(
            tr("Cannot fill the statistics of %1: %2")
                .arg(hours ? QStringLiteral("UTC hours") : QString::fromLatin1(zone), reason));
    };
    const QList<QTimeZone> zones = hours ? QList<QTimeZone>{} : zonesFor({zone});
    if (!hours && zones.isEmpty())
        return failure(tr("unknown time zone"));

    WriteTransaction transaction(db);
    if (const QSqlError error = transaction.begin(m_dialect->beginWrite()); error.isValid())
        return failure(error.text());
    QSqlQuery query(db);
    // Writers wait until the zone is filled, then count their reports in it too.
    if (const QString lock = m_dialect->lockZonesExclusive(); !lock.isEmpty() && !query.exec(lock))
        return failure(query.lastError().text());
    // Another server may have filled it while we waited for the lock.
    query.prepare(QStringLiteral("SELECT 1 FROM rollup_zones WHERE zone = ?"));
    query.addBindValue(QString::fromLatin1(zone));
    if (!query.exec())
        return failure(query.lastError().text());
    if (query.next()) {
        query.finish();
        if (const QSqlError error = transaction.commit(); error.isValid())
            return failure(error.text());
        return {};
    }
    query.finish();
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT service, started_at, installation FROM reports")))
        return failure(query.lastError().text());
    RollupDeltas deltas;
    while (query.next()) {
        const QList<RollupKey> keys = RollupCalendar::keysFor(
            query.value(0).toString(), timeFrom(query.value(1)), zones, hours);
        deltas.add(keys, query.value(2).toString(), +1);
    }
    query.finish();
    if (const QSqlError error = deltas.apply(m_statements); error.isValid())
        return failure(error.text());
    query.prepare(QStringLiteral("INSERT INTO rollup_zones (zone, built_at) VALUES (?, ?)"));
    query.addBindValue(QString::fromLatin1(zone));
    query.addBindValue(ReportCodec::formatTime(utcNowSeconds()));
    if (!query.exec())
        return failure(query.lastError().text());
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failure(error.text());
    return {};
}

Result<QList<PutOutcome>> SqlReportRepository::putBatch(const QList<PutRequest> &requests)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QList<PutOutcome> outcomes;
    Attempt attempt;
    for (int i = 0; i < maxAttempts; ++i) {
        attempt = tryPutBatch(requests, outcomes);
        if (attempt.error.isEmpty())
            return outcomes;
        // A connection lost mid-way (a PostgreSQL restart) is made again and the batch rerun.
        const bool reconnected = !database().isOpen() && ready().ok();
        if (!attempt.retryable && !reconnected)
            break;
    }
    return fail(
        tr("Cannot store the reports in %1: %2").arg(m_dialect->displayName(), attempt.error));
}

Result<bool> SqlReportRepository::checkpoint()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    const QString statement = m_dialect->checkpointLog();
    if (statement.isEmpty())
        return false;
    QSqlQuery query(database());
    if (!query.exec(statement))
        return fail(tr("Cannot copy the write-ahead log into %1: %2")
                        .arg(m_dialect->displayName(), query.lastError().text()));
    return true;
}

QSqlError SqlReportRepository::prepareWriter()
{
    if (m_writerPrepared)
        return {};
    const QSqlDatabase db = database();
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(writerCheckpointPages)))
            return query.lastError();
    }
    m_writerPrepared = true;
    return {};
}

SqlReportRepository::Attempt SqlReportRepository::tryPutBatch(const QList<PutRequest> &requests,
                                                              QList<PutOutcome> &outcomes)
{
    const QSqlDatabase db = database();
    const auto failed = [this](const QSqlError &error) {
        return Attempt{error.text(), m_dialect->isRetryable(error)};
    };
    outcomes = QList<PutOutcome>(requests.size());
    if (const QSqlError error = prepareWriter(); error.isValid())
        return failed(error);

    WriteTransaction transaction(db);
    if (const QSqlError error = transaction.begin(m_dialect->beginWrite()); error.isValid())
        return failed(error);
    if (const QString lock = m_dialect->lockZonesShared(); !lock.isEmpty()) {
        QSqlQuery query(db);
        if (!query.exec(lock))
            return failed(query.lastError());
    }
    QSqlError error;
    QSqlQuery *const zonesQuery =
        m_statements.prepared(QStringLiteral("SELECT zone FROM rollup_zones"), error);
    if (!zonesQuery)
        return failed(error);
    if (!zonesQuery->exec())
        return failed(zonesQuery->lastError());
    QList<QByteArray> zoneIds;
    bool hours = false;
    while (zonesQuery->next()) {
        const QByteArray id = zonesQuery->value(0).toString().toLatin1();
        hours = hours || id == hoursMarker;
        zoneIds.append(id);
    }
    zonesQuery->finish();
    const QList<QTimeZone> zones = zonesFor(zoneIds);

    // Rows are locked in id order, the same in every server, so two batches cannot deadlock
    // on reports; a stable sort keeps two puts of one id in their arrival order.
    QList<qsizetype> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return requests.at(a).report.id < requests.at(b).report.id;
    });

    // The analysis columns (AnalysisColumns) follow the fixed ones.
    QStringList softwareNames;
    for (const PutRequest &request : requests)
        softwareNames.append(request.report.software.name);
    auto resolved = m_softwareNames.resolve(db, softwareNames);
    if (const auto *refused = std::get_if<QSqlError>(&resolved))
        return failed(*refused);
    const QHash<QString, qint64> softwareIds =
        std::get<QHash<QString, qint64>>(std::move(resolved));
    const auto softwareId = [&](const Report &report) {
        const auto found = softwareIds.constFind(report.software.name);
        return found == softwareIds.constEnd() ? std::optional<qint64>() : *found;
    };
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
    QSqlQuery *const select =
        m_statements.prepared(QStringLiteral("SELECT revision, installation, service, started_at"
                                             " FROM reports WHERE id = ?") +
                                  m_dialect->lockRowSuffix(),
                              error);
    QSqlQuery *const insert = m_statements.prepared(insertSql, error);
    QSqlQuery *const update = m_statements.prepared(updateSql, error);
    if (!select || !insert || !update)
        return failed(error);
    const auto bind = [](QSqlQuery *query, std::initializer_list<QVariant> values,
                         const QVariantList &more = {}) {
        int i = 0;
        for (const QVariant &value : values)
            SqlStatementCache::bind(*query, i++, value);
        for (const QVariant &value : more)
            SqlStatementCache::bind(*query, i++, value);
    };

    RollupDeltas deltas;
    // The (service, UTC month) chunks whose reports change, for AnalysisCache.
    std::set<std::pair<QString, qint64>> changedChunks;
    const auto chunkOf = [](const QString &service, const QDateTime &startedAt) {
        return std::pair(service, AnalysisMonths::monthOf(startedAt.toSecsSinceEpoch()));
    };
    for (const qsizetype index : std::as_const(order)) {
        const PutRequest &request = requests.at(index);
        const Report &report = request.report;
        const QString id = uuidText(report.id);
        const QString installation = uuidText(report.installation);
        PutOutcome &outcome = outcomes[index];

        // Most puts are new reports: insert first, and read the stored one only when the id
        // is taken (then locked, so that it cannot change before this transaction ends).
        std::optional<Existing> existing;
        bool created = false;
        for (int pass = 0; pass < 2 && !existing && !created; ++pass) {
            const QVariant receivedAt = timeValue(request.receivedAt);
            bind(insert,
                 {id, report.revision, installation, report.service, timeValue(report.startedAt),
                  timeValue(report.endedAt), timeValue(report.reportedAt), receivedAt, receivedAt,
                  QString::fromUtf8(request.canonicalJson)},
                 AnalysisColumns::values(report, true, softwareId(report)));
            if (!insert->exec())
                return failed(insert->lastError());
            if (insert->numRowsAffected() == 1) {
                created = true;
                break;
            }
            bind(select, {id});
            if (!select->exec())
                return failed(select->lastError());
            if (select->next()) {
                existing = Existing{select->value(0).toInt(), select->value(1).toString(),
                                    select->value(2).toString(), timeFrom(select->value(3))};
            }
            select->finish();
            // Not there after all: another server's insert was rolled back. Try again.
        }
        if (created) {
            outcome = {PutStatus::Created, report.revision};
            deltas.add(RollupCalendar::keysFor(report.service, report.startedAt, zones, hours),
                       installation, +1);
            changedChunks.insert(chunkOf(report.service, report.startedAt));
            continue;
        }
        if (!existing)
            return Attempt{tr("The report %1 could not be read back.").arg(id), true};

        outcome = {decide(*existing, report), existing->revision};
        if (outcome.status != PutStatus::Updated)
            continue;
        bind(update,
             {report.revision, report.service, timeValue(report.startedAt),
              timeValue(report.endedAt), timeValue(report.reportedAt),
              timeValue(request.receivedAt), QString::fromUtf8(request.canonicalJson)},
             AnalysisColumns::values(report, false, softwareId(report)) + QVariantList{id});
        if (!update->exec())
            return failed(update->lastError());
        outcome.storedRevision = report.revision;
        // A newer revision may move the report to another service or hour.
        deltas.add(RollupCalendar::keysFor(existing->service, existing->startedAt, zones, hours),
                   installation, -1);
        deltas.add(RollupCalendar::keysFor(report.service, report.startedAt, zones, hours),
                   installation, +1);
        changedChunks.insert(chunkOf(existing->service, existing->startedAt));
        changedChunks.insert(chunkOf(report.service, report.startedAt));
    }

    if (!deltas.isEmpty()) {
        if (error = deltas.apply(m_statements); error.isValid())
            return failed(error);
    }
    if (!changedChunks.empty()) {
        // In key order, as the rollups: two servers lock these rows in the same order.
        QSqlQuery *const bump = m_statements.prepared(
            QStringLiteral("INSERT INTO analysis_versions (service, month, version)"
                           " VALUES (?, ?, 1) ON CONFLICT (service, month)"
                           " DO UPDATE SET version = analysis_versions.version + 1"),
            error);
        if (!bump)
            return failed(error);
        for (const auto &[service, month] : changedChunks) {
            bind(bump, {service, month});
            if (!bump->exec())
                return failed(bump->lastError());
        }
    }
    // Only a successful COMMIT (durable) lets the caller answer 2xx.
    if (error = transaction.commit(); error.isValid())
        return failed(error);
    m_softwareNames.committed();
    return {};
}

Result<qint64> SqlReportRepository::count()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next())
        return fail(tr("Cannot count the reports: %1").arg(query.lastError().text()));
    return query.value(0).toLongLong();
}

namespace {

constexpr auto reportColumns = "id, revision, installation, service, started_at, body,"
                               " received_at, updated_at";

StoredReport storedFrom(const QSqlQuery &query)
{
    StoredReport stored;
    stored.id = QUuid::fromString(query.value(0).toString());
    stored.revision = query.value(1).toInt();
    stored.installation = QUuid::fromString(query.value(2).toString());
    stored.service = query.value(3).toString();
    stored.startedAt = timeFrom(query.value(4));
    stored.body = query.value(5).toString().toUtf8();
    stored.receivedAt = timeFrom(query.value(6));
    stored.updatedAt = timeFrom(query.value(7));
    return stored;
}

} // namespace

Result<std::optional<StoredReport>> SqlReportRepository::find(const QUuid &id)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(QLatin1String(reportColumns)));
    query.addBindValue(uuidText(id));
    if (!query.exec())
        return fail(tr("Cannot read the report: %1").arg(query.lastError().text()));
    if (!query.next())
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(storedFrom(query));
}

Result<QList<StoredReport>> SqlReportRepository::reports(const ReportsQuery &request)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    // One service's list reads the index (service, started_s, ...) in started_s order; every
    // service's reads (started_at, id). Both columns hold the same whole second.
    const bool oneService = !request.service.isEmpty();
    const QString column = oneService ? QStringLiteral("started_s") : QStringLiteral("started_at");
    const auto startValue = [oneService](const QDateTime &time) {
        return oneService ? QVariant(time.toSecsSinceEpoch()) : timeValue(time);
    };
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE ").arg(QLatin1String(reportColumns));
    QVariantList values;
    if (oneService) {
        sql += QStringLiteral("service = ? AND ");
        values.append(request.service);
    }
    sql += QStringLiteral("%1 >= ? AND %1 < ?").arg(column);
    values.append({startValue(wholeSecondAtOrAfter(request.from)),
                   startValue(wholeSecondAtOrAfter(request.to))});
    if (request.after) {
        sql += QStringLiteral(" AND (%1 > ? OR (%1 = ? AND id > ?))").arg(column);
        const QVariant after = startValue(request.after->first);
        values.append({after, after, uuidText(request.after->second)});
    }
    sql += QStringLiteral(" ORDER BY %1, id LIMIT ?").arg(column);
    values.append(request.limit);

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return fail(tr("Cannot read the reports: %1").arg(query.lastError().text()));
    QList<StoredReport> page;
    while (query.next())
        page.append(storedFrom(query));
    return page;
}

Result<void> SqlReportRepository::ping()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    // Touches the database, unlike SELECT 1.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) || !query.next())
        return fail(tr("The database does not answer: %1").arg(query.lastError().text()));
    return {};
}

Result<QList<BucketCount>> SqlReportRepository::counts(const CountsQuery &request)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QString sql = request.sumServices
                      ? QStringLiteral("SELECT '', bucket, SUM(reports), SUM(installations)")
                      : QStringLiteral("SELECT service, bucket, reports, installations");
    sql +=
        QStringLiteral(" FROM rollup WHERE zone = ? AND unit = ? AND bucket >= ? AND bucket < ?");
    QVariantList values{QString::fromLatin1(request.zone), bucketUnitName(request.unit),
                        request.fromBucket, request.toBucket};
    if (!request.service.isEmpty()) {
        sql += QStringLiteral(" AND service = ?");
        values.append(request.service);
    }
    sql += request.sumServices ? QStringLiteral(" GROUP BY bucket ORDER BY bucket")
                               : QStringLiteral(" ORDER BY service, bucket");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return fail(tr("Cannot read the statistics: %1").arg(query.lastError().text()));
    QList<BucketCount> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return rows;
}

Result<QList<analysis::Observation>> SqlReportRepository::observations(const PeriodQuery &query)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    return AnalysisQueries::observations(database(), query);
}

Result<BreakdownCounts> SqlReportRepository::breakdown(const PeriodQuery &query)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    return AnalysisQueries::breakdown(database(), query);
}

Result<std::vector<AnalysisRow>> SqlReportRepository::analysisRows(const QString &service,
                                                                   qint64 fromS, qint64 toS)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    return AnalysisQueries::rows(database(), service, fromS, toS);
}

Result<QHash<AnalysisChunkKey, qint64>>
SqlReportRepository::analysisVersions(const QStringList &services, qint64 fromMonth, qint64 toMonth)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    return AnalysisQueries::versions(database(), services, fromMonth, toMonth);
}

Result<QHash<qint64, QString>> SqlReportRepository::softwareNames()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    const Result<QHash<qint64, QString>> names = SoftwareNames::all(database());
    if (!names)
        return fail(tr("Cannot read the software names: %1").arg(names.error()));
    return names;
}

Result<QList<LiveCount>> SqlReportRepository::liveCounts(const QDateTime &from, const QDateTime &to)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    return AnalysisQueries::liveCounts(database(), from, to);
}

Result<void> SqlReportRepository::addToken(const StaffToken &token)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM staff_tokens WHERE name = ?"));
    query.addBindValue(token.name);
    if (!query.exec())
        return fail(tr("Cannot read the staff tokens: %1").arg(query.lastError().text()));
    if (query.next())
        return fail(tr("A token named %1 exists already; revoke it first.").arg(token.name));
    query.finish();
    query.prepare(QStringLiteral(
        "INSERT INTO staff_tokens (name, token_sha256, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(token.name);
    query.addBindValue(QString::fromLatin1(token.sha256Hex));
    query.addBindValue(timeValue(token.createdAt));
    if (!query.exec())
        return fail(tr("Cannot store the token: %1").arg(query.lastError().text()));
    return {};
}

Result<QList<StaffToken>> SqlReportRepository::tokens()
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "SELECT name, token_sha256, created_at FROM staff_tokens ORDER BY name"))) {
        return fail(tr("Cannot read the staff tokens: %1").arg(query.lastError().text()));
    }
    QList<StaffToken> tokens;
    while (query.next()) {
        tokens.append({query.value(0).toString(), query.value(1).toString().toLatin1(),
                       timeFrom(query.value(2))});
    }
    return tokens;
}

Result<bool> SqlReportRepository::revokeToken(const QString &name)
{
    if (const Result<void> usable = ready(); !usable)
        return fail(usable.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM staff_tokens WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(tr("Cannot revoke the token: %1").arg(query.lastError().text()));
    return query.numRowsAffected() > 0;
}

} // namespace ehb::server
