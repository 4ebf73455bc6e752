#pragma once

#include "analysis/holidays.h"
#include "server/api/episodesearch.h"
#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QUrlQuery>

#include <functional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisCache;

// GET /api/v1/stats/episodes: the outage episodes of a period and each service's downtime and
// availability (lib/analysis, METHOD.md), from the reports themselves.
class EpisodesHandler
{
    Q_DECLARE_TR_FUNCTIONS(EpisodesHandler)

public:
    // Reports are read from this long before `from`: an episode may begin before the period
    // (started_at is at most 7 days before reported_at).
    static constexpr int lookBackDays = EpisodeSearch::lookBackDays;

    // `slaTarget`: the availability a service should reach when the query gives none.
    // `holidays`: the days without working hours (local dates in the query's tz).
    // `clock`: the server's clock (UTC); empty for the system clock.
    EpisodesHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache, double slaTarget,
                    analysis::HolidayCalendar holidays, std::function<QDateTime()> clock = {});

    QHttpServerResponse handle(const QUrlQuery &query, AnalysisReader &repository) const;

    // The search handle() asks; GET /api/v1/stats/official compares the same episodes.
    const EpisodeSearch &search() const { return m_search; }

private:
    const ServiceCatalogue &m_catalogue;
    double m_slaTarget;
    EpisodeSearch m_search;
};

} // namespace ehb::server
