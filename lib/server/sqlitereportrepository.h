#pragma once

#include "reportrepository.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace ehb::server {

// The SQLite backend: one uniquely named QSQLITE connection, WAL journal, synchronous=FULL so
// that a commit survives a power cut, and a busy timeout for a second process on the same file.
class SqliteReportRepository final : public ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteReportRepository)

public:
    static constexpr int busyTimeoutMs = 5000;

    explicit SqliteReportRepository(QString filePath);
    ~SqliteReportRepository() override;
    SqliteReportRepository(const SqliteReportRepository &) = delete;
    SqliteReportRepository &operator=(const SqliteReportRepository &) = delete;

    Result<void> open() override;
    Result<int> migrate() override;
    Result<PutOutcome> put(const Report &report, const QByteArray &canonicalJson,
                           const QDateTime &receivedAt) override;
    Result<qint64> count() override;
    Result<std::optional<StoredReport>> find(const QUuid &id) override;
    Result<void> ping() override;

    const QString &filePath() const { return m_filePath; }

private:
    QSqlDatabase database() const;
    Result<void> notOpen() const;
    void close();

    QString m_filePath;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace ehb::server
