#include "analysis/episodes.h"
#include "analysis/coverbuilder.h"
#include "analysis/episodefinder.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

namespace ehb::analysis {

using detail::CoverBuilder;
using detail::EpisodeFinder;

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
    // No end: down until a grace after the report was sent, or after the GP confirmed it still
    // failing. The report itself is the firm evidence, so a cover longer than the cap loses its
    // (claimed) beginning.
    const qint64 end =
        std::max({start, observation.reportedAt, observation.confirmedAt.value_or(start)}) +
        std::max<qint64>(0, parameters.graceMs);
    return {std::max(start, end - cap), end};
}

namespace {

// The union of intervals, in minutes and in working-hours minutes.
struct Union
{
    double minutes = 0;
    double workingMinutes = 0;
};

Union unionOf(std::vector<Cover> intervals, const Period &period)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Cover &a, const Cover &b) { return a.start < b.start; });
    std::vector<Cover> merged;
    for (const Cover &interval : intervals) {
        if (interval.end <= interval.start)
            continue;
        if (!merged.empty() && interval.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, interval.end);
        else
            merged.push_back(interval);
    }
    Union total;
    for (const Cover &interval : merged) {
        total.minutes += (interval.end - interval.start) / 60000.0;
        total.workingMinutes +=
            workingMinutes(interval.start, interval.end, period.zone, period.holidays);
    }
    return total;
}

bool byStartThenService(const Episode &a, const Episode &b)
{
    return a.start != b.start ? a.start < b.start : a.service < b.service;
}

// Below this many reports a second thread costs more than it saves.
constexpr std::size_t parallelFrom = 50000;

struct ServiceFindings
{
    QList<Episode> episodes;
    ServiceThresholds thresholds;
};

// Runs job(0) ... job(count - 1), job 0 on the calling thread and the others on threads of their
// own, or on the calling thread too when no thread can be started.
template <typename Job> void runParallel(std::size_t count, const Job &job)
{
    if (count == 0)
        return;
    std::vector<std::thread> helpers;
    std::size_t started = 1;
    for (; started < count; ++started) {
        try {
            helpers.emplace_back(job, started);
        } catch (const std::system_error &) {
            break;
        }
    }
    job(std::size_t(0));
    for (std::size_t rest = started; rest < count; ++rest)
        job(rest);
    for (std::thread &helper : helpers)
        helper.join();
}

// One part of the observations, split by service: indices (a list of 4 billion observations
// would not fit in memory), and the span of their covers' starts for the day grid.
struct Part
{
    std::vector<std::vector<std::uint32_t>> byService;
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
};

void split(const QList<Observation> &observations, qsizetype from, qsizetype to,
           const EpisodeParameters &parameters, Part &part)
{
    const std::size_t services = part.byService.size();
    for (std::vector<std::uint32_t> &indices : part.byService)
        indices.reserve(std::size_t(to - from) / services);
    for (qsizetype i = from; i < to; ++i) {
        const Observation &observation = observations.at(i);
        if (observation.service < 0 || std::size_t(observation.service) >= services)
            continue;
        part.byService[std::size_t(observation.service)].push_back(std::uint32_t(i));
        const qint64 start = coverOf(observation, parameters).start;
        part.earliest = std::min(part.earliest, start);
        part.latest = std::max(part.latest, start);
    }
}

} // namespace

EpisodeFindings findEpisodes(QList<Observation> observations, int serviceCount,
                             const Period &period, const EpisodeParameters &parameters,
                             int maxThreads)
{
    const auto services = static_cast<std::size_t>(std::max(0, serviceCount));
    std::size_t threads = 1;
    if (maxThreads > 0)
        threads = std::size_t(maxThreads);
    else if (std::size_t(observations.size()) >= parallelFrom)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::max<std::size_t>(1, std::min(threads, services));

    // First the observations are split by service, a part of them on each thread; the parts
    // are then read in order, so each service sees its observations in the caller's order.
    std::vector<Part> parts(services > 0 ? threads : 0);
    runParallel(parts.size(), [&](std::size_t p) {
        parts[p].byService.resize(services);
        const qsizetype size = observations.size();
        split(observations, size * qsizetype(p) / qsizetype(parts.size()),
              size * qsizetype(p + 1) / qsizetype(parts.size()), parameters, parts[p]);
    });
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
    std::vector<std::size_t> sizes(services, 0);
    for (const Part &part : parts) {
        earliest = std::min(earliest, part.earliest);
        latest = std::max(latest, part.latest);
        for (std::size_t s = 0; s < services; ++s)
            sizes[s] += part.byService[s].size();
    }
    // The background is measured over the reports' days, bounded near the period so that a
    // stray old report does not make a grid of decades.
    if (period.from.isValid() && period.to.isValid() && period.from < period.to) {
        earliest = std::max(earliest, period.from.toMSecsSinceEpoch() - 35 * 24 * 3600000LL);
        latest = std::min(latest, period.to.toMSecsSinceEpoch() - 1);
    }
    detail::DayGrid days =
        detail::DayGrid::build(earliest, latest + 1, period.zone, period.holidays);
    days.measureProfile(observations, parameters);

    // Then the services, one at a time on each thread, the largest first so that the threads
    // end together; each service's result has its own place, so the order of the work does not
    // matter.
    std::vector<std::size_t> order(services);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    const auto busy =
        std::size_t(std::count_if(sizes.begin(), sizes.end(), [](std::size_t n) { return n > 0; }));
    std::vector<ServiceFindings> found(services);
    std::atomic<std::size_t> next{0};
    runParallel(std::max<std::size_t>(1, std::min(threads, busy)), [&](std::size_t) {
        CoverBuilder builder;
        EpisodeFinder finder(parameters, days);
        std::vector<detail::IndexRange> ranges;
        for (std::size_t n; (n = next.fetch_add(1)) < services;) {
            const std::size_t s = order[n];
            ranges.clear();
            for (const Part &part : parts) {
                const std::vector<std::uint32_t> &indices = part.byService[s];
                ranges.push_back({indices.data(), indices.data() + indices.size()});
            }
            const std::vector<detail::ReportCover> &covers =
                builder.build(observations.constData(), ranges, parameters);
            found[s].thresholds = finder.find(int(s), covers.data(), covers.data() + covers.size(),
                                              builder.installationCount(), found[s].episodes);
        }
    });

    EpisodeFindings findings;
    findings.services.reserve(qsizetype(services));
    for (ServiceFindings &service : found) {
        findings.episodes.append(std::move(service.episodes));
        findings.services.append(service.thresholds);
    }
    // Episodes of one service never overlap: (start, service) orders them completely.
    std::sort(findings.episodes.begin(), findings.episodes.end(), byStartThenService);
    return findings;
}

EpisodeAnalysis summarizeEpisodes(const EpisodeFindings &findings, int serviceCount,
                                  const Period &period, double slaTarget)
{
    EpisodeAnalysis analysis;
    serviceCount = std::max(0, serviceCount);
    const auto services = static_cast<std::size_t>(serviceCount);
    const bool validPeriod =
        period.from.isValid() && period.to.isValid() && period.from < period.to;
    const qint64 from = validPeriod ? period.from.toMSecsSinceEpoch() : 0;
    const qint64 to = validPeriod ? period.to.toMSecsSinceEpoch() : 0;

    // Clip to the period: what lies outside is not part of this analysis.
    for (Episode episode : findings.episodes) {
        if (episode.service < 0 || episode.service >= serviceCount)
            continue;
        episode.start = std::max(episode.start, from);
        episode.end = std::min(episode.end, to);
        if (episode.end <= episode.start)
            continue;
        episode.startEarliest = std::clamp(episode.startEarliest, from, episode.start);
        episode.startLatest = std::clamp(episode.startLatest, episode.start, episode.end);
        episode.endEarliest = std::clamp(episode.endEarliest, episode.startLatest, episode.end);
        episode.endLatest = std::clamp(episode.endLatest, episode.end, to);
        analysis.episodes.append(episode);
    }
    // Those that began before the period now start together.
    std::sort(analysis.episodes.begin(), analysis.episodes.end(), byStartThenService);

    const double periodMinutes = (to - from) / 60000.0;
    const double periodWorkingMinutes = workingMinutes(from, to, period.zone, period.holidays);
    analysis.holidays = holidaysIn(from, to, period.zone, period.holidays);
    std::vector<std::vector<Cover>> downtime(services);
    std::vector<std::vector<Cover>> shortest(services);
    std::vector<std::vector<Cover>> longest(services);
    analysis.services.reserve(serviceCount);
    for (int s = 0; s < serviceCount; ++s)
        analysis.services.append(ServiceAvailability{s});
    for (const Episode &episode : std::as_const(analysis.episodes)) {
        ++analysis.services[episode.service].episodes;
        const auto s = std::size_t(episode.service);
        downtime[s].push_back({episode.start, episode.end});
        shortest[s].push_back({episode.startLatest, episode.endEarliest});
        longest[s].push_back({episode.startEarliest, episode.endLatest});
    }
    for (std::size_t s = 0; s < services; ++s) {
        ServiceAvailability &service = analysis.services[qsizetype(s)];
        if (qsizetype(s) < findings.services.size()) {
            const ServiceThresholds &thresholds = findings.services.at(qsizetype(s));
            service.backgroundPerHour = thresholds.backgroundPerHour;
            service.minOverlap = thresholds.minOverlap;
            service.minInstallations = thresholds.minInstallations;
        }
        const Union down = unionOf(std::move(downtime[s]), period);
        service.downtimeMinutes = down.minutes;
        service.workingDowntimeMinutes = down.workingMinutes;
        const Union low = unionOf(std::move(shortest[s]), period);
        service.downtimeLowMinutes = low.minutes;
        service.workingDowntimeLowMinutes = low.workingMinutes;
        const Union high = unionOf(std::move(longest[s]), period);
        service.downtimeHighMinutes = high.minutes;
        service.workingDowntimeHighMinutes = high.workingMinutes;
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

EpisodeAnalysis analyzeEpisodes(QList<Observation> observations, int serviceCount,
                                const Period &period, const EpisodeParameters &parameters,
                                double slaTarget)
{
    return summarizeEpisodes(
        findEpisodes(std::move(observations), serviceCount, period, parameters), serviceCount,
        period, slaTarget);
}

} // namespace ehb::analysis
