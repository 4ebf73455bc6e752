#pragma once

#include "rollupcalendar.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <utility>

class QSqlDatabase;
class QSqlError;

namespace ehb::server {

// The changes a transaction makes to the rollup tables, gathered in memory and written once at
// its end, in key order (so that two servers on one PostgreSQL lock rows in the same order).
// Distinct installations are counted through the member table: an installation's count in a
// bucket going from 0 to 1 adds one installation, going back to 0 removes it.
class RollupDeltas
{
    Q_DECLARE_TR_FUNCTIONS(RollupDeltas)

public:
    // Counts (sign +1) or uncounts (sign -1) one report of `installation` in every key.
    void add(const QList<RollupKey> &keys, const QString &installation, int sign);
    bool isEmpty() const { return m_reports.empty(); }

    // Writes the changes inside the caller's transaction; an invalid error when all went well.
    QSqlError apply(const QSqlDatabase &database) const;

private:
    std::map<RollupKey, qint64> m_reports;
    std::map<std::pair<RollupKey, QString>, qint64> m_members;
};

} // namespace ehb::server
