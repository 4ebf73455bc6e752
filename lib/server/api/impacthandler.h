#pragma once

#include "analysis/holidays.h"
#include "server/api/episodesearch.h"
#include "server/stats/impacttally.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisCache;
class AnalysisReader;

// GET /api/v1/stats/impact: what the outages cost the practices that reported them, as they
// reported it (docs/architecture.md, "Analysis", impact figures): per service over the period, per
// episode (the episodes of GET /api/v1/stats/episodes for the same query) and over every
// service.
class ImpactHandler
{
    Q_DECLARE_TR_FUNCTIONS(ImpactHandler)

public:
    // `hourlyValue`: EUR an hour of a GP's time (serve --impact-hourly-value); empty: no money
    // value. The other arguments are EpisodesHandler's.
    ImpactHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache, double slaTarget,
                  analysis::HolidayCalendar holidays, std::function<QDateTime()> clock,
                  std::optional<double> hourlyValue);

    QHttpServerResponse handle(const QUrlQuery &query, AnalysisReader &repository) const;

    // The figures of one scope as the answer gives them; with the money values when
    // `hourlyValue` is set.
    static QJsonObject figuresJson(const ImpactFigures &figures, std::optional<double> hourlyValue);

private:
    const ServiceCatalogue &m_catalogue;
    double m_slaTarget;
    EpisodeSearch m_search;
    std::optional<double> m_hourlyValue;
};

} // namespace ehb::server
