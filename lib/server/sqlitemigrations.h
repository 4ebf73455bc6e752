#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace ehb::server {

// The versioned schema of the SQLite backend. A migration is applied whole or not at all, and
// recorded in schema_migrations(version, applied_at); released migrations are never edited,
// only followed by new ones.
class SqliteMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMigrations)

public:
    struct Migration
    {
        int version;
        QStringList statements;
    };

    static const QList<Migration> &all();
    static int latestVersion();

    // Applies every migration newer than the recorded version, each in its own transaction.
    // Returns the version in place afterwards. Refuses a database newer than this program.
    static Result<int> apply(QSqlDatabase &database);
};

} // namespace ehb::server
