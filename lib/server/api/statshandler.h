#pragma once

#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

struct StatsParameters;

// GET /api/v1/stats/frequency and /api/v1/stats/heatmap: answered from the rollup tables, so
// their cost follows the number of buckets, not of reports.
class StatsHandler
{
    Q_DECLARE_TR_FUNCTIONS(StatsHandler)

public:
    explicit StatsHandler(const ServiceCatalogue &catalogue);

    QHttpServerResponse frequency(const QUrlQuery &query, StatisticsReader &repository) const;
    QHttpServerResponse heatmap(const QUrlQuery &query, StatisticsReader &repository) const;

private:
    const ServiceCatalogue &m_catalogue;
};

} // namespace ehb::server
