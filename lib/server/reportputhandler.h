#pragma once

#include "reportrepository.h"
#include "serverconfig.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// PUT /api/v1/reports/{id}: the idempotent upload of one report (DESIGN.md §5). Checks run
// cheapest first (size, media type, JSON, fields); storage is the last step and the answer is
// 2xx only once the repository committed.
class ReportPutHandler
{
    Q_DECLARE_TR_FUNCTIONS(ReportPutHandler)

public:
    ReportPutHandler(ReportRepository &repository, const ServiceCatalogue &catalogue,
                     const ServerConfig &config);

    QHttpServerResponse handle(const QString &pathId, const QHttpServerRequest &request) const;

private:
    QDateTime now() const;

    ReportRepository &m_repository;
    const ServiceCatalogue &m_catalogue;
    const ServerConfig &m_config;
};

} // namespace ehb::server
