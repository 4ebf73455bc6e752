#pragma once

#include "analysis/daygrid.h"
#include "analysis/episodes.h"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace ehb::analysis::detail {

// One report reduced to what the finder needs. Everything works on plain numbers in arrays
// reused from one service to the next: a year holds about a million reports, so nothing is
// allocated per report.
struct ReportCover
{
    qint64 start;
    qint64 end;
    qint64 firstDown; // the earliest moment the report itself says it was down (see coverOf)
    qint64 lastDown;  // the latest: its send, or the GP's "still failing" after it
    qint64 resolved;  // its end when the GP gave one, else noTime
    qint64 sent;      // when it was sent, if while it was down (not told hours later), else noTime
    qint64 answered;  // "Resolved now", answered when the app asked, else noTime
    int installation; // a dense number among its service's installations (CoverBuilder)
    int service;
};

constexpr qint64 noTime = std::numeric_limits<qint64>::min();

ReportCover reportCover(const Observation &observation, const EpisodeParameters &parameters,
                        int installation);

using Thresholds = ServiceThresholds;

// The least k + 1 with P(X >= k + 1) <= level, X Poisson with this mean (chancebars.cpp).
int poissonBar(double mean, double level);

// The bars per hour of the week (DayGrid profile slots) that chance reaches at most `budget`
// times a year, for reports starting at perHour an hour and each counted windowHours
// (chancebars.cpp).
std::array<int, DayGrid::profileSlots>
chanceBars(const std::array<double, DayGrid::profileSlots> &perHour,
           const std::array<double, DayGrid::profileSlots> &hoursPerYear, double windowHours,
           double budget, int floor);

// Finds the episodes of one service at a time; reusable across services, not across threads.
class EpisodeFinder
{
public:
    EpisodeFinder(const EpisodeParameters &parameters, const DayGrid &days);

    // The episodes of one service from its covers, sorted by start, whose installations are
    // numbered 0..installationCount-1, appended to out.
    Thresholds find(int service, const ReportCover *begin, const ReportCover *end,
                    int installationCount, QList<Episode> &out);

private:
    // One installation's overlapping covers merged: the depth of a sweep over spans is then the
    // number of distinct installations down at that moment, however many reports each sent.
    struct Span
    {
        qint64 start;
        qint64 end;
        qint64 firstDown; // the earliest moment one of its reports says it was down
        qint64 lastDown;
        qint64 resolved;  // noTime unless its latest "resolved" came after its last report
        qint64 firstSent; // its first and last reports sent while down (noTime: none)
        qint64 lastSent;
        qint64 answered; // its latest "resolved now" answer (noTime: none)
        int installation;
        int reports;
    };
    // The number of installations down from `at` until the next step.
    struct Step
    {
        qint64 at;
        int depth;
    };
    // A stretch where enough installations agree, with holes up to the merge gap closed.
    struct Piece
    {
        qint64 start;
        qint64 end;
        int peak = 0;
        std::size_t firstStep = 0; // m_steps[firstStep, lastStep] span the stretch
        std::size_t lastStep = 0;
        int needed = 0;    // installations down at once that its edges needed
        int threshold = 0; // installations down at once it needs at its start (neededAt)
        int ownPeak = 0;   // the most down at once among its own spans
        // Spans touching this window are the evidence behind the piece (see countEvidence).
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        int reports = 0;
        int installations = 0;
        // What the evidence allows for the edges (Episode::startEarliest and the others).
        qint64 startEarliest = 0;
        qint64 startLatest = 0;
        qint64 endEarliest = 0;
        qint64 endLatest = 0;
        // A burst's piece (addBurstPieces) ends by then at the latest: its practices' last words.
        qint64 endBound = noTime;
        bool burst = false; // a burst of first reports lies in it (addBurstPieces)
    };
    // What one installation's spans near a piece say, for the end rule.
    struct Statement
    {
        int piece;
        int installation;
        qint64 start;
        qint64 end;
        qint64 firstDown;
        qint64 lastDown;
        qint64 resolved;
        qint64 confirmed;
        qint64 answered;
        bool live; // one of its reports was sent while it lasted
    };

    int mark(int installation, int stamp);
    Thresholds measureBackground();
    void measureBars(double workingRate, double spanHours);
    void mergePerInstallation(const ReportCover *begin, const ReportCover *end);
    void findInCluster(int service, std::size_t first, std::size_t last, QList<Episode> &out);
    void buildSteps(std::size_t first, std::size_t last);
    void sortByEnd();
    void collectPieces();
    void addBurstPieces(std::size_t first, std::size_t last);
    void addBurstPiece(std::size_t first, std::size_t last, qint64 firstSend, qint64 lastSend);
    void clampToBound(Piece &piece) const;
    void splitAtDips(std::size_t first, std::size_t last);
    Piece pieceOfSteps(std::size_t firstStep, std::size_t lastStep) const;
    void trimToPeakFraction(Piece &piece) const;
    void countEvidence(std::size_t first, std::size_t last);
    void applyResolvedClicks(std::size_t first);
    qint64 answersSwitch(qint64 stillDown, std::size_t confirmations);
    qint64 endFromClicks(qint64 start, qint64 stillDown, qint64 paced,
                         std::vector<qint64>::const_iterator liveAfter);
    void setEdgeRanges(Piece &piece, std::size_t edge, qint64 stillDown, qint64 endLead,
                       qint64 working);
    template <typename Order>
    qint64 paceLead(std::vector<qint64> &times, std::size_t k, Order order) const;

    const EpisodeParameters &m_parameters;
    const DayGrid &m_days;
    Thresholds m_thresholds;
    // Installations down at once that chance reaches too rarely, per profile slot, and the
    // least of them.
    std::array<int, DayGrid::profileSlots> m_overlapAt{};
    int m_leastOverlap = 1;
    int neededAt(qint64 ms) const { return m_overlapAt[std::size_t(m_days.profileSlot(ms))]; }
    int detectedAt(qint64 ms) const { return m_detectAt[std::size_t(m_days.profileSlot(ms))]; }
    // Practices first sending within burstWindow that chance brings together too rarely, per
    // profile slot (addBurstPieces); off until the background is measured.
    std::array<int, DayGrid::profileSlots> m_burstAt{};
    // Installations down at once that chance reaches at most its share of chanceLevel a year
    // (the moments' bar above stays for the edges); a piece below it needs a burst.
    std::array<int, DayGrid::profileSlots> m_detectAt{};
    bool m_burstsOn = false;
    int m_leastBurst = 2;
    std::vector<qint64> m_burstSends; // the cluster's spans' first sends, ascending
    std::vector<std::pair<qint64, int>> m_burstEdges;
    std::vector<qint64> m_burstLast;
    std::vector<int> m_slotCounts;
    std::vector<qint64> m_lengths;
    std::vector<int> m_stamp; // per installation: the last cluster or piece it was counted in
    std::vector<qint64> m_seenLastDown; // per installation, for the piece at hand
    std::vector<qint64> m_seenFirstDown;
    std::vector<qint64> m_seenStart;
    std::vector<qint64> m_seenResolved;
    std::vector<qint64> m_seenConfirmed;
    std::vector<qint64> m_seenAnswered;
    std::vector<char> m_seenLive;
    std::vector<int> m_open;       // per installation: its latest span (index in m_spans), or -1
    std::vector<qint64> m_openEnd; // per installation: the end of that span
    std::vector<int> m_lastSlot;   // per installation: the last working hour it was counted in
    int m_stampValue = 0;
    std::vector<Span> m_spans;
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends; // the pieces' ends, each piece's ascending
    struct SpanEnd
    {
        qint64 end;
        std::size_t span; // index in m_spans
    };
    std::vector<SpanEnd> m_endOrder; // the cluster's spans by end
    std::vector<SpanEnd> m_endBuffer;
    std::vector<int> m_pieceOf; // per span of the cluster: the piece it is evidence for, or -1
    std::vector<std::size_t> m_pieceEndsAt; // per piece: where its ends begin in m_ends
    std::vector<std::size_t> m_pieceCursor;
    std::vector<Step> m_steps;
    std::vector<Piece> m_pieces;
    std::vector<Statement> m_statements;
    std::vector<int> m_seen; // installations of the piece at hand
    std::vector<qint64> m_times;
    std::vector<qint64> m_clicks;
    std::vector<qint64> m_liveClicks;
    std::vector<qint64> m_endClicks; // endFromClicks: live clicks after the end's evidence
    std::vector<qint64> m_typedEnds; // ... and ends typed afterwards
    std::vector<std::pair<qint64, qint64>> m_agreeSpans; // the ends each of those words agrees with
    std::vector<std::pair<qint64, int>> m_agreeEdges;    // ... as a sweep's steps
    std::vector<std::pair<qint64, bool>> m_answers;      // (when, "resolved now")
    qint64 m_answerBound = noTime; // the n-th "resolved now" after the end's evidence
    std::vector<qint64> m_firsts;
    std::vector<qint64> m_sends;
    std::vector<Piece> m_splitPieces;
};

// How far the edge lies beyond the k-th of `times` in `order` (the k-th earliest report for
// the start, the k-th latest "still down" for the end): as far as the k-th lies from the
// (2k)-th, the pace of the reports run on linearly; within [1 min, grace].
template <typename Order>
qint64 EpisodeFinder::paceLead(std::vector<qint64> &times, std::size_t k, Order order) const
{
    const std::size_t m = std::min(times.size(), 2 * k);
    if (k < 1 || m <= k)
        return m_parameters.graceMs;
    std::partial_sort(times.begin(), times.begin() + std::ptrdiff_t(m), times.end(), order);
    const qint64 lead =
        times[m - 1] > times[k - 1] ? times[m - 1] - times[k - 1] : times[k - 1] - times[m - 1];
    return std::clamp<qint64>(lead, 60000, std::max<qint64>(60000, m_parameters.graceMs));
}

} // namespace ehb::analysis::detail
