#pragma once

#include "server/storage/sqldialect.h"

#include <QCoreApplication>

namespace ehb::server {

// SQLite: one file, WAL journal, synchronous=FULL so that a commit survives a power cut, and a
// busy timeout for a second process on the same file.
class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)

public:
    static constexpr int busyTimeoutMs = 5000;

    explicit SqliteDialect(QString filePath);

    Result<QSqlDatabase> connect(const QString &connectionName) const override;
    QString displayName() const override { return m_filePath; }
    const QList<Migration> &migrations() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString lockMigrations() const override { return {}; }
    QString lockZonesShared() const override { return {}; }
    QString lockZonesExclusive() const override { return {}; }
    QString lockRowSuffix() const override { return {}; }
    // PASSIVE: copies the frames no reader still needs.
    QString checkpointLog() const override
    {
        return QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");
    }
    bool isRetryable(const QSqlError &error) const override;

private:
    QString m_filePath;
};

} // namespace ehb::server
