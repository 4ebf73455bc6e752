#pragma once

#include "core/result.h"
#include "server/storage/databaseurl.h"
#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>

namespace ehb::server {

// Picks the storage backend for a database URL.
class RepositoryFactory
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryFactory)

public:
    // A repository for `url`, not yet opened. `localZones`: the time zones whose local days,
    // weeks and months get rollups (see SqlReportRepository).
    static Result<std::unique_ptr<ReportRepository>> create(const DatabaseUrl &url,
                                                            const QList<QTimeZone> &localZones);

    // create() and open(): one more connection for another thread.
    static Result<std::unique_ptr<ReportRepository>> open(const DatabaseUrl &url,
                                                          const QList<QTimeZone> &localZones);

    // open() and migrate(): what `serve` and `migrate` do first. The schema version in place is
    // written to `schemaVersion` when given.
    static Result<std::unique_ptr<ReportRepository>>
    openMigrated(const DatabaseUrl &url, const QList<QTimeZone> &localZones,
                 int *schemaVersion = nullptr);
};

} // namespace ehb::server
