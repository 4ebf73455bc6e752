// Unrelated reports: practices' own local problems (their internet, their PC, a one-off error),
// an inhomogeneous Poisson process that follows when GPs work.
#include "sim/simdetail.h"

#include <algorithm>

namespace ehb::sim::detail {

namespace {

qint64 floorTo(qint64 ms, qint64 step)
{
    return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step;
}

// One local problem of `practice`, first reported at the true time `at`.
void localProblem(int service, int practiceIndex, const Practice &practice, qint64 at, int event,
                  const BackgroundSpec &spec, Rng &rng, Draft &draft)
{
    // The times of its reports: most once, some again within 90 minutes, a few keep reporting
    // for hours (twenty reports of one practice are still one practice).
    std::vector<qint64> sent{at};
    int more = 0;
    qint64 span = 90 * minuteMs;
    if (rng.chance(spec.repeatShare)) {
        more = 1 + int(rng.bounded(3));
    } else if (rng.chance(spec.persistentShare / std::max(1e-9, 1 - spec.repeatShare))) {
        more = 4 + int(rng.bounded(12));
        span = qint64(rng.between(1, 4) * double(hourMs));
    }
    for (int i = 0; i < more; ++i)
        sent.push_back(at + 3 * minuteMs + rng.bounded(span));
    std::sort(sent.begin(), sent.end());
    std::optional<qint64> resolved;
    if (rng.chance(spec.resolvedClicked))
        resolved = std::max(sent.back() + 5 * minuteMs,
                            at + qint64(rng.logUniform(5, 240) * double(minuteMs)));

    for (std::size_t i = 0; i < sent.size(); ++i) {
        const qint64 reported = toSeconds(double(sent[i] + practice.clockOffsetMs));
        qint64 started = reported;
        const double choice = rng.uniform();
        if (i > 0)
            started = choice < 0.7 ? reported : reported - 15 * minuteMs;
        else if (choice < 0.55)
            started = reported;
        else if (choice < 0.75)
            started = reported - 15 * minuteMs;
        else if (choice < 0.85)
            started = reported - 30 * minuteMs;
        else if (choice < 0.9)
            started = reported - hourMs;
        else // typed: some time in the last two hours, on a multiple of 5 minutes
            started = floorTo(reported - rng.bounded(120 * minuteMs), 5 * minuteMs);
        analysis::Observation observation;
        observation.service = service;
        observation.installationKey = practice.key;
        observation.startedAt = started;
        observation.reportedAt = reported;
        if (resolved && i + 1 == sent.size())
            observation.endedAt =
                std::max(started, toSeconds(double(*resolved + practice.clockOffsetMs)));
        draft.observations.push_back(observation);
        draft.origins.push_back({-1, event, practiceIndex});
    }
}

} // namespace

void generateBackground(int service, const ServiceModel &model, const Population &population,
                        const Calendar &calendar, const std::vector<double> &weighted,
                        const BackgroundSpec &spec, Rng &rng, Draft &draft, int &events)
{
    const std::vector<double> &cumulative = population.pronenessCumulative;
    if (cumulative.empty())
        return;
    for (int slot = 0; slot < calendar.slotCount(); ++slot) {
        // Local problems per slot: Poisson, rate x the weighted share of practices at work.
        const double mean = model.perHourAllAtWork * weighted[std::size_t(slot)] *
                            double(Month::slotMs) / double(hourMs);
        const int count = rng.poisson(mean);
        for (int i = 0; i < count; ++i) {
            const qint64 at =
                calendar.slotStart(slot) + toSeconds(double(rng.bounded(Month::slotMs)));
            // A practice by proneness, kept with the chance that it is at work: together the
            // chance is proportional to proneness x activity, as the rate assumed.
            int chosen = 0;
            for (int attempt = 0; attempt < 100000; ++attempt) {
                const double u = rng.uniform() * cumulative.back();
                chosen = int(std::upper_bound(cumulative.begin(), cumulative.end(), u) -
                             cumulative.begin());
                chosen = std::min(chosen, int(cumulative.size()) - 1);
                if (rng.chance(population.activity(population.practices[std::size_t(chosen)],
                                                   calendar, slot)))
                    break;
            }
            localProblem(service, chosen, population.practices[std::size_t(chosen)], at, events++,
                         spec, rng, draft);
        }
    }
}

} // namespace ehb::sim::detail
