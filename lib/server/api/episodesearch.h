#pragma once

#include "analysis/episodes.h"
#include "analysis/holidays.h"
#include "core/result.h"
#include "server/storage/analysiscache.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisReader;
struct StatsParameters;

// The outage episodes of a query's period, found from the reports in AnalysisCache (lib/analysis,
// METHOD.md). GET /api/v1/stats/episodes and GET /api/v1/stats/impact both ask it, so that they
// see the same episodes.
class EpisodeSearch
{
public:
    // Reports are read from this long before `from`: an episode may begin before the period
    // (started_at is at most 7 days before reported_at).
    static constexpr int lookBackDays = 7;

    struct Found
    {
        QStringList services; // the query's service, or every catalogue service
        // Their reports from lookBackDays before `from` to `to`.
        AnalysisCache::Snapshot snapshot;
        qint64 fromS = 0;
        qint64 toS = 0;
        analysis::EpisodeAnalysis analysis; // Episode::service indexes `services`
    };

    // `holidays`: the days without working hours (local dates in the query's tz).
    // `clock`: the server's clock (UTC); empty for the system clock.
    EpisodeSearch(const ServiceCatalogue &catalogue, AnalysisCache &cache,
                  analysis::HolidayCalendar holidays, std::function<QDateTime()> clock = {});

    // Fails when the reports cannot be read (the reason is for the log).
    Result<Found> find(const StatsParameters &parameters, AnalysisReader &repository,
                       double slaTarget) const;

    const analysis::EpisodeParameters &parameters() const { return m_parameters; }

    // The start (UTC ms) of each service's episode still going on at `nowMs` (the latest one
    // when there are several), by service id: since when a service fails, for the app's "Now"
    // strip and the public page alike.
    static QHash<QString, qint64> ongoingStarts(const Found &found, qint64 nowMs);

private:
    const ServiceCatalogue &m_catalogue;
    AnalysisCache &m_cache;
    analysis::HolidayCalendar m_holidays;
    std::function<QDateTime()> m_clock;
    const analysis::EpisodeParameters m_parameters;
};

} // namespace ehb::server
