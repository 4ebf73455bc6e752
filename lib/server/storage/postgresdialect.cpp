#include "server/storage/postgresdialect.h"

#include "server/storage/postgresmigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ehb::server {

PostgresDialect::PostgresDialect(DatabaseUrl url)
    : m_url(std::move(url))
{}

Result<QSqlDatabase> PostgresDialect::connect(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        return fail(tr("The PostgreSQL driver of Qt is missing (package libqt6sql6-psql): %1")
                        .arg(db.lastError().text()));
    }
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.databaseName);
    QStringList options;
    if (const QString given = m_url.connectOptions(); !given.isEmpty())
        options.append(given);
    if (m_url.option(QStringLiteral("connect_timeout")).isEmpty())
        options.append(QStringLiteral("connect_timeout=%1").arg(defaultConnectTimeoutSeconds));
    // Names the connections in pg_stat_activity, unless the URL has an application_name.
    if (m_url.option(QStringLiteral("fallback_application_name")).isEmpty())
        options.append(QStringLiteral("fallback_application_name=ehealthbugs-server"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return fail(tr("Cannot connect to the PostgreSQL database %1: %2")
                        .arg(m_url.redacted(), db.lastError().text().trimmed()));
    }

    QSqlQuery query(db);
    // libpq prints NOTICEs ("relation ... already exists, skipping") on stderr otherwise.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning"))) {
        return fail(tr("Cannot use the PostgreSQL database %1: %2")
                        .arg(m_url.redacted(), query.lastError().text().trimmed()));
    }
    return db;
}

const QList<Migration> &PostgresDialect::migrations() const
{
    return PostgresMigrations::all();
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString PostgresDialect::lockMigrations() const
{
    return PostgresMigrations::lockStatement();
}

QString PostgresDialect::lockZonesShared() const
{
    // SHARE does not conflict with itself, so writers of every server run side by side, but
    // waits for the EXCLUSIVE lock of a zone being filled.
    return QStringLiteral("LOCK TABLE rollup_zones IN SHARE MODE");
}

QString PostgresDialect::lockZonesExclusive() const
{
    // Still lets plain reads of rollup_zones through.
    return QStringLiteral("LOCK TABLE rollup_zones IN EXCLUSIVE MODE");
}

bool PostgresDialect::isRetryable(const QSqlError &error) const
{
    // SQLSTATE: serialization_failure, deadlock_detected, lock_not_available.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01") ||
           code == QLatin1String("55P03");
}

} // namespace ehb::server
