#include "repositoryfactory.h"

#include "sqlitereportrepository.h"

namespace ehb::server {

Result<std::unique_ptr<ReportRepository>> RepositoryFactory::create(const DatabaseUrl &url)
{
    switch (url.kind) {
    case DatabaseUrl::Kind::Sqlite:
        return std::unique_ptr<ReportRepository>(
            std::make_unique<SqliteReportRepository>(url.sqlitePath));
    case DatabaseUrl::Kind::Postgresql:
        break;
    }
    return fail(
        tr("PostgreSQL is not supported yet (%1); use sqlite:PATH for now.").arg(url.redacted()));
}

Result<std::unique_ptr<ReportRepository>> RepositoryFactory::openMigrated(const DatabaseUrl &url,
                                                                          int *schemaVersion)
{
    Result<std::unique_ptr<ReportRepository>> created = create(url);
    if (!created)
        return created;
    std::unique_ptr<ReportRepository> repository = std::move(created).value();
    if (const Result<void> opened = repository->open(); !opened)
        return fail(opened.error());
    const Result<int> migrated = repository->migrate();
    if (!migrated)
        return fail(migrated.error());
    if (schemaVersion)
        *schemaVersion = migrated.value();
    return repository;
}

} // namespace ehb::server
