#include "server/storage/sqlmigrator.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "server/storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

namespace {

Result<int> recordedVersion(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next()) {
        return fail(query.lastError().text());
    }
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

} // namespace

int SqlMigrator::latestVersion(const SqlDialect &dialect)
{
    return dialect.migrations().constLast().version;
}

Result<int> SqlMigrator::apply(const SqlDialect &dialect, QSqlDatabase &database)
{
    QSqlQuery query(database);
    // Under the migration lock: two PostgreSQL servers creating the table at once would
    // otherwise collide in the catalogue (duplicate key in pg_type) despite IF NOT EXISTS.
    const QString migrationLock = dialect.lockMigrations();
    if (!query.exec(dialect.beginWrite()) ||
        (!migrationLock.isEmpty() && !query.exec(migrationLock)) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY NOT NULL,"
                                   " applied_at TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot create the migrations table: %1").arg(error));
    }
    const Result<int> recorded = recordedVersion(query);
    if (!recorded)
        return fail(tr("Cannot read the schema version: %1").arg(recorded.error()));
    int current = recorded.value();
    const int latest = latestVersion(dialect);
    if (current > latest) {
        return fail(tr("The database has schema version %1, newer than this program knows (%2). "
                       "Use a newer ehealthbugs-server.")
                        .arg(current)
                        .arg(latest));
    }

    for (const Migration &migration : dialect.migrations()) {
        if (migration.version <= current)
            continue;
        if (!query.exec(dialect.beginWrite())) {
            return fail(tr("Cannot start migration %1: %2")
                            .arg(migration.version)
                            .arg(query.lastError().text()));
        }
        QString error;
        if (const QString lock = dialect.lockMigrations(); !lock.isEmpty() && !query.exec(lock))
            error = query.lastError().text();
        query.finish();
        if (error.isEmpty()) {
            // Another server may have applied it between our first read and our lock.
            const Result<int> now = recordedVersion(query);
            if (!now) {
                error = now.error();
            } else if (now.value() >= migration.version) {
                query.exec(QStringLiteral("COMMIT"));
                current = migration.version;
                continue;
            }
        }
        for (const QString &statement : migration.statements) {
            if (!error.isEmpty())
                break;
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        if (error.isEmpty()) {
            query.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(migration.version);
            query.addBindValue(ReportCodec::formatTime(utcNowSeconds()));
            if (!query.exec())
                error = query.lastError().text();
        }
        if (error.isEmpty() && !query.exec(QStringLiteral("COMMIT")))
            error = query.lastError().text();
        if (!error.isEmpty()) {
            QSqlQuery rollback(database);
            rollback.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot apply migration %1: %2").arg(migration.version).arg(error));
        }
        current = migration.version;
    }
    return current;
}

} // namespace ehb::server
