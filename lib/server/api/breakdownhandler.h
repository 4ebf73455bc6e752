#pragma once

#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrlQuery>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisCache;

// GET /api/v1/stats/breakdown: the reports of a period by symptom, by EMR software and by
// province (from the postcode).
class BreakdownHandler
{
    Q_DECLARE_TR_FUNCTIONS(BreakdownHandler)

public:
    // Software names listed one by one; the others are counted under "".
    static constexpr int topSoftware = 20;

    BreakdownHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache);

    QHttpServerResponse handle(const QUrlQuery &query, AnalysisReader &repository) const;

    // [{"key", "reports"}]: names grouped without regard to case (and surrounding spaces), each
    // shown in its most frequent spelling, the `top` largest groups by count, then "" for the
    // rest and the reports without a name.
    static QJsonArray softwareGroups(const QHash<QString, qint64> &names, int top);

private:
    const ServiceCatalogue &m_catalogue;
    AnalysisCache &m_cache;
};

} // namespace ehb::server
