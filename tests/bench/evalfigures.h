#pragma once

// eval_episodes: the bands, tolerances and errors the tables and the summary share.
#include "benchfigures.h"
#include "evalmatch.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ehb::bench::eval {

inline QStringList reporterBands()
{
    return {QStringLiteral("<5"),    QStringLiteral("5-9"),     QStringLiteral("10-29"),
            QStringLiteral("30-99"), QStringLiteral("100-299"), QStringLiteral(">=300")};
}

inline int reporterBand(int reporters)
{
    return reporters < 5     ? 0
           : reporters < 10  ? 1
           : reporters < 30  ? 2
           : reporters < 100 ? 3
           : reporters < 300 ? 4
                             : 5;
}

inline QStringList durationBands()
{
    return {QStringLiteral("<10 min (cut)"), QStringLiteral("10-30 min"),
            QStringLiteral("30-120 min"), QStringLiteral("2-8 h")};
}

inline int durationBand(double minutes)
{
    return minutes < 10 ? 0 : minutes < 30 ? 1 : minutes < 120 ? 2 : 3;
}

// The tolerance the union needs: max(10 %, 10 min).
inline bool withinTolerance(double estimated, double truth)
{
    return std::abs(estimated - truth) <= std::max(0.1 * truth, 10.0);
}

inline QString pct(double part, double whole)
{
    return whole > 0 ? fixed(100.0 * part / whole, 1) + QStringLiteral(" %") : QStringLiteral("-");
}

inline QString share(double value)
{
    return fixed(100.0 * value, 1) + QStringLiteral(" %");
}

inline double mean(const QList<double> &values)
{
    double sum = 0;
    for (const double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

inline QList<double> absolute(QList<double> values)
{
    for (double &v : values)
        v = std::abs(v);
    return values;
}

// Episode minutes attributed to the outage - its true minutes (both within the month).
inline double errorOf(const OutageRecord &o)
{
    return o.matchedMinutes - o.minutes;
}

inline double startError(const OutageRecord &o)
{
    return double(o.matchedStart - o.start) / double(sim::minuteMs);
}

inline double endError(const OutageRecord &o)
{
    return double(o.matchedEnd - o.end) / double(sim::minuteMs);
}

// The ranges are judged on the outages matched by episodes of their own (not merged) whose
// edges the month did not cut: the same outages the start and end errors leave in.
inline bool rangeJudged(const OutageRecord &o)
{
    return o.hasRange && !o.startClipped && !o.endClipped;
}

// Where the truth lies against a range [low, high]: -1 before it, 0 inside (bounds included),
// 1 after it. Minutes are compared to a millionth, against rounding in the sums.
inline int sideOf(double truth, double low, double high)
{
    constexpr double epsilon = 1e-6;
    return truth < low - epsilon ? -1 : truth > high + epsilon ? 1 : 0;
}

inline int startSide(const OutageRecord &o)
{
    return o.start < o.startEarliest ? -1 : o.start > o.startLatest ? 1 : 0;
}

inline int endSide(const OutageRecord &o)
{
    return o.end < o.endEarliest ? -1 : o.end > o.endLatest ? 1 : 0;
}

inline int minutesSide(const OutageRecord &o)
{
    return sideOf(o.minutes, o.lowMinutes, o.highMinutes);
}

// How far the truth lies outside the range, minutes (0 inside).
inline double outsideBy(qint64 truth, qint64 low, qint64 high)
{
    return double(truth < low    ? low - truth
                  : truth > high ? truth - high
                                 : 0) /
           double(sim::minuteMs);
}

inline double startWidth(const OutageRecord &o)
{
    return double(o.startLatest - o.startEarliest) / double(sim::minuteMs);
}

inline double endWidth(const OutageRecord &o)
{
    return double(o.endLatest - o.endEarliest) / double(sim::minuteMs);
}

// The minutes' range (high - low) relative to the true minutes.
inline double minutesWidthRelative(const OutageRecord &o)
{
    return o.minutes > 0 ? (o.highMinutes - o.lowMinutes) / o.minutes : 0;
}

} // namespace ehb::bench::eval
