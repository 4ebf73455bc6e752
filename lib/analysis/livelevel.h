#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ehb::analysis {

// How a service looks right now, from the reports of the last window (docs/architecture.md,
// "Analysis").
enum class LiveLevel
{
    Normal,
    Possible,
    Outage
};

// Reports and distinct installations in one window.
struct LiveCounts
{
    int reports = 0;
    int installations = 0;
};

// The level compares distinct installations now with the usual number for the same window (same
// weekday and time of day) in the previous weeks: usual = the median of the baseline weeks.
//   outage   when installations >= outageInstallations + outageRatio * usual
//   possible when installations >= possibleInstallations + possibleRatio * usual
// With a quiet baseline (usual 0) that is 3 practices for "outage" and 2 for "possible"; one
// practice, however many reports it sends, never raises the level.
struct LiveParameters
{
    int windowMinutes = 30; // the window, for the caller (the server counts the reports)
    int baselineWeeks = 4;  // how many previous weeks the caller counts
    int possibleInstallations = 2;
    double possibleRatio = 1.0;
    int outageInstallations = 3;
    double outageRatio = 2.0;
};

// The usual number of installations: the median of the baseline weeks (0 without any).
double usualInstallations(const QList<LiveCounts> &baselineWeeks);

LiveLevel liveLevel(const LiveCounts &now, const QList<LiveCounts> &baselineWeeks,
                    const LiveParameters &parameters = {});

// The API key: "normal", "possible" or "outage" (not translated).
QString liveLevelName(LiveLevel level);
// The level for people, translated.
QString liveLevelDisplayName(LiveLevel level);

// For tr() in liveLevelDisplayName.
class LiveLevelText
{
    Q_DECLARE_TR_FUNCTIONS(LiveLevelText)
};

} // namespace ehb::analysis
