#pragma once

#include "server/stats/rollupcalendar.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <utility>

class QSqlError;

namespace ehb::server {

class SqlStatementCache;

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

    // Writes the changes inside the caller's transaction, with the statements of `statements`
    // (many rows per statement); an invalid error when all went well.
    QSqlError apply(SqlStatementCache &statements) const;

private:
    using MemberKey = std::pair<RollupKey, QString>;

    QSqlError applyMembers(SqlStatementCache &statements,
                           std::map<RollupKey, qint64> &installations) const;
    QSqlError applyRollups(SqlStatementCache &statements,
                           const std::map<RollupKey, qint64> &installations) const;

    std::map<RollupKey, qint64> m_reports;
    std::map<MemberKey, qint64> m_members;
};

} // namespace ehb::server
