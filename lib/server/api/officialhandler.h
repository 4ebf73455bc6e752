#pragma once

#include "server/api/episodesearch.h"
#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

#include <functional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// The official record's endpoints (docs/architecture.md, "The official record"), all for staff:
//   GET  /api/v1/official/changes?from&to[&tz][&service]   the change log of the status page
//   POST /api/v1/official/incidents                         incidents entered by hand
//   GET  /api/v1/stats/official?from&to[&tz][&service]      the crowd's episodes beside it
class OfficialHandler
{
    Q_DECLARE_TR_FUNCTIONS(OfficialHandler)

public:
    // `episodes` finds the crowd's episodes: the search GET /api/v1/stats/episodes and
    // GET /api/v1/stats/impact ask, so that all three see the same episodes.
    // `clock`: the server's clock (UTC); empty for the system clock.
    OfficialHandler(const ServiceCatalogue &catalogue, const EpisodeSearch &episodes,
                    std::function<QDateTime()> clock = {});

    QHttpServerResponse changes(const QUrlQuery &query, OfficialRecord &record) const;
    QHttpServerResponse addIncidents(const QHttpServerRequest &request,
                                     OfficialRecord &record) const;
    QHttpServerResponse stats(const QUrlQuery &query, ReportRepository &repository) const;

private:
    const ServiceCatalogue &m_catalogue;
    const EpisodeSearch &m_episodes;
    std::function<QDateTime()> m_clock;
};

} // namespace ehb::server
