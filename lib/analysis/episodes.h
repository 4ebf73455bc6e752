#pragma once

#include "analysis/observation.h"
#include "analysis/workinghours.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <algorithm>

namespace ehb::analysis {

// How reports become outage episodes; METHOD.md explains each value for an analyst.
struct EpisodeParameters
{
    // A report without an end covers until this long after it was sent (or after its start,
    // when the start is later).
    qint64 graceMs = 30 * 60000;
    // Covers less than this apart belong to one cluster; holes in the agreement shorter than
    // this do not split an episode.
    qint64 mergeGapMs = 15 * 60000;
    // Distinct installations an episode needs: a single practice never makes one.
    int minInstallations = 3;
    // A moment counts as down only when at least this many distinct installations' covers
    // overlap there: one early "since" or one late "resolved" click does not move an edge.
    // Holes up to mergeGap inside such a stretch are bridged.
    int minOverlap = 2;
    // The edges of a stretch then move in to the first and last moment at which at least this
    // fraction of the stretch's peak (installations down at once) agree, so that in a large
    // outage a handful of early "since" choices or stragglers cannot stretch it. 0: off.
    double peakFraction = 0.25;
    // The start and the end are then placed from the reports a tenth of the way in from each
    // side (at least minOverlap): run back (forward) at the pace of the next as many.
    double edgeFraction = 0.1;
    // Reports come up to about this long after the failure they report (sent a minute or two
    // later, clocks a few minutes off): at the end, as many as come in this long at the last
    // reports' pace are not yet evidence that it still failed.
    qint64 lateSendMs = 3 * 60000;
    // "Resolved" clicks: an episode ends at the latest when minOverlap installations have
    // clicked "resolved" after the last moment at which as many installations as an episode
    // moment needs still reported it down. Always on; it only ever shortens.
    // A single report never covers more than this: a "resolved" clicked a day later is cut
    // back (the end moves), a report started long before it was sent is cut to the newest part.
    qint64 maxCoverMs = 12 * 3600000LL;
    // "Resolved" clicks set the end only when they come within this long of the last moment
    // enough installations still reported it down: a working day, since practices often report
    // a long outage only in its first minutes; clicked the next morning, they say nothing about
    // when an evening outage ended.
    qint64 clickReachMs = 8 * 3600000LL;
    // "Resolved now" answered to the app's "Is it back for you?" (Observation::endAnswered) is
    // no click: the end lies where the practices' last words switch from "down" to "resolved
    // now", when at least minOverlap answered "still failing", and the two words around the
    // switch are at most this far apart (over a night nobody answers).
    qint64 answerGapMs = 3600000;
    // Two outages a merge gap apart leave a dip of a few minutes in the reports sent between
    // them: a stretch is cut where the reports sent in half a merge gap are so few that the
    // pace on both sides (each over a merge gap, at least dipMinReports) gives that few with a
    // chance under dipChance (Poisson). 0 turns it off.
    double dipChance = 0.001;
    int dipMinReports = 3;
    // Unrelated reports (practices' own local problems) overlap by chance where a service gets
    // many; minOverlap and minInstallations then rise to the number of installations down at
    // once that chance alone reaches at most this many times per service and year (METHOD.md,
    // step 9). 0 turns it off.
    double chanceLevel = 0.5;
    // ... measured only when the reports span at least this many weekdays.
    int backgroundMinWeekdays = 5;
    // A few practices first sending a report within this window, more than chance brings
    // together then (a fifth of chanceLevel), make an episode even where the covers of
    // unrelated reports pile up above them (0 turns it off).
    qint64 burstWindowMs = 30 * 60000;
    // The end from the practices' "resolved" clicks and typed ends as the median of what they
    // make likely (endlikelihood.h), where at least minInstallations of them spoke and
    // minOverlap agree near that end; off: clicks that come together only (METHOD.md, step 6).
    bool likelyEnds = true;
};

struct Episode
{
    int service = 0;
    qint64 start = 0; // UTC ms, clipped to the period
    qint64 end = 0;
    qint64 minutes() const { return (end - start + 30000) / 60000; }
    int reports = 0;           // reports behind the episode (also outside the period)
    int installations = 0;     // distinct installations behind it
    int peakInstallations = 0; // most distinct installations down at the same moment
    // How far the evidence lets each edge move (UTC ms, clipped like start and end):
    // startEarliest <= start <= startLatest and endEarliest <= end <= endLatest.
    qint64 startEarliest = 0;
    qint64 startLatest = 0;
    qint64 endEarliest = 0;
    qint64 endLatest = 0;
    // The shortest and the longest the edges' ranges allow.
    qint64 minutesLow() const
    {
        return std::max<qint64>(0, endEarliest - startLatest + 30000) / 60000;
    }
    qint64 minutesHigh() const { return (endLatest - startEarliest + 30000) / 60000; }
};

// [from, to): UTC instants; zone and holidays decide the working hours (and, in findEpisodes,
// which days the usual rate of unrelated reports is measured on).
struct Period
{
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
    HolidayCalendar holidays = {}; // Belgium's federal public holidays unless told more
};

struct ServiceAvailability
{
    int service = 0;
    int episodes = 0;
    double downtimeMinutes = 0;
    double availability = 1;
    double workingDowntimeMinutes = 0;
    double workingAvailability = 1;
    // The downtime's range: the union of the episodes' shortest and of their longest extents
    // (Episode::startLatest to endEarliest, startEarliest to endLatest), in all and in working
    // hours.
    double downtimeLowMinutes = 0;
    double downtimeHighMinutes = 0;
    double workingDowntimeLowMinutes = 0;
    double workingDowntimeHighMinutes = 0;
    // Both the availability over the whole period and the one over working hours reach the
    // SLA target.
    bool meetsSla = true;
    // The usual rate of unrelated reports (distinct installations per working hour) and the
    // thresholds it led to for this service (see EpisodeParameters::chanceLevel).
    double backgroundPerHour = 0;
    int minOverlap = 0;
    int minInstallations = 0;
};

struct EpisodeAnalysis
{
    QList<Episode> episodes;             // by start, then service
    QList<ServiceAvailability> services; // one per service index 0..serviceCount-1
    // The holidays among the period's local days, in date order (also those on a weekend):
    // the working hours leave them out.
    QList<QDate> holidays;
};

// A report's cover: [start, end) in UTC ms, the time it says the service was down.
struct Cover
{
    qint64 start = 0;
    qint64 end = 0;
};
Cover coverOf(const Observation &observation, const EpisodeParameters &parameters);

// What one service's analysis used, after its background was measured.
struct ServiceThresholds
{
    double backgroundPerHour = 0; // distinct installations with unrelated reports, per hour
    int minOverlap = 0;
    int minInstallations = 0;
};

// What the search found, before it is cut to a period.
struct EpisodeFindings
{
    QList<Episode> episodes;           // not clipped; by start, then service
    QList<ServiceThresholds> services; // one per service index 0..serviceCount-1
};

// The expensive half: finds the episodes in all the observations (give a few days before the
// period, so that one may begin before it). Observations with a service outside
// 0..serviceCount-1 are ignored. The result depends on the observations, the zone, the
// holidays, the parameters and on [period.from, period.to) only as the bounds of the day grid
// the background rate is measured on (the days of the reports, at most 35 days before `from`,
// before `to`): not on an SLA target nor on the time of the call, so it can be cached.
// The services are searched on up to `maxThreads` threads: 0 chooses (at most
// std::thread::hardware_concurrency(), one for small inputs), 1 runs on the calling thread;
// the result is the same whatever the number.
EpisodeFindings findEpisodes(QList<Observation> observations, int serviceCount,
                             const Period &period, const EpisodeParameters &parameters = {},
                             int maxThreads = 0);

// The cheap half: the findings cut to [period.from, period.to), with downtime, availability,
// working hours (without period.holidays) and the SLA. `period` may end before the one given to
// findEpisodes (a period in progress is summarized up to now).
EpisodeAnalysis summarizeEpisodes(const EpisodeFindings &findings, int serviceCount,
                                  const Period &period, double slaTarget = 0.999);

// Both halves: summarizeEpisodes(findEpisodes(observations, serviceCount, period, parameters),
// serviceCount, period, slaTarget).
EpisodeAnalysis analyzeEpisodes(QList<Observation> observations, int serviceCount,
                                const Period &period, const EpisodeParameters &parameters = {},
                                double slaTarget = 0.999);

} // namespace ehb::analysis
