#pragma once

#include "core/result.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace ehb::server {

class SqlDialect;

// Applies a dialect's versioned schema. A migration is applied whole or not at all and recorded
// in schema_migrations(version, applied_at); released migrations are never edited, only followed
// by new ones.
class SqlMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SqlMigrator)

public:
    static int latestVersion(const SqlDialect &dialect);

    // Applies every migration newer than the recorded version, each in its own transaction.
    // Returns the version in place afterwards. Refuses a database newer than this program.
    static Result<int> apply(const SqlDialect &dialect, QSqlDatabase &database);
};

} // namespace ehb::server
