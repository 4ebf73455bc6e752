#pragma once

#include "analysis/livelevel.h"
#include "server/official/officialfeed.h"
#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class EpisodeSearch;
struct ServerConfig;

// GET /api/v1/live: per service, the reports and distinct installations of the last minutes (by
// reported_at) and a level against the same window of the previous weeks (analysis::liveLevel).
// Counts under 3 are never shown. Every desktop program polls this, so an answer is kept for a
// few seconds; each worker thread has its own handler (and cache), so nothing is shared. With
// the counts, each service's official status now (OfficialComparison::current of the change log
// and the incidents entered by hand), read with them and kept as long; and, from the window's
// reports, since when a raised service fails and the symptom most reported (`since`,
// `top_symptom`, for the app's "Now" strip and its "Me too"). With an EpisodeSearch, `since` is
// the start of the service's episode going on when there is one, as on the public page.
class LiveHandler
{
    Q_DECLARE_TR_FUNCTIONS(LiveHandler)

public:
    static constexpr int defaultMinutes = 30;
    static constexpr int minMinutes = 5;
    static constexpr int maxMinutes = 180;
    // A count below this is answered null.
    static constexpr int smallestShown = 3;

    // One service's state now, as the live answer gives it (counts not yet hidden under
    // smallestShown: see shown()).
    struct ServiceState
    {
        QString service;
        analysis::LiveCounts counts;
        analysis::LiveLevel level = analysis::LiveLevel::Normal;
        std::optional<OfficialStatus> officialStatus; // nullopt: the record says nothing of it
        std::optional<qint64> officialSince;          // UTC ms; set with officialStatus
        // Raised services only: since when it fails (UTC ms; see livehandler.cpp).
        std::optional<qint64> since;
        QString topSymptom; // the symptom most practices ticked; empty: none shown
    };
    struct State
    {
        int minutes = defaultMinutes;
        QDateTime at;                 // UTC
        QList<ServiceState> services; // in catalogue order
    };

    // `episodes` (may be null: `since` then always comes from the window's reports) must
    // outlive the handler.
    LiveHandler(const ServiceCatalogue &catalogue, const ServerConfig &config,
                const EpisodeSearch *episodes = nullptr);
    LiveHandler(const LiveHandler &) = delete;
    LiveHandler &operator=(const LiveHandler &) = delete;

    QHttpServerResponse handle(const QUrlQuery &query, ReportRepository &repository);

    // The computation behind the answer, uncached: the counts of the last `minutes` against the
    // same window of the previous weeks, and the official record's status now. The public
    // status page (PublicStatus) reads the same.
    Result<State> read(int minutes, StatisticsReader &repository, OfficialRecord &record) const;
    static QJsonObject toJson(const State &state);
    // A count as shown to the public: nullopt under smallestShown.
    static std::optional<int> shown(int count);

private:
    struct Cached
    {
        QJsonObject body;
        QElapsedTimer age;
    };

    QDateTime now() const;
    // Sets `since` of each raised service of `state` to the start of its episode going on, where
    // m_episodes finds one.
    Result<void> sinceFromEpisodes(State &state, AnalysisReader &repository) const;

    const ServiceCatalogue &m_catalogue;
    const ServerConfig &m_config;
    const EpisodeSearch *m_episodes;
    QHash<int, Cached> m_cache; // by minutes
};

} // namespace ehb::server
