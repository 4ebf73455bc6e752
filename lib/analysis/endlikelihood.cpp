// The end of an episode from its practices' "resolved" clicks (endlikelihood.h; METHOD.md,
// step 6).
#include "analysis/endlikelihood.h"

#include <algorithm>
#include <array>
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
constexpr double presentEnough = 0.5;
constexpr qint64 coarseMinutes = 5; // practices at work against a working hour

// Beyond this much working time after the end, a prompt click's density (e^-12 of its
// greatest) is under a thousandth of the late ones' at two days.
constexpr double promptReachMinutes = 12 * promptMeanMinutes;

// log(max(1, minutes)), to the whole minute up to 8192 (a click two days late moves it by
// under 1/2880): the weights' inner loop.
double logOfMinutes(double minutes)
{
    static const std::array<double, 8192> table = [] {
        std::array<double, 8192> logs{};
        for (std::size_t i = 1; i < logs.size(); ++i)
            logs[i] = std::log(double(i));
        return logs;
    }();
    if (minutes < 1)
        return 0;
    return minutes < double(table.size()) ? table[std::size_t(minutes)] : std::log(minutes);
}

} // namespace

std::optional<EndEstimate> likelyEnd(const EndEvidence &evidence, const DayGrid &days)
{
    const std::vector<qint64> &clicks = *evidence.clicks;
    const std::vector<qint64> &typed = *evidence.typed;
    const qint64 from = evidence.earliest;
    qint64 last = std::max(from, evidence.latest) + minuteMs;
    for (const qint64 click : clicks)
        last = std::max(last, click);
    // Working time from `from`, a minute at a time (the profile read every quarter of an hour).
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
    const double lateLog = std::log(lateScale);
    constexpr double typedReach = double(typedEndReachMs) / double(minuteMs);
    const double typedNearLog = std::log(typedNearShare / (2 * typedReach) + typedFarPerMinute);
    const double typedFarLog = std::log(typedFarPerMinute);
    const auto logWeight = [&](qint64 end) {
        double present = 0;
        const double endWorking = workingAt(end, present);
        const double length = double(end - evidence.start) / double(minuteMs);
        double sum = -logOfMinutes(std::max(shortestMinutes, length));
        // The clicks (ascending) before the end: each a practice's own problem.
        const auto firstAfter = std::lower_bound(clicks.begin(), clicks.end(), end);
        sum += double(firstAfter - clicks.begin()) * ownLog;
        for (auto i = std::size_t(firstAfter - clicks.begin()); i < clicks.size(); ++i) {
            const double after = double(clicks[i] - end) / double(minuteMs);
            const double inWork = std::max(0.0, clickWorking[i] - endWorking);
            if (inWork >= promptReachMinutes) { // the prompt share is nothing beside the late
                sum += lateLog - logOfMinutes(after);
                continue;
            }
            const double prompt = promptShare * clickPresent[i] *
                                  std::exp(-inWork / promptMeanMinutes) / promptMeanMinutes;
            sum += std::log(prompt + lateScale / std::max(1.0, after));
        }
        for (const qint64 guess : typed)
            sum += std::abs(double(guess - end)) <= double(typedEndReachMs) ? typedNearLog
                                                                            : typedFarLog;
        return sum;
    };
    // Every coarseMinutes first (each standing for as many minutes around it), then each
    // minute around the coarse median; after the last word, every click would be before the
    // end, so the weights stop a merge gap later.
    qint64 lastWord = from;
    for (const qint64 word : clicks)
        lastWord = std::max(lastWord, word);
    for (const qint64 word : typed)
        lastWord = std::max(lastWord, word);
    const qint64 until = std::min(evidence.latest, lastWord + typedEndReachMs);
    constexpr qint64 coarseMs = coarseMinutes * minuteMs;
    const auto coarse = std::size_t((until - from) / coarseMs + 1);
    std::vector<double> weight(coarse);
    double best = -HUGE_VAL;
    for (std::size_t k = 0; k < coarse; ++k)
        best = std::max(best, weight[k] = logWeight(from + qint64(k) * coarseMs));
    double total = 0;
    for (double &w : weight)
        total += (w = std::exp(w - best));
    // The coarse step where the cumulative weight reaches q.
    const auto step = [&](double q) {
        double before = 0;
        for (std::size_t k = 0; k < coarse; ++k) {
            if (before + weight[k] >= q * total)
                return k;
            before += weight[k];
        }
        return coarse - 1;
    };
    const std::size_t middle = step(0.5);
    // Around the coarse median (its step and one on each side), every minute: the weights peak
    // within minutes of prompt clicks, which a coarse step samples badly. The steps outside
    // keep their coarse weight (each as many minutes), those inside are replaced by minutes.
    const std::size_t lowStep = middle > 0 ? middle - 1 : 0;
    const std::size_t highStep = std::min(coarse - 1, middle + 1);
    const qint64 first = from + qint64(lowStep) * coarseMs;
    const qint64 lastFine =
        std::min(until, from + qint64(highStep) * coarseMs + coarseMs - minuteMs);
    std::vector<double> fine;
    for (qint64 at = first; at <= lastFine; at += minuteMs)
        fine.push_back(std::exp(logWeight(at) - best));
    double outside = 0;
    for (std::size_t k = 0; k < coarse; ++k)
        outside += k < lowStep || k > highStep ? weight[k] * double(coarseMinutes) : 0;
    double inside = 0;
    for (const double w : fine)
        inside += w;
    double cumulative = 0;
    for (std::size_t k = 0; k < lowStep; ++k)
        cumulative += weight[k] * double(coarseMinutes);
    const double half = 0.5 * (outside + inside);
    qint64 median = lastFine;
    if (cumulative >= half) {
        median = first;
    } else {
        for (std::size_t m = 0; m < fine.size(); ++m) {
            cumulative += fine[m];
            if (cumulative >= half) {
                median = first + qint64(m) * minuteMs;
                break;
            }
        }
    }
    // The quantiles of the range: the edges of their coarse steps.
    const qint64 low = from + qint64(step(0.05)) * coarseMs - coarseMs / 2;
    const qint64 high = from + qint64(step(0.95)) * coarseMs + coarseMs / 2;
    const EndEstimate estimate{median, std::clamp(low, from, median),
                               std::clamp(high, median, std::max(median, until))};
    const auto atWork = [&days](qint64 ms) {
        return days.profile[std::size_t(days.profileSlot(ms))] >= presentEnough;
    };
    if (!atWork(estimate.end) || !atWork(estimate.low))
        return std::nullopt;
    return estimate;
}

} // namespace ehb::analysis::detail
