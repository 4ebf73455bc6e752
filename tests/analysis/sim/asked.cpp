// The GP app's "Is it back for you?": once a service has looked normal for ten minutes, the app
// asks each practice with a report of it still open, once; some answer when next at the PC.
#include "sim/simdetail.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ehb::sim::detail {

namespace {

constexpr qint64 windowMs = 30 * minuteMs; // the live level's window (analysis/livelevel.h)
constexpr qint64 quietMs = 10 * minuteMs;  // normal this long before the app asks

struct Open
{
    std::size_t observation;
    int practice;
};

// The minutes, from `from`, at which the service has looked normal for quietMs: fewer distinct
// practices in the live window than "possible" (2 + the usual number). `sends` by time.
std::vector<qint64> askMoments(const std::vector<std::pair<qint64, int>> &sends, qint64 from,
                               qint64 until, const Month &month, int service)
{
    std::vector<qint64> moments;
    std::unordered_map<int, int> inWindow;
    std::size_t added = 0;
    std::size_t removed = 0;
    qint64 normalSince = from;
    for (qint64 at = from; at <= until; at += minuteMs) {
        for (; added < sends.size() && sends[added].first <= at; ++added)
            ++inWindow[sends[added].second];
        for (; removed < added && sends[removed].first <= at - windowMs; ++removed) {
            if (--inWindow[sends[removed].second] == 0)
                inWindow.erase(sends[removed].second);
        }
        const double usual =
            std::floor(month.expectedUnrelated(service, at - windowMs, at) + 1.0 / 3);
        if (double(inWindow.size()) >= 2 + usual)
            normalSince = at + minuteMs;
        else if (at - normalSince >= quietMs)
            moments.push_back(at);
    }
    return moments;
}

} // namespace

void askIsItBack(const MonthSpec &spec, const Month &month, const Population &population,
                 const Calendar &calendar, quint64 seed, Draft &draft)
{
    const double answered = spec.reporters.askAnswered;
    if (answered <= 0)
        return;
    Rng rng(seed);
    // Per service, the reports sent while an outage lasted (not those told after its end).
    std::map<int, std::vector<Open>> openByService;
    for (std::size_t i = 0; i < draft.observations.size(); ++i) {
        const analysis::Observation &observation = draft.observations[i];
        const ObservationOrigin &origin = draft.origins[i];
        if (origin.outage < 0 ||
            (observation.endedAt && *observation.endedAt <= observation.reportedAt))
            continue;
        openByService[observation.service].push_back({i, origin.practice});
    }
    for (auto &[service, open] : openByService) {
        std::vector<std::pair<qint64, int>> sends;
        for (const Open &o : open)
            sends.emplace_back(draft.observations[o.observation].reportedAt, o.practice);
        std::sort(sends.begin(), sends.end());
        const qint64 from = sends.front().first - sends.front().first % minuteMs;
        const std::vector<qint64> moments =
            askMoments(sends, from, sends.back().first + windowMs + 2 * quietMs, month, service);
        for (const Open &o : open) {
            analysis::Observation &observation = draft.observations[o.observation];
            // Asked once the report is open and the service has been normal since.
            const auto ask =
                std::lower_bound(moments.begin(), moments.end(), observation.reportedAt + quietMs);
            if (ask == moments.end() || (observation.endedAt && *observation.endedAt <= *ask) ||
                !rng.chance(answered))
                continue;
            const Practice &practice = population.practices[std::size_t(o.practice)];
            const qint64 at =
                population.nextAtWork(practice, calendar, *ask, *ask + 4 * dayMs, rng);
            if (at < 0)
                continue;
            // It still fails when an outage of the service that this practice met lasts then.
            const TrueOutage &own = month.outages[draft.origins[o.observation].outage];
            const bool down = std::any_of(
                month.outages.begin(), month.outages.end(), [&](const TrueOutage &outage) {
                    const bool same = &outage == &own ||
                                      (own.flapGroup >= 0 && outage.flapGroup == own.flapGroup);
                    return same && outage.start <= at && at < outage.end;
                });
            const qint64 client = toSeconds(double(at + practice.clockOffsetMs));
            if (observation.endedAt && *observation.endedAt <= client)
                continue; // resolved before answering
            if (down)
                observation.confirmedAt = std::max(observation.startedAt, client);
            else {
                observation.endedAt = std::max(observation.startedAt, client);
                observation.endAnswered = spec.reporters.askMarked > 0;
            }
        }
    }
}

} // namespace ehb::sim::detail
