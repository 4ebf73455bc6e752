#include "server/storage/rollupdeltas.h"

#include "server/storage/sqlstatementcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <vector>

namespace ehb::server {

namespace {

// Rows go in statements of 8, 4, 2 or 1 rows (21 rows: two of 8, one of 4, one of 1), so that a
// few prepared statements serve every batch with far fewer executions than one per row. Not more
// than 8: SQLite keeps the pages a statement changes in a statement journal, which goes to a
// temporary file past 64 KiB, and that costs more than the executions saved (measured).
constexpr int chunkSteps = 4;
constexpr qsizetype maxRows = qsizetype(1) << (chunkSteps - 1);

qsizetype chunkRows(qsizetype remaining)
{
    qsizetype rows = maxRows;
    while (rows > remaining)
        rows /= 2;
    return rows;
}

int chunkStep(qsizetype rows)
{
    int step = 0;
    while ((qsizetype(1) << step) < rows)
        ++step;
    return step;
}

QString valuesRows(int columns, qsizetype rows)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList list;
    list.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        list.append(row);
    return list.join(QStringLiteral(", "));
}

// The statements' text by size, made once (they are also the cache's keys).
using Statements = std::array<QString, chunkSteps>;

const Statements &memberUpserts()
{
    static const Statements statements = [] {
        Statements made;
        for (int step = 0; step < chunkSteps; ++step) {
            made[step] =
                QStringLiteral("INSERT INTO member (zone, unit, service, bucket, installation, n)"
                               " VALUES ") +
                valuesRows(6, qsizetype(1) << step) +
                QStringLiteral(" ON CONFLICT (zone, unit, service, bucket, installation)"
                               " DO UPDATE SET n = member.n + excluded.n"
                               " RETURNING zone, unit, service, bucket, installation, n");
        }
        return made;
    }();
    return statements;
}

const Statements &rollupUpserts()
{
    static const Statements statements = [] {
        Statements made;
        for (int step = 0; step < chunkSteps; ++step) {
            made[step] = QStringLiteral("INSERT INTO rollup (zone, unit, service, bucket, reports,"
                                        " installations) VALUES ") +
                         valuesRows(6, qsizetype(1) << step) +
                         QStringLiteral(" ON CONFLICT (zone, unit, service, bucket) DO UPDATE SET"
                                        " reports = rollup.reports + excluded.reports,"
                                        " installations = rollup.installations"
                                        " + excluded.installations");
        }
        return made;
    }();
    return statements;
}

// Binds the four columns of `key` from `column` on.
void bindKey(QSqlQuery &query, int column, const RollupKey &key)
{
    SqlStatementCache::bind(query, column, QString::fromLatin1(key.zone));
    SqlStatementCache::bind(query, column + 1, bucketUnitName(key.unit));
    SqlStatementCache::bind(query, column + 2, key.service);
    SqlStatementCache::bind(query, column + 3, key.bucket);
}

} // namespace

void RollupDeltas::add(const QList<RollupKey> &keys, const QString &installation, int sign)
{
    for (const RollupKey &key : keys) {
        m_reports[key] += sign;
        m_members[{key, installation}] += sign;
    }
}

QSqlError RollupDeltas::apply(SqlStatementCache &statements) const
{
    std::map<RollupKey, qint64> installations;
    if (QSqlError error = applyMembers(statements, installations); error.isValid())
        return error;
    return applyRollups(statements, installations);
}

QSqlError RollupDeltas::applyMembers(SqlStatementCache &statements,
                                     std::map<RollupKey, qint64> &installations) const
{
    std::vector<std::map<MemberKey, qint64>::const_iterator> changed;
    changed.reserve(m_members.size());
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it->second != 0)
            changed.push_back(it);
    }

    // The upsert returns each row's count after it; the count before is that minus the delta.
    std::vector<const MemberKey *> forgotten;
    QSqlError error;
    for (size_t at = 0; at < changed.size();) {
        const qsizetype rows = chunkRows(qsizetype(changed.size() - at));
        QSqlQuery *upsert = statements.prepared(memberUpserts()[chunkStep(rows)], error);
        if (!upsert)
            return error;
        for (qsizetype row = 0; row < rows; ++row) {
            const auto &[memberKey, delta] = *changed[at + size_t(row)];
            const int column = int(row) * 6;
            bindKey(*upsert, column, memberKey.first);
            SqlStatementCache::bind(*upsert, column + 4, memberKey.second);
            SqlStatementCache::bind(*upsert, column + 5, delta);
        }
        if (!upsert->exec())
            return upsert->lastError();
        qsizetype returned = 0;
        while (upsert->next()) {
            ++returned;
            const std::optional<BucketUnit> unit = parseBucketUnit(upsert->value(1).toString());
            const MemberKey memberKey{{upsert->value(0).toString().toLatin1(),
                                       unit.value_or(BucketUnit::Hour), upsert->value(2).toString(),
                                       upsert->value(3).toLongLong()},
                                      upsert->value(4).toString()};
            const auto found = m_members.find(memberKey);
            if (!unit || found == m_members.cend())
                return QSqlError(QString(), tr("The database returned an unknown member row."),
                                 QSqlError::StatementError);
            const qint64 after = upsert->value(5).toLongLong();
            const qint64 before = after - found->second;
            if (before <= 0 && after > 0)
                installations[found->first.first] += 1;
            if (before > 0 && after <= 0) {
                installations[found->first.first] -= 1;
                forgotten.push_back(&found->first);
            }
        }
        if (upsert->lastError().isValid())
            return upsert->lastError();
        upsert->finish();
        if (returned != rows)
            return QSqlError(
                QString(),
                tr("The database returned %1 member rows for %2.").arg(returned).arg(rows),
                QSqlError::StatementError);
        at += size_t(rows);
    }

    // Rare: only a newer revision that moves a report out of a bucket gets here.
    if (forgotten.empty())
        return {};
    QSqlQuery *forget = statements.prepared(
        QStringLiteral("DELETE FROM member WHERE zone = ? AND unit = ? AND service = ?"
                       " AND bucket = ? AND installation = ?"),
        error);
    if (!forget)
        return error;
    for (const MemberKey *memberKey : forgotten) {
        bindKey(*forget, 0, memberKey->first);
        SqlStatementCache::bind(*forget, 4, memberKey->second);
        if (!forget->exec())
            return forget->lastError();
    }
    return {};
}

QSqlError RollupDeltas::applyRollups(SqlStatementCache &statements,
                                     const std::map<RollupKey, qint64> &installations) const
{
    struct Row
    {
        const RollupKey *key;
        qint64 reports;
        qint64 installations;
    };
    std::vector<Row> changed;
    changed.reserve(m_reports.size());
    for (const auto &[key, reports] : m_reports) {
        const auto distinct = installations.find(key);
        const qint64 installed = distinct == installations.cend() ? 0 : distinct->second;
        if (reports != 0 || installed != 0)
            changed.push_back({&key, reports, installed});
    }
    QSqlError error;
    for (size_t at = 0; at < changed.size();) {
        const qsizetype rows = chunkRows(qsizetype(changed.size() - at));
        QSqlQuery *upsert = statements.prepared(rollupUpserts()[chunkStep(rows)], error);
        if (!upsert)
            return error;
        for (qsizetype row = 0; row < rows; ++row) {
            const Row &change = changed[at + size_t(row)];
            const int column = int(row) * 6;
            bindKey(*upsert, column, *change.key);
            SqlStatementCache::bind(*upsert, column + 4, change.reports);
            SqlStatementCache::bind(*upsert, column + 5, change.installations);
        }
        if (!upsert->exec())
            return upsert->lastError();
        at += size_t(rows);
    }
    return {};
}

} // namespace ehb::server
