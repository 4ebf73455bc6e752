#pragma once

#include "databaseurl.h"
#include "reportrepository.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

namespace ehb::server {

// Picks the storage backend for a database URL.
class RepositoryFactory
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryFactory)

public:
    // A repository for `url`, not yet opened. PostgreSQL is refused until its backend exists.
    static Result<std::unique_ptr<ReportRepository>> create(const DatabaseUrl &url);

    // create(), open() and migrate(): what `serve` and `migrate` need. The schema version in
    // place is written to `schemaVersion` when given.
    static Result<std::unique_ptr<ReportRepository>> openMigrated(const DatabaseUrl &url,
                                                                  int *schemaVersion = nullptr);
};

} // namespace ehb::server
