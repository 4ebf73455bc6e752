#pragma once

#include "analysis/daygrid.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace ehb::analysis::detail {

// An end typed in a report told hours afterwards ("down from 9:00 to 9:30") is a guess on the
// quarter hour: within this much of the truth either way, mostly.
constexpr qint64 typedEndReachMs = 30 * 60000;

// What an episode's practices said about its end (EpisodeFinder::endFromClicks).
struct EndEvidence
{
    qint64 start = 0;    // the episode's start
    qint64 earliest = 0; // the last moment enough practices still said it was down
    qint64 latest = 0;   // the end is looked for up to this moment
    // "Resolved" clicks of practices that reported while it lasted, after `earliest`, ascending.
    const std::vector<qint64> *clicks = nullptr;
    // Ends typed in reports told afterwards.
    const std::vector<qint64> *typed = nullptr;
};

struct EndEstimate
{
    qint64 end = 0; // the median of what the evidence allows, to the minute
    qint64 low = 0; // its 5 % and 95 % quantiles, to 5 minutes
    qint64 high = 0;
};

// The end those words make likely, the minutes from `earliest` to `latest` (every 5 minutes,
// then each minute around the median; none after the last word's half hour) weighed by how
// practices click "resolved": a third promptly, a mean of 5 minutes of their working time after
// it works again (the day's shape of the reports, DayGrid::profile, says how many practices are
// at work: an evening's end is clicked the next morning), the rest from a minute to two days
// later (log-uniform); a click before the end is a practice's own problem resolved (rare); a
// typed end lies within typedEndReachMs of it. A priori the episode's length is scale-free
// (1 / length). nullopt when the estimate or its 5 % quantile falls in hours when fewer than half
// as many practices work as in a working hour: nobody is there to click, and the likelihood only
// says "before the next morning's clicks".
std::optional<EndEstimate> likelyEnd(const EndEvidence &evidence, const DayGrid &days);

} // namespace ehb::analysis::detail
