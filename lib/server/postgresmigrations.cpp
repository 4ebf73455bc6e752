#include "postgresmigrations.h"

#include "analysiscolumns.h"

namespace ehb::server {

namespace {

// "ehb-mig" in ASCII: the advisory lock key of schema migrations, one per database.
constexpr qint64 migrationLockKey = 28543743526005095;

} // namespace

const QList<Migration> &PostgresMigrations::all()
{
    // Times are RFC 3339 UTC text; body is the canonical JSON of the report. No column may ever
    // hold an IP address.
    static const QList<Migration> migrations{
        {1,
         {QStringLiteral("CREATE TABLE reports ("
                         " id TEXT COLLATE \"C\" PRIMARY KEY NOT NULL,"
                         " revision INTEGER NOT NULL CHECK (revision >= 1),"
                         " installation TEXT COLLATE \"C\" NOT NULL,"
                         " service TEXT COLLATE \"C\" NOT NULL,"
                         " started_at TEXT COLLATE \"C\" NOT NULL,"
                         " ended_at TEXT COLLATE \"C\","
                         " reported_at TEXT COLLATE \"C\" NOT NULL,"
                         " received_at TEXT COLLATE \"C\" NOT NULL,"
                         " updated_at TEXT COLLATE \"C\" NOT NULL,"
                         " body TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX reports_service_started ON reports (service, started_at)"),
          QStringLiteral("CREATE INDEX reports_reported ON reports (reported_at)")}},
        // Rollups (counts per service and bucket, kept with each report), the distinct
        // installations behind them, and staff tokens (SHA-256 only).
        {2,
         {QStringLiteral("CREATE TABLE rollup ("
                         " zone TEXT COLLATE \"C\" NOT NULL,"
                         " unit TEXT COLLATE \"C\" NOT NULL,"
                         " service TEXT COLLATE \"C\" NOT NULL,"
                         " bucket BIGINT NOT NULL,"
                         " reports BIGINT NOT NULL,"
                         " installations BIGINT NOT NULL,"
                         " PRIMARY KEY (zone, unit, service, bucket))"),
          QStringLiteral("CREATE INDEX rollup_bucket ON rollup (zone, unit, bucket)"),
          QStringLiteral("CREATE TABLE member ("
                         " zone TEXT COLLATE \"C\" NOT NULL,"
                         " unit TEXT COLLATE \"C\" NOT NULL,"
                         " service TEXT COLLATE \"C\" NOT NULL,"
                         " bucket BIGINT NOT NULL,"
                         " installation TEXT COLLATE \"C\" NOT NULL,"
                         " n INTEGER NOT NULL,"
                         " PRIMARY KEY (zone, unit, service, bucket, installation))"),
          QStringLiteral("CREATE TABLE rollup_zones ("
                         " zone TEXT COLLATE \"C\" PRIMARY KEY NOT NULL,"
                         " built_at TEXT COLLATE \"C\" NOT NULL)"),
          QStringLiteral("CREATE TABLE staff_tokens ("
                         " name TEXT COLLATE \"C\" PRIMARY KEY NOT NULL,"
                         " token_sha256 TEXT COLLATE \"C\" NOT NULL UNIQUE,"
                         " created_at TEXT COLLATE \"C\" NOT NULL)"),
          QStringLiteral("CREATE INDEX reports_started ON reports (started_at, id)")}},
        // Statistics over every service read only this index: no lookup into the table per row
        // (the year's heatmap reads 8,760 hours of every service).
        {3,
         {QStringLiteral("DROP INDEX rollup_bucket"),
          QStringLiteral("CREATE INDEX rollup_bucket_covering ON rollup"
                         " (zone, unit, bucket, service, reports, installations)")}},
        // The analysis columns (AnalysisColumns), filled for the reports already stored, and
        // the covering index that episodes and breakdowns read a service's period from.
        {4,
         {QStringLiteral("ALTER TABLE reports ADD COLUMN started_s BIGINT,"
                         " ADD COLUMN ended_s BIGINT, ADD COLUMN reported_s BIGINT,"
                         " ADD COLUMN installation_key BIGINT, ADD COLUMN symptoms INTEGER,"
                         " ADD COLUMN software TEXT, ADD COLUMN postcode INTEGER"),
          QStringLiteral("UPDATE reports SET"
                         " started_s = EXTRACT(EPOCH FROM started_at::timestamptz)::bigint,"
                         " ended_s = EXTRACT(EPOCH FROM ended_at::timestamptz)::bigint,"
                         " reported_s = EXTRACT(EPOCH FROM reported_at::timestamptz)::bigint,"
                         " installation_key = %1,"
                         " symptoms = (SELECT COALESCE(SUM(%2), 0)"
                         " FROM jsonb_array_elements_text(body::jsonb -> 'symptoms') AS value),"
                         " software = NULLIF(body::jsonb -> 'software' ->> 'name', ''),"
                         " postcode = NULLIF(body::jsonb ->> 'postcode', '')::integer")
              .arg(AnalysisColumns::postgresInstallationKey(),
                   AnalysisColumns::symptomBitCase(QStringLiteral("value"))),
          QStringLiteral("CREATE INDEX reports_analysis ON reports (service, started_s)"
                         " INCLUDE (ended_s, reported_s, installation_key, symptoms, postcode,"
                         " software)")}},
    };
    return migrations;
}

QString PostgresMigrations::lockStatement()
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey);
}

} // namespace ehb::server
