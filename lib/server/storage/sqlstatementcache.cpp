#include "server/storage/sqlstatementcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ehb::server {

namespace {

const QStringList &placeholderNames()
{
    static const QStringList names = [] {
        QStringList list;
        list.reserve(SqlStatementCache::maxPlaceholders);
        for (int i = 0; i < SqlStatementCache::maxPlaceholders; ++i)
            list.append(QStringLiteral(":p%1").arg(i));
        return list;
    }();
    return names;
}

// `sql` with its `?` placeholders (none is quoted in our statements) named :p0, :p1, ...
QString withNamedPlaceholders(const QString &sql, bool &ok)
{
    const QStringList &names = placeholderNames();
    QString named;
    named.reserve(sql.size() * 2);
    int count = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted) {
            named.append(c);
            continue;
        }
        if (count == names.size()) {
            ok = false;
            return {};
        }
        named.append(names.at(count++));
    }
    ok = true;
    return named;
}

} // namespace

SqlStatementCache::SqlStatementCache() = default;

SqlStatementCache::~SqlStatementCache()
{
    clear();
}

void SqlStatementCache::reset(const QSqlDatabase &database)
{
    clear();
    m_database = database;
}

void SqlStatementCache::clear()
{
    m_queries.clear();
    m_database = QSqlDatabase();
}

QSqlQuery *SqlStatementCache::prepared(const QString &sql, QSqlError &error)
{
    if (const auto found = m_queries.constFind(sql); found != m_queries.constEnd())
        return found->get();
    bool ok = false;
    const QString named = withNamedPlaceholders(sql, ok);
    if (!ok) {
        error =
            QSqlError(QString(), tr("A statement has more than %1 values.").arg(maxPlaceholders),
                      QSqlError::StatementError);
        return nullptr;
    }
    auto query = std::make_shared<QSqlQuery>(m_database);
    if (!query->prepare(named)) {
        error = query->lastError();
        return nullptr;
    }
    return m_queries.insert(sql, std::move(query))->get();
}

void SqlStatementCache::bind(QSqlQuery &query, int index, const QVariant &value)
{
    query.bindValue(placeholderNames().at(index), value);
}

} // namespace ehb::server
