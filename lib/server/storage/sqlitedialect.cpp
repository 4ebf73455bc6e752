#include "server/storage/sqlitedialect.h"

#include "server/stats/analysiscolumns.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

SqliteDialect::SqliteDialect(QString filePath)
    : m_filePath(std::move(filePath))
{}

Result<QSqlDatabase> SqliteDialect::connect(const QString &connectionName) const
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        return fail(tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite): %1")
                        .arg(db.lastError().text()));
    }
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return fail(tr("Cannot open the database %1: %2").arg(m_filePath, db.lastError().text()));

    QSqlQuery query(db);
    // A file that is not SQLite opens fine and fails at the first read: read now.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString reason =
            query.lastError().isValid() ? query.lastError().text() : tr("WAL journal mode refused");
        return fail(tr("Cannot use the database %1: %2").arg(m_filePath, reason));
    }
    query.finish();
    const QStringList pragmas{QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(
                tr("Cannot use the database %1: %2").arg(m_filePath, query.lastError().text()));
        query.finish();
    }
    return db;
}

const QList<Migration> &SqliteDialect::migrations() const
{
    // Times are RFC 3339 UTC text (fixed width, so they sort); body is the canonical JSON of the
    // report, so unknown fields are never stored. No column may ever hold an IP address.
    static const QList<Migration> migrations{
        {1,
         {QStringLiteral("CREATE TABLE reports ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " revision INTEGER NOT NULL CHECK (revision >= 1),"
                         " installation TEXT NOT NULL,"
                         " service TEXT NOT NULL,"
                         " started_at TEXT NOT NULL,"
                         " ended_at TEXT,"
                         " reported_at TEXT NOT NULL,"
                         " received_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL,"
                         " body TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX reports_service_started ON reports (service, started_at)"),
          QStringLiteral("CREATE INDEX reports_reported ON reports (reported_at)")}},
        // Rollups (counts per service and bucket, kept with each report), the distinct
        // installations behind them, and staff tokens (SHA-256 only).
        {2,
         {QStringLiteral("CREATE TABLE rollup ("
                         " zone TEXT NOT NULL, unit TEXT NOT NULL, service TEXT NOT NULL,"
                         " bucket INTEGER NOT NULL,"
                         " reports INTEGER NOT NULL, installations INTEGER NOT NULL,"
                         " PRIMARY KEY (zone, unit, service, bucket)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX rollup_bucket ON rollup (zone, unit, bucket)"),
          QStringLiteral("CREATE TABLE member ("
                         " zone TEXT NOT NULL, unit TEXT NOT NULL, service TEXT NOT NULL,"
                         " bucket INTEGER NOT NULL, installation TEXT NOT NULL,"
                         " n INTEGER NOT NULL,"
                         " PRIMARY KEY (zone, unit, service, bucket, installation)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE rollup_zones ("
                         " zone TEXT PRIMARY KEY NOT NULL, built_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE staff_tokens ("
                         " name TEXT PRIMARY KEY NOT NULL,"
                         " token_sha256 TEXT NOT NULL UNIQUE,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX reports_started ON reports (started_at, id)")}},
        // Statistics over every service read only this index: no lookup into the table per row
        // (the year's heatmap reads 8,760 hours of every service).
        {3,
         {QStringLiteral("DROP INDEX rollup_bucket"),
          QStringLiteral("CREATE INDEX rollup_bucket_covering ON rollup"
                         " (zone, unit, bucket, service, reports, installations)")}},
        // The analysis columns (AnalysisColumns) and the software names they refer to, filled
        // for the reports already stored, and the covering index that episodes and breakdowns
        // read a service's period from.
        {4,
         {QStringLiteral("CREATE TABLE software_names ("
                         " id INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE)"),
          QStringLiteral("INSERT INTO software_names (name)"
                         " SELECT DISTINCT json_extract(body, '$.software.name') FROM reports"
                         " WHERE json_extract(body, '$.software.name') <> ''"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN started_s INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN ended_s INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN reported_s INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN installation_key INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN symptoms INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN software_id INTEGER"),
          QStringLiteral("ALTER TABLE reports ADD COLUMN postcode INTEGER"),
          QStringLiteral("UPDATE reports SET"
                         " started_s = CAST(strftime('%s', started_at) AS INTEGER),"
                         " ended_s = CAST(strftime('%s', ended_at) AS INTEGER),"
                         " reported_s = CAST(strftime('%s', reported_at) AS INTEGER),"
                         " installation_key = %1,"
                         " symptoms = (SELECT COALESCE(SUM(%2), 0)"
                         " FROM json_each(reports.body, '$.symptoms')),"
                         " software_id = (SELECT id FROM software_names"
                         " WHERE name = json_extract(reports.body, '$.software.name')),"
                         " postcode = NULLIF(CAST(json_extract(body, '$.postcode') AS INTEGER), 0)")
              .arg(AnalysisColumns::sqliteInstallationKey(),
                   AnalysisColumns::symptomBitCase(QStringLiteral("value"))),
          QStringLiteral("CREATE INDEX reports_analysis ON reports (service, started_s, ended_s,"
                         " reported_s, installation_key, symptoms, postcode, software_id)")}},
        // Only the write path reads member, by its whole key. Keyed by installation first, the
        // hour, day, week and month rows that one report counts in share a page, where keyed by
        // bucket first each went to a page of its own: a third fewer pages written per report.
        {5,
         {QStringLiteral("CREATE TABLE member_by_installation ("
                         " zone TEXT NOT NULL, unit TEXT NOT NULL, service TEXT NOT NULL,"
                         " bucket INTEGER NOT NULL, installation TEXT NOT NULL,"
                         " n INTEGER NOT NULL,"
                         " PRIMARY KEY (installation, service, zone, unit, bucket)) WITHOUT ROWID"),
          QStringLiteral("INSERT INTO member_by_installation"
                         " SELECT zone, unit, service, bucket, installation, n FROM member"),
          QStringLiteral("DROP TABLE member"),
          QStringLiteral("ALTER TABLE member_by_installation RENAME TO member")}},
        // The version of each (service, UTC month) of reports, bumped by every report stored
        // there: the analysis keeps a month in memory until its version changes. Months with
        // reports start at version 1.
        {6,
         {QStringLiteral("CREATE TABLE analysis_versions ("
                         " service TEXT NOT NULL, month INTEGER NOT NULL,"
                         " version INTEGER NOT NULL,"
                         " PRIMARY KEY (service, month)) WITHOUT ROWID"),
          QStringLiteral("INSERT INTO analysis_versions (service, month, version)"
                         " SELECT service, (CAST(strftime('%Y', started_s, 'unixepoch') AS INTEGER)"
                         " - 1970) * 12 + CAST(strftime('%m', started_s, 'unixepoch') AS INTEGER)"
                         " - 1 AS month, 1 FROM reports GROUP BY service, month")}},
        // A service's report list reads reports_analysis (service, started_s) instead: one index
        // less to write with every report, a seventh of the pages a commit writes (measured).
        {7, {QStringLiteral("DROP INDEX reports_service_started")}},
        // The impact (AnalysisColumns::impactCode), filled for the reports already stored, and
        // in the covering index, so that the impact figures read it with the other columns.
        {8,
         {QStringLiteral("ALTER TABLE reports ADD COLUMN impact INTEGER"),
          QStringLiteral("UPDATE reports SET impact = %1"
                         " WHERE json_extract(body, '$.impact') IS NOT NULL")
              .arg(AnalysisColumns::impactCodeSql(
                  QStringLiteral("json_extract(body, '$.impact.minutes_lost')"),
                  QStringLiteral("json_extract(body, '$.impact.patients')"),
                  QStringLiteral("json_extract(body, '$.impact.fallback')"))),
          QStringLiteral("DROP INDEX reports_analysis"),
          QStringLiteral("CREATE INDEX reports_analysis ON reports (service, started_s, ended_s,"
                         " reported_s, installation_key, symptoms, postcode, software_id,"
                         " impact)")}},
        // The official status page beside the reports (OfficialRecord): each component's latest
        // state, its changes keyed by (component, sequence) so that two servers seeing the same
        // change record one row, and the incidents entered by hand or imported.
        {9,
         {QStringLiteral("CREATE TABLE official_components ("
                         " component_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
                         " service TEXT, status TEXT NOT NULL, sequence INTEGER NOT NULL,"
                         " seen_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE official_changes ("
                         " component_id TEXT NOT NULL, sequence INTEGER NOT NULL,"
                         " name TEXT NOT NULL, service TEXT, old_status TEXT,"
                         " new_status TEXT NOT NULL, seen_at TEXT NOT NULL,"
                         " PRIMARY KEY (component_id, sequence))"),
          QStringLiteral("CREATE INDEX official_changes_seen ON official_changes (seen_at)"),
          QStringLiteral("CREATE TABLE official_incidents ("
                         " id INTEGER PRIMARY KEY NOT NULL, service TEXT NOT NULL,"
                         " started_at TEXT NOT NULL, ended_at TEXT, status TEXT NOT NULL,"
                         " source TEXT NOT NULL, imported INTEGER NOT NULL,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX official_incidents_started ON official_incidents"
                         " (started_at)")}},
        // confirmed_at ("still failing at", AnalysisColumns), filled from the stored bodies
        // and in the covering index beside the other times.
        {10,
         {QStringLiteral("ALTER TABLE reports ADD COLUMN confirmed_s INTEGER"),
          QStringLiteral("UPDATE reports SET"
                         " confirmed_s = CAST(strftime('%s', json_extract(body, '$.confirmed_at'))"
                         " AS INTEGER) WHERE json_extract(body, '$.confirmed_at') IS NOT NULL"),
          QStringLiteral("DROP INDEX reports_analysis"),
          QStringLiteral("CREATE INDEX reports_analysis ON reports (service, started_s, ended_s,"
                         " reported_s, installation_key, symptoms, postcode, software_id,"
                         " impact, confirmed_s)")}},
        // The GBO's notices to GPs (NoticeRecord): a text per language ('' when not written),
        // withdrawn but never deleted; current ones are read by withdrawn_at and valid_from.
        {11,
         {QStringLiteral("CREATE TABLE notices ("
                         " id INTEGER PRIMARY KEY NOT NULL, service TEXT,"
                         " text_fr TEXT NOT NULL, text_nl TEXT NOT NULL, text_de TEXT NOT NULL,"
                         " text_en TEXT NOT NULL, link TEXT, valid_from TEXT NOT NULL,"
                         " valid_until TEXT, created_at TEXT NOT NULL, withdrawn_at TEXT)"),
          QStringLiteral("CREATE INDEX notices_current ON notices (withdrawn_at, valid_from)")}},
        // end_answered ("Resolved now" to "Is it back for you?", AnalysisColumns), filled from
        // the stored bodies and in the covering index.
        {12,
         {QStringLiteral("ALTER TABLE reports ADD COLUMN end_answered INTEGER"),
          QStringLiteral("UPDATE reports SET end_answered = 1"
                         " WHERE json_extract(body, '$.end_answered') = 1"
                         " AND json_extract(body, '$.ended_at') IS NOT NULL"),
          QStringLiteral("DROP INDEX reports_analysis"),
          QStringLiteral("CREATE INDEX reports_analysis ON reports (service, started_s, ended_s,"
                         " reported_s, installation_key, symptoms, postcode, software_id,"
                         " impact, confirmed_s, end_answered)")}},
    };
    return migrations;
}

bool SqliteDialect::isRetryable(const QSqlError &error) const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another process held the lock past the timeout.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

} // namespace ehb::server
