#pragma once

// eval_episodes: one simulated month's episodes set against its true outages.
#include "analysis/episodes.h"
#include "sim/outagesim.h"

#include <QList>
#include <QString>

namespace ehb::bench::eval {

// An episode matches an outage of its service when they overlap once the outage is widened by
// this on both sides (clock offsets, a few minutes of rounding).
constexpr qint64 matchSlackMs = 15 * sim::minuteMs;

// A true outage with some part in the month, and what the episodes made of it.
struct OutageRecord
{
    quint64 seed = 0;
    int monthIndex = 0;
    QString month;  // yyyy-MM
    int outage = 0; // index into Month::outages
    int service = 0;
    sim::OutageKind kind = sim::OutageKind::Ordinary;
    qint64 start = 0; // clipped to the month
    qint64 end = 0;
    bool startClipped = false;
    bool endClipped = false;
    double minutes = 0;        // in the month
    double workingMinutes = 0; // Mon-Fri 08:00-18:00 in the month
    bool pastSix = false;      // runs past 18:00 on a weekday
    int reporters = 0;
    int first30 = 0;
    bool eligible = false;
    bool regional = false;
    int flapGroup = -1;
    // What the episodes said: how many match it, whether one of them matches another outage
    // too (merge), and the part of the episodes attributed to it.
    int episodes = 0;
    bool merged = false;
    double matchedMinutes = 0;
    double matchedWorkingMinutes = 0;
    qint64 matchedStart = 0;
    qint64 matchedEnd = 0;
    // The range the episodes give it (UTC ms, clipped to the month like the episodes), when found
    // and not merged. Split (several episodes): the start from the earliest startEarliest to the
    // earliest startLatest, the end from the latest endEarliest to the latest endLatest; the
    // minutes low is the union of the episodes' shortest extents (startLatest to endEarliest,
    // as the service-month low counts them: the gaps between the episodes are not counted), the
    // minutes high from the earliest startEarliest to the latest endLatest (the gaps counted).
    bool hasRange = false;
    qint64 startEarliest = 0;
    qint64 startLatest = 0;
    qint64 endEarliest = 0;
    qint64 endLatest = 0;
    double lowMinutes = 0;
    double highMinutes = 0;
    bool found() const { return episodes > 0; }
};

struct EpisodeRecord
{
    analysis::Episode episode;
    QList<int> outages; // indices into Month::outages
};

struct ServiceMonth
{
    int service = 0;
    double trueMinutes = 0; // in the month
    double episodeMinutes = 0;
    int outages = 0; // with a part in the month
    bool allEligible = true;
    int falseEpisodes = 0;
    double falseMinutes = 0;
    int mergedOutages = 0;         // of its outages, those an episode shares with another
    double trueWorkingMinutes = 0; // Mon-Fri 08-18
    double episodeWorkingMinutes = 0;
    // The analysis's downtime range (ServiceAvailability::downtimeLow/HighMinutes; false
    // episodes count in it too), in all and in working hours.
    double lowMinutes = 0;
    double highMinutes = 0;
    double workingLowMinutes = 0;
    double workingHighMinutes = 0;
    bool trueMeetsSla = true;   // both availabilities >= 99.9 %
    bool meetsSla = true;       // as the analysis said
    double perHourAtPeak = 0;   // the simulated background rate
    double measuredPerHour = 0; // what the analysis measured
    int minOverlap = 0;
    int minInstallations = 0;
};

struct MonthResult
{
    quint64 seed = 0;
    int index = 0;
    bool background = false;
    int observations = 0;
    double analysisMs = 0;
    QList<OutageRecord> outages;
    QList<EpisodeRecord> episodes;
    QList<ServiceMonth> services;
    int merges = 0; // episodes matching two outages or more
    int splits = 0; // outages matched by two episodes or more
};

// The observations the server would read for the month: started in [from - 7 days, to).
QList<analysis::Observation> serverView(const sim::Month &month);

MonthResult evaluateMonth(const sim::Month &month, const analysis::EpisodeAnalysis &analysis);

} // namespace ehb::bench::eval
