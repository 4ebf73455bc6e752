#include "server/storage/sqlreportrepository.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "server/stats/analysiscolumns.h"
#include "server/storage/analysisqueries.h"
#include "server/storage/batchwrite.h"
#include "server/storage/rollupdeltas.h"
#include "server/storage/sqlmigrator.h"
#include "server/storage/sqlwrite.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ehb::server {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ehb-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Times are stored in whole seconds (timeValue drops the fraction): a bound with a fraction
// compares as the next whole second, so that [from, to) keeps its meaning.
QDateTime wholeSecondAtOrAfter(const QDateTime &time)
{
    if (!time.isValid())
        return time;
    return utcFromSecs(secondAtOrAfter(time));
}

// Runs a read with `values` bound in order, forward only; the query stands before its first row.
Result<QSqlQuery, QSqlError> runRead(const QSqlDatabase &database, const QString &sql,
                                     const QVariantList &values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return query.lastError();
    return query;
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
    return whenReady([&]() -> Result<int> {
        QSqlDatabase db = database();
        const Result<int> version = SqlMigrator::apply(*m_dialect, db);
        if (!version)
            return version;
        const Result<QList<QByteArray>> filled = rollupZones();
        if (!filled)
            return fail(filled.error());
        QList<QByteArray> wanted{rollupHoursMarker};
        for (const QTimeZone &zone : std::as_const(m_localZones))
            wanted.append(zone.id());
        for (const QByteArray &zone : std::as_const(wanted)) {
            if (filled.value().contains(zone))
                continue;
            if (const Result<void> built = backfill(zone); !built)
                return fail(built.error());
        }
        return version;
    });
}

Result<QList<QByteArray>> SqlReportRepository::rollupZones()
{
    return whenReady([&]() -> Result<QList<QByteArray>> {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT zone FROM rollup_zones ORDER BY zone")))
            return fail(tr("Cannot read the rollup zones: %1").arg(query.lastError().text()));
        QList<QByteArray> zones;
        while (query.next())
            zones.append(query.value(0).toString().toLatin1());
        return zones;
    });
}

QList<QTimeZone> SqlReportRepository::zonesFor(const QList<QByteArray> &ids)
{
    QList<QTimeZone> zones;
    for (const QByteArray &id : ids) {
        if (id == rollupHoursMarker)
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
    const bool hours = zone == rollupHoursMarker;
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
    return whenReady([&]() -> Result<QList<PutOutcome>> {
        BatchFailure failure;
        for (int i = 0; i < maxAttempts; ++i) {
            Result<QList<PutOutcome>, BatchFailure> stored = tryPutBatch(requests);
            if (stored)
                return std::move(stored).value();
            failure = stored.error();
            // A connection lost mid-way (a PostgreSQL restart) is made again and the batch rerun.
            const bool reconnected = !database().isOpen() && ready().ok();
            if (!failure.retryable && !reconnected)
                break;
        }
        return fail(
            tr("Cannot store the reports in %1: %2").arg(m_dialect->displayName(), failure.error));
    });
}

Result<QList<PutOutcome>, BatchFailure>
SqlReportRepository::tryPutBatch(const QList<PutRequest> &requests)
{
    if (const QSqlError error = prepareWriter(); error.isValid())
        return BatchFailure{error.text(), m_dialect->isRetryable(error)};
    BatchWrite write({database(), *m_dialect, m_statements, m_softwareNames,
                      [this](const QList<QByteArray> &ids) { return zonesFor(ids); }});
    return write.run(requests);
}

Result<bool> SqlReportRepository::checkpoint()
{
    return whenReady([&]() -> Result<bool> {
        const QString statement = m_dialect->checkpointLog();
        if (statement.isEmpty())
            return false;
        QSqlQuery query(database());
        if (!query.exec(statement))
            return fail(tr("Cannot copy the write-ahead log into %1: %2")
                            .arg(m_dialect->displayName(), query.lastError().text()));
        return true;
    });
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

Result<qint64> SqlReportRepository::count()
{
    return whenReady([&]() -> Result<qint64> {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next())
            return fail(tr("Cannot count the reports: %1").arg(query.lastError().text()));
        return query.value(0).toLongLong();
    });
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
    return whenReady([&]() -> Result<std::optional<StoredReport>> {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?")
                          .arg(QLatin1String(reportColumns)));
        query.addBindValue(uuidText(id));
        if (!query.exec())
            return fail(tr("Cannot read the report: %1").arg(query.lastError().text()));
        if (!query.next())
            return std::optional<StoredReport>();
        return std::optional<StoredReport>(storedFrom(query));
    });
}

Result<QList<StoredReport>> SqlReportRepository::reports(const ReportsQuery &request)
{
    return whenReady([&]() -> Result<QList<StoredReport>> {
        // One service's list reads the index (service, started_s, ...) in started_s order; every
        // service's reads (started_at, id). Both columns hold the same whole second.
        const bool oneService = !request.service.isEmpty();
        const QString column =
            oneService ? QStringLiteral("started_s") : QStringLiteral("started_at");
        const auto startValue = [oneService](const QDateTime &time) {
            return oneService ? QVariant(time.toSecsSinceEpoch()) : timeValue(time);
        };
        QString sql =
            QStringLiteral("SELECT %1 FROM reports WHERE ").arg(QLatin1String(reportColumns));
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

        Result<QSqlQuery, QSqlError> query = runRead(database(), sql, values);
        if (!query)
            return fail(tr("Cannot read the reports: %1").arg(query.error().text()));
        QList<StoredReport> page;
        while (query->next())
            page.append(storedFrom(*query));
        return page;
    });
}

Result<void> SqlReportRepository::ping()
{
    return whenReady([&]() -> Result<void> {
        QSqlQuery query(database());
        // Touches the database, unlike SELECT 1.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) || !query.next())
            return fail(tr("The database does not answer: %1").arg(query.lastError().text()));
        return {};
    });
}

Result<QList<BucketCount>> SqlReportRepository::counts(const CountsQuery &request)
{
    return whenReady([&]() -> Result<QList<BucketCount>> {
        QString sql = request.sumServices
                          ? QStringLiteral("SELECT '', bucket, SUM(reports), SUM(installations)")
                          : QStringLiteral("SELECT service, bucket, reports, installations");
        sql += QStringLiteral(
            " FROM rollup WHERE zone = ? AND unit = ? AND bucket >= ? AND bucket < ?");
        QVariantList values{QString::fromLatin1(request.zone), bucketUnitName(request.unit),
                            request.fromBucket, request.toBucket};
        if (!request.service.isEmpty()) {
            sql += QStringLiteral(" AND service = ?");
            values.append(request.service);
        }
        sql += request.sumServices ? QStringLiteral(" GROUP BY bucket ORDER BY bucket")
                                   : QStringLiteral(" ORDER BY service, bucket");
        Result<QSqlQuery, QSqlError> query = runRead(database(), sql, values);
        if (!query)
            return fail(tr("Cannot read the statistics: %1").arg(query.error().text()));
        QList<BucketCount> rows;
        while (query->next()) {
            rows.append({query->value(0).toString(), query->value(1).toLongLong(),
                         query->value(2).toLongLong(), query->value(3).toLongLong()});
        }
        return rows;
    });
}

Result<QList<analysis::Observation>> SqlReportRepository::observations(const PeriodQuery &query)
{
    return whenReady([&]() -> Result<QList<analysis::Observation>> {
        return AnalysisQueries::observations(database(), query);
    });
}

Result<BreakdownCounts> SqlReportRepository::breakdown(const PeriodQuery &query)
{
    return whenReady(
        [&]() -> Result<BreakdownCounts> { return AnalysisQueries::breakdown(database(), query); });
}

Result<std::vector<AnalysisRow>> SqlReportRepository::analysisRows(const QString &service,
                                                                   qint64 fromS, qint64 toS)
{
    return whenReady([&]() -> Result<std::vector<AnalysisRow>> {
        return AnalysisQueries::rows(database(), service, fromS, toS);
    });
}

Result<QHash<AnalysisChunkKey, qint64>>
SqlReportRepository::analysisVersions(const QStringList &services, qint64 fromMonth, qint64 toMonth)
{
    return whenReady([&]() -> Result<QHash<AnalysisChunkKey, qint64>> {
        return AnalysisQueries::versions(database(), services, fromMonth, toMonth);
    });
}

Result<QHash<qint64, QString>> SqlReportRepository::softwareNames()
{
    return whenReady([&]() -> Result<QHash<qint64, QString>> {
        const Result<QHash<qint64, QString>> names = SoftwareNames::all(database());
        if (!names)
            return fail(tr("Cannot read the software names: %1").arg(names.error()));
        return names;
    });
}

Result<QList<LiveCount>> SqlReportRepository::liveCounts(const QDateTime &from, const QDateTime &to)
{
    return whenReady([&]() -> Result<QList<LiveCount>> {
        return AnalysisQueries::liveCounts(database(), from, to);
    });
}

Result<QList<LiveReport>> SqlReportRepository::liveReports(const QDateTime &from,
                                                           const QDateTime &to)
{
    return whenReady([&]() -> Result<QList<LiveReport>> {
        return AnalysisQueries::liveReports(database(), from, to);
    });
}

Result<void> SqlReportRepository::addToken(const StaffToken &token)
{
    return whenReady([&]() -> Result<void> {
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
    });
}

Result<QList<StaffToken>> SqlReportRepository::tokens()
{
    return whenReady([&]() -> Result<QList<StaffToken>> {
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
    });
}

Result<bool> SqlReportRepository::revokeToken(const QString &name)
{
    return whenReady([&]() -> Result<bool> {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM staff_tokens WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return fail(tr("Cannot revoke the token: %1").arg(query.lastError().text()));
        return query.numRowsAffected() > 0;
    });
}

} // namespace ehb::server
