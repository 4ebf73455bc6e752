#pragma once

#include "core/reportcodec.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

// What SqlReportRepository's write paths (BatchWrite, migrations' backfill) and reads share.

// The rollup_zones row that says the UTC hour rollups are filled (no zone id has a '*').
inline const QByteArray rollupHoursMarker = QByteArrayLiteral("*hours");

// A time as the reports table stores it (RFC 3339 text, whole seconds); NULL when invalid.
inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(ReportCodec::formatTime(time))
                          : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : ReportCodec::parseTime(value.toString());
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

} // namespace ehb::server
