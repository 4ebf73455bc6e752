#include "episodes.h"
#include "episodefinder.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace ehb::analysis {

using detail::EpisodeFinder;
using detail::ReportCover;

Cover coverOf(const Observation &observation, const EpisodeParameters &parameters)
{
    const qint64 start = observation.startedAt;
    const qint64 cap = std::max<qint64>(0, parameters.maxCoverMs);
    if (observation.endedAt) {
        // The GP said when it ended; "resolved" clicked late is the usual error, so a cover
        // longer than the cap loses its end.
        const qint64 end = std::max(start, *observation.endedAt);
        return {start, std::min(end, start + cap)};
    }
    // No end: down until a grace after the report was sent. The report itself is the firm
    // evidence, so a cover longer than the cap loses its (claimed) beginning.
    const qint64 end =
        std::max(start, observation.reportedAt) + std::max<qint64>(0, parameters.graceMs);
    return {std::max(start, end - cap), end};
}

namespace {

// The union of intervals, as total minutes and working-hours minutes.
void addDowntime(std::vector<Cover> intervals, const QTimeZone &zone, ServiceAvailability &service)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Cover &a, const Cover &b) { return a.start < b.start; });
    std::vector<Cover> merged;
    for (const Cover &interval : intervals) {
        if (!merged.empty() && interval.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, interval.end);
        else
            merged.push_back(interval);
    }
    for (const Cover &interval : merged) {
        service.downtimeMinutes += (interval.end - interval.start) / 60000.0;
        service.workingDowntimeMinutes += workingMinutes(interval.start, interval.end, zone);
    }
}

} // namespace

EpisodeAnalysis analyzeEpisodes(QList<Observation> observations, int serviceCount,
                                const Period &period, const EpisodeParameters &parameters,
                                double slaTarget)
{
    EpisodeAnalysis analysis;
    serviceCount = std::max(0, serviceCount);
    const auto services = static_cast<std::size_t>(serviceCount);

    // Dense installation numbers instead of QUuids, and the covers sorted by service,
    // installation and start.
    QHash<QUuid, int> installations;
    installations.reserve(4096);
    std::vector<ReportCover> covers;
    covers.reserve(std::size_t(observations.size()));
    for (const Observation &observation : std::as_const(observations)) {
        if (observation.service < 0 || observation.service >= serviceCount)
            continue;
        auto it = installations.constFind(observation.installation);
        if (it == installations.cend())
            it = installations.insert(observation.installation, int(installations.size()));
        covers.push_back(detail::reportCover(observation, parameters, it.value()));
    }
    observations.clear();
    detail::sortCovers(covers, serviceCount, int(installations.size()));
    std::vector<std::size_t> offsets(services + 1, 0);
    for (const ReportCover &cover : covers)
        ++offsets[std::size_t(cover.service) + 1];
    for (std::size_t s = 0; s < services; ++s)
        offsets[s + 1] += offsets[s];

    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const ReportCover &cover : covers) {
        earliest = std::min(earliest, cover.start);
        latest = std::max(latest, cover.start);
    }
    // The background is measured over the reports' days, bounded near the period so that a
    // stray old report does not make a grid of decades.
    const bool validPeriod =
        period.from.isValid() && period.to.isValid() && period.from < period.to;
    const qint64 from = validPeriod ? period.from.toMSecsSinceEpoch() : 0;
    const qint64 to = validPeriod ? period.to.toMSecsSinceEpoch() : 0;
    if (validPeriod) {
        earliest = std::max(earliest, from - 35 * 24 * 3600000LL);
        latest = std::min(latest, to - 1);
    }
    const detail::DayGrid days = detail::DayGrid::build(earliest, latest + 1, period.zone);
    QList<Episode> found;
    std::vector<detail::Thresholds> thresholds(services);
    EpisodeFinder finder(parameters, int(installations.size()), days);
    for (std::size_t s = 0; s < services; ++s)
        thresholds[s] =
            finder.find(int(s), covers.data() + offsets[s], covers.data() + offsets[s + 1], found);

    // Clip to the period: what lies outside is not part of this analysis.
    for (Episode episode : std::as_const(found)) {
        episode.start = std::max(episode.start, from);
        episode.end = std::min(episode.end, to);
        if (episode.end > episode.start)
            analysis.episodes.append(episode);
    }
    std::sort(analysis.episodes.begin(), analysis.episodes.end(),
              [](const Episode &a, const Episode &b) {
                  return a.start != b.start ? a.start < b.start : a.service < b.service;
              });

    const double periodMinutes = (to - from) / 60000.0;
    const double periodWorkingMinutes = workingMinutes(from, to, period.zone);
    std::vector<std::vector<Cover>> downtime(services);
    analysis.services.reserve(serviceCount);
    for (int s = 0; s < serviceCount; ++s)
        analysis.services.append(ServiceAvailability{s});
    for (const Episode &episode : std::as_const(analysis.episodes)) {
        ++analysis.services[episode.service].episodes;
        downtime[std::size_t(episode.service)].push_back({episode.start, episode.end});
    }
    for (std::size_t s = 0; s < services; ++s) {
        ServiceAvailability &service = analysis.services[qsizetype(s)];
        service.backgroundPerHour = thresholds[s].backgroundPerHour;
        service.minOverlap = thresholds[s].minOverlap;
        service.minInstallations = thresholds[s].minInstallations;
        addDowntime(std::move(downtime[s]), period.zone, service);
        if (periodMinutes > 0)
            service.availability =
                std::clamp(1 - service.downtimeMinutes / periodMinutes, 0.0, 1.0);
        if (periodWorkingMinutes > 0)
            service.workingAvailability =
                std::clamp(1 - service.workingDowntimeMinutes / periodWorkingMinutes, 0.0, 1.0);
        service.meetsSla =
            service.availability >= slaTarget && service.workingAvailability >= slaTarget;
    }
    return analysis;
}

} // namespace ehb::analysis
