#include "server/storage/repositoryfactory.h"

#include "server/storage/postgresdialect.h"
#include "server/storage/sqlitedialect.h"
#include "server/storage/sqlreportrepository.h"

namespace ehb::server {

Result<std::unique_ptr<ReportRepository>>
RepositoryFactory::create(const DatabaseUrl &url, const QList<QTimeZone> &localZones)
{
    std::unique_ptr<SqlDialect> dialect;
    switch (url.kind) {
    case DatabaseUrl::Kind::Sqlite:
        dialect = std::make_unique<SqliteDialect>(url.sqlitePath);
        break;
    case DatabaseUrl::Kind::Postgresql:
        dialect = std::make_unique<PostgresDialect>(url);
        break;
    }
    return std::unique_ptr<ReportRepository>(
        std::make_unique<SqlReportRepository>(std::move(dialect), localZones));
}

Result<std::unique_ptr<ReportRepository>>
RepositoryFactory::open(const DatabaseUrl &url, const QList<QTimeZone> &localZones)
{
    Result<std::unique_ptr<ReportRepository>> created = create(url, localZones);
    if (!created)
        return created;
    std::unique_ptr<ReportRepository> repository = std::move(created).value();
    if (const Result<void> opened = repository->open(); !opened)
        return fail(opened.error());
    return repository;
}

Result<std::unique_ptr<ReportRepository>>
RepositoryFactory::openMigrated(const DatabaseUrl &url, const QList<QTimeZone> &localZones,
                                int *schemaVersion)
{
    Result<std::unique_ptr<ReportRepository>> opened = open(url, localZones);
    if (!opened)
        return opened;
    std::unique_ptr<ReportRepository> repository = std::move(opened).value();
    const Result<int> migrated = repository->migrate();
    if (!migrated)
        return fail(migrated.error());
    if (schemaVersion)
        *schemaVersion = migrated.value();
    return repository;
}

} // namespace ehb::server
