// The end of an episode from its practices' "resolved" clicks (endlikelihood.h; METHOD.md,
// step 6).
#include "analysis/endlikelihood.h"

#include <algorithm>
#include <cmath>

namespace ehb::analysis::detail {

namespace {

constexpr qint64 minuteMs = 60000;
constexpr double promptShare = 1.0 / 3;      // of the clicks, those minutes after the end
constexpr double promptMeanMinutes = 5;      // ... of the practice's working time
constexpr double lateLongestMinutes = 2880;  // the rest: log-uniform, a minute to 2 days
constexpr double ownProblemPerMinute = 1e-4; // a click before the end
constexpr double typedNearShare = 0.8;       // a typed end within typedEndReachMs
constexpr double typedFarPerMinute = 0.2 / 1440;
constexpr double shortestMinutes = 5; // the prior 1 / length is flat below this
constexpr double presentEnough = 0.5; // practices at work against a working hour

} // namespace

std::optional<EndEstimate> likelyEnd(const EndEvidence &evidence, const DayGrid &days)
{
    const std::vector<qint64> &clicks = *evidence.clicks;
    const std::vector<qint64> &typed = *evidence.typed;
    const qint64 from = evidence.earliest;
    const auto candidates =
        std::size_t(std::max<qint64>(1, (evidence.latest - from) / minuteMs + 1));
    qint64 last = from + qint64(candidates) * minuteMs;
    for (const qint64 click : clicks)
        last = std::max(last, click);
    // Working time from `from`, a minute at a time (the profile changes on the hour).
    const auto minutes = std::size_t((last - from) / minuteMs) + 2;
    std::vector<double> working(minutes + 1, 0);
    double presence = 0;
    for (std::size_t m = 0; m < minutes; ++m) {
        if (m % 15 == 0)
            presence = days.profile[std::size_t(days.profileSlot(from + qint64(m) * minuteMs))];
        working[m + 1] = working[m] + presence;
    }
    // A moment's working time, and the share of practices at work then.
    const auto workingAt = [&](qint64 ms, double &present) {
        const double x = double(ms - from) / double(minuteMs);
        const auto m = std::size_t(std::clamp(x, 0.0, double(minutes) - 1e-9));
        present = working[m + 1] - working[m];
        return working[m] + present * (x - double(m));
    };
    std::vector<double> clickWorking(clicks.size());
    std::vector<double> clickPresent(clicks.size());
    for (std::size_t i = 0; i < clicks.size(); ++i)
        clickWorking[i] = workingAt(clicks[i], clickPresent[i]);

    const double lateScale = (1 - promptShare) / std::log(lateLongestMinutes);
    const double ownLog = std::log(ownProblemPerMinute);
    std::vector<double> weight(candidates);
    double best = -HUGE_VAL;
    for (std::size_t k = 0; k < candidates; ++k) {
        const qint64 end = from + qint64(k) * minuteMs;
        double present = 0;
        const double endWorking = workingAt(end, present);
        const double length = double(end - evidence.start) / double(minuteMs);
        double sum = -std::log(std::max(shortestMinutes, length));
        for (std::size_t i = 0; i < clicks.size(); ++i) {
            const double after = double(clicks[i] - end) / double(minuteMs);
            if (after < 0) {
                sum += ownLog;
                continue;
            }
            const double inWork = std::max(0.0, clickWorking[i] - endWorking);
            const double prompt = promptShare * clickPresent[i] *
                                  std::exp(-inWork / promptMeanMinutes) / promptMeanMinutes;
            sum += std::log(prompt + lateScale / std::max(1.0, after));
        }
        constexpr double reach = double(typedEndReachMs) / double(minuteMs);
        for (const qint64 guess : typed) {
            const double off = std::abs(double(guess - end)) / double(minuteMs);
            sum += std::log((off <= reach ? typedNearShare / (2 * reach) : 0) + typedFarPerMinute);
        }
        weight[k] = sum;
        best = std::max(best, sum);
    }
    double total = 0;
    for (double &w : weight)
        total += (w = std::exp(w - best));
    const auto quantile = [&](double q) {
        double cumulative = 0;
        for (std::size_t k = 0; k < candidates; ++k) {
            cumulative += weight[k];
            if (cumulative >= q * total)
                return from + qint64(k) * minuteMs;
        }
        return from + qint64(candidates - 1) * minuteMs;
    };
    const EndEstimate estimate{quantile(0.5), quantile(0.05), quantile(0.95)};
    const auto atWork = [&days](qint64 ms) {
        return days.profile[std::size_t(days.profileSlot(ms))] >= presentEnough;
    };
    if (!atWork(estimate.end) || !atWork(estimate.low))
        return std::nullopt;
    return estimate;
}

} // namespace ehb::analysis::detail
