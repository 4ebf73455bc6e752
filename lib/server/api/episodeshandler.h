#pragma once

#include "analysis/episodes.h"
#include "analysis/holidays.h"
#include "core/result.h"
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
struct StatsParameters;

// GET /api/v1/stats/episodes: the outage episodes of a period and each service's downtime and
// availability (lib/analysis, METHOD.md), from the reports themselves.
class EpisodesHandler
{
    Q_DECLARE_TR_FUNCTIONS(EpisodesHandler)

public:
    // Reports are read from this long before `from`: an episode may begin before the period
    // (started_at is at most 7 days before reported_at).
    static constexpr int lookBackDays = 7;

    // `slaTarget`: the availability a service should reach when the query gives none.
    // `holidays`: the days without working hours (local dates in the query's tz).
    // `clock`: the server's clock (UTC); empty for the system clock.
    EpisodesHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache, double slaTarget,
                    analysis::HolidayCalendar holidays, std::function<QDateTime()> clock = {});

    QHttpServerResponse handle(const QUrlQuery &query, AnalysisReader &repository) const;

    // The episodes of a period and their summary, as handle() answers them; `services` are
    // the ids whose indexes analysis::Episode::service holds.
    struct Analysis
    {
        QStringList services;
        analysis::EpisodeAnalysis result;
    };
    // What handle() computes once the parameters are read (GET /api/v1/stats/official compares
    // the same episodes); fails when the reports cannot be read.
    Result<Analysis> analyse(const StatsParameters &parameters, AnalysisReader &repository,
                             double slaTarget) const;

private:
    const ServiceCatalogue &m_catalogue;
    AnalysisCache &m_cache;
    double m_slaTarget;
    analysis::HolidayCalendar m_holidays;
    std::function<QDateTime()> m_clock;
};

} // namespace ehb::server
