#include "analysis/livelevel.h"

#include <algorithm>

namespace ehb::analysis {

double usualInstallations(const QList<LiveCounts> &baselineWeeks)
{
    if (baselineWeeks.isEmpty())
        return 0;
    QList<int> counts;
    counts.reserve(baselineWeeks.size());
    for (const LiveCounts &week : baselineWeeks)
        counts.append(std::max(0, week.installations));
    std::sort(counts.begin(), counts.end());
    // The median: one past outage among the baseline weeks does not raise the bar.
    const qsizetype middle = counts.size() / 2;
    if (counts.size() % 2 == 1)
        return counts.at(middle);
    return (counts.at(middle - 1) + counts.at(middle)) / 2.0;
}

LiveLevel liveLevel(const LiveCounts &now, const QList<LiveCounts> &baselineWeeks,
                    const LiveParameters &parameters)
{
    const double usual = usualInstallations(baselineWeeks);
    // A single installation never raises the level, whatever the thresholds say.
    const double outageBar =
        std::max(2.0, parameters.outageInstallations + parameters.outageRatio * usual);
    const double possibleBar =
        std::max(2.0, parameters.possibleInstallations + parameters.possibleRatio * usual);
    if (now.installations >= outageBar)
        return LiveLevel::Outage;
    if (now.installations >= possibleBar)
        return LiveLevel::Possible;
    return LiveLevel::Normal;
}

QString liveLevelName(LiveLevel level)
{
    switch (level) {
    case LiveLevel::Possible:
        return QStringLiteral("possible");
    case LiveLevel::Outage:
        return QStringLiteral("outage");
    case LiveLevel::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QString liveLevelDisplayName(LiveLevel level)
{
    switch (level) {
    case LiveLevel::Possible:
        return LiveLevelText::tr("Possible problem");
    case LiveLevel::Outage:
        return LiveLevelText::tr("Outage");
    case LiveLevel::Normal:
        break;
    }
    return LiveLevelText::tr("Normal");
}

} // namespace ehb::analysis
