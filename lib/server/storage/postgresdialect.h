#pragma once

#include "server/storage/databaseurl.h"
#include "server/storage/sqldialect.h"

#include <QCoreApplication>

namespace ehb::server {

// PostgreSQL through Qt's QPSQL driver. Writes run in READ COMMITTED: a put locks the stored
// report (SELECT ... FOR UPDATE), a new id is inserted with ON CONFLICT DO NOTHING, and rollup
// counts are added with ON CONFLICT DO UPDATE, so several servers on one database agree without
// serialization failures; deadlocks and serialization failures are retried whole.
class PostgresDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    // libpq waits forever for an unreachable host by default.
    static constexpr int defaultConnectTimeoutSeconds = 10;

    explicit PostgresDialect(DatabaseUrl url);

    Result<QSqlDatabase> connect(const QString &connectionName) const override;
    QString displayName() const override { return m_url.redacted(); }
    const QList<Migration> &migrations() const override;
    QString beginWrite() const override;
    QString lockMigrations() const override;
    QString lockZonesShared() const override;
    QString lockZonesExclusive() const override;
    QString lockRowSuffix() const override { return QStringLiteral(" FOR UPDATE"); }
    QString checkpointLog() const override { return {}; }
    bool isRetryable(const QSqlError &error) const override;

private:
    DatabaseUrl m_url;
};

} // namespace ehb::server
