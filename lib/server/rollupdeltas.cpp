#include "rollupdeltas.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

void RollupDeltas::add(const QList<RollupKey> &keys, const QString &installation, int sign)
{
    for (const RollupKey &key : keys) {
        m_reports[key] += sign;
        m_members[{key, installation}] += sign;
    }
}

QSqlError RollupDeltas::apply(const QSqlDatabase &database) const
{
    std::map<RollupKey, qint64> installations;
    QSqlQuery member(database);
    member.prepare(
        QStringLiteral("INSERT INTO member (zone, unit, service, bucket, installation, n)"
                       " VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (zone, unit, service, bucket, installation)"
                       " DO UPDATE SET n = member.n + excluded.n RETURNING n"));
    QSqlQuery forget(database);
    forget.prepare(QStringLiteral("DELETE FROM member WHERE zone = ? AND unit = ? AND service = ?"
                                  " AND bucket = ? AND installation = ?"));
    for (const auto &[memberKey, delta] : m_members) {
        if (delta == 0)
            continue;
        const auto &[key, installation] = memberKey;
        const QVariantList values{QString::fromLatin1(key.zone), bucketUnitName(key.unit),
                                  key.service, key.bucket, installation};
        for (int i = 0; i < values.size(); ++i)
            member.bindValue(i, values.at(i));
        member.bindValue(values.size(), delta);
        if (!member.exec() || !member.next())
            return member.lastError();
        const qint64 after = member.value(0).toLongLong();
        member.finish();
        const qint64 before = after - delta;
        if (before <= 0 && after > 0)
            installations[key] += 1;
        if (before > 0 && after <= 0) {
            installations[key] -= 1;
            for (int i = 0; i < values.size(); ++i)
                forget.bindValue(i, values.at(i));
            if (!forget.exec())
                return forget.lastError();
        }
    }

    QSqlQuery rollup(database);
    rollup.prepare(
        QStringLiteral("INSERT INTO rollup (zone, unit, service, bucket, reports, installations)"
                       " VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (zone, unit, service, bucket) DO UPDATE SET"
                       " reports = rollup.reports + excluded.reports,"
                       " installations = rollup.installations + excluded.installations"));
    for (const auto &[key, reports] : m_reports) {
        const qint64 distinct = installations.count(key) ? installations.at(key) : 0;
        if (reports == 0 && distinct == 0)
            continue;
        rollup.bindValue(0, QString::fromLatin1(key.zone));
        rollup.bindValue(1, bucketUnitName(key.unit));
        rollup.bindValue(2, key.service);
        rollup.bindValue(3, key.bucket);
        rollup.bindValue(4, reports);
        rollup.bindValue(5, distinct);
        if (!rollup.exec())
            return rollup.lastError();
    }
    return {};
}

} // namespace ehb::server
