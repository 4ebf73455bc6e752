#include "server/storage/softwarenames.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ehb::server {

Result<QHash<QString, qint64>, QSqlError> SoftwareNames::resolve(const QSqlDatabase &database,
                                                                 QStringList names)
{
    // What an earlier transaction added without committing is not known.
    m_pending.clear();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    QHash<QString, qint64> ids;
    QSqlQuery insert(database);
    QSqlQuery select(database);
    bool prepared = false;
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        if (const auto known = m_known.constFind(name); known != m_known.constEnd()) {
            ids.insert(name, *known);
            continue;
        }
        if (!prepared) {
            prepared =
                insert.prepare(QStringLiteral("INSERT INTO software_names (name) VALUES (?)"
                                              " ON CONFLICT (name) DO NOTHING")) &&
                select.prepare(QStringLiteral("SELECT id FROM software_names WHERE name = ?"));
            if (!prepared)
                return insert.lastError().isValid() ? insert.lastError() : select.lastError();
        }
        insert.bindValue(0, name);
        select.bindValue(0, name);
        if (!insert.exec())
            return insert.lastError();
        if (!select.exec())
            return select.lastError();
        if (!select.next()) // cannot happen: inserted or there already
            return QSqlError(tr("The software name %1 is missing.").arg(name), {},
                             QSqlError::StatementError);
        const qint64 id = select.value(0).toLongLong();
        select.finish();
        ids.insert(name, id);
        m_pending.insert(name, id);
    }
    return ids;
}

void SoftwareNames::committed()
{
    // Bounded: a flood of made-up names is stored, but not remembered here.
    if (m_known.size() + m_pending.size() <= maxKnown)
        m_known.insert(m_pending);
    m_pending.clear();
}

Result<QHash<qint64, QString>> SoftwareNames::all(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM software_names")))
        return fail(tr("Cannot read the software names: %1").arg(query.lastError().text()));
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

} // namespace ehb::server
