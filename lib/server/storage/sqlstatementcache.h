#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;
class QVariant;

namespace ehb::server {

// The prepared statements of one connection, kept from one transaction to the next: preparing
// costs more than running most statements of the write path. clear() before the connection is
// closed or removed (a QSqlQuery must not outlive its connection).
class SqlStatementCache
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatementCache)

public:
    // The most placeholders one statement may have.
    static constexpr int maxPlaceholders = 1024;

    SqlStatementCache();
    ~SqlStatementCache();
    SqlStatementCache(const SqlStatementCache &) = delete;
    SqlStatementCache &operator=(const SqlStatementCache &) = delete;

    // Starts over on `database` (after a connect or reconnect).
    void reset(const QSqlDatabase &database);
    void clear();

    // The statement for `sql`, whose placeholders are `?`, prepared at its first use; nullptr,
    // with `error`, when the database refuses it. Read its rows to the end or finish() it
    // before the transaction ends.
    QSqlQuery *prepared(const QString &sql, QSqlError &error);

    // Binds `value` to the `index`-th `?` of a statement from prepared(). The placeholders are
    // given names when prepared: Qt binds by name with a lookup, but by position it formats a
    // name anew for every value, which costs more than the rest of binding.
    static void bind(QSqlQuery &query, int index, const QVariant &value);

private:
    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace ehb::server
