#include "sqlitemigrations.h"

#include "reportcodec.h"
#include "timeutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

const QList<SqliteMigrations::Migration> &SqliteMigrations::all()
{
    // Times are RFC 3339 UTC text (sortable); body is the canonical JSON of the report, so
    // unknown fields are never stored. No column may ever hold an IP address.
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
    };
    return migrations;
}

int SqliteMigrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> SqliteMigrations::apply(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY NOT NULL,"
                                   " applied_at TEXT NOT NULL)"))) {
        return fail(tr("Cannot create the migrations table: %1").arg(query.lastError().text()));
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next()) {
        return fail(tr("Cannot read the schema version: %1").arg(query.lastError().text()));
    }
    int current = query.value(0).toInt();
    query.finish();
    if (current > latestVersion()) {
        return fail(tr("The database has schema version %1, newer than this program knows (%2). "
                       "Use a newer ehealthbugs-server.")
                        .arg(current)
                        .arg(latestVersion()));
    }

    for (const Migration &migration : all()) {
        if (migration.version <= current)
            continue;
        // IMMEDIATE takes the write lock at once, so two servers starting together cannot
        // both apply the same migration.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(tr("Cannot start migration %1: %2")
                            .arg(migration.version)
                            .arg(query.lastError().text()));
        QString error;
        if (!query.exec(
                QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !query.next()) {
            error = query.lastError().text();
        } else if (query.value(0).toInt() >= migration.version) {
            // Another process applied it between our read and our lock.
            query.finish();
            query.exec(QStringLiteral("COMMIT"));
            current = migration.version;
            continue;
        }
        query.finish();
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
