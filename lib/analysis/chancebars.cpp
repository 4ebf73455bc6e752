// How many practices chance alone brings together, per hour of the week, for a budget of chance
// episodes per service-year; and the bursts of first reports that find a small outage where the
// covers of unrelated reports pile up (EpisodeFinder::measureBars, addBurstPieces).
#include "analysis/episodefinder.h"

#include <algorithm>
#include <cmath>

namespace ehb::analysis::detail {

namespace {

// P(X = k), X Poisson with this mean.
double poissonAt(int k, double mean)
{
    if (mean <= 0)
        return k == 0 ? 1 : 0;
    return std::exp(double(k) * std::log(mean) - mean - std::lgamma(double(k) + 1));
}

// The share of chanceLevel left to the bursts: the rest goes to the depth of the covers.
constexpr double burstShare = 0.2;

} // namespace

int poissonBar(double mean, double level)
{
    double term = std::exp(-mean); // P(X = k)
    double atMost = term;          // P(X <= k)
    int k = 0;
    while (1 - atMost > level && k < 1000) {
        ++k;
        term *= mean / k;
        atMost += term;
    }
    // P(X >= k + 1) <= level: k + 1 at once is no longer chance.
    return k + 1;
}

// Reports start at perHour an hour and each counts for windowHours: the number counting at a
// moment is Poisson (mean perHour × windowHours), and it rises to k perHour × P(N = k - 1) times
// an hour (a report that finds k - 1 already there), k times as often as the share of moments at
// k or more over the window would say. Each hour of the week occurs hoursPerYear hours a year
// with its own rate. No hour's bar is below that of a uniform share (chance at most budget ×
// the window over a year's hours at any moment: the model is least sure where reports are
// few); then the hour that brings the most chance episodes a year is raised first, until their
// sum is within the budget: the busy hours carry the bar, the quiet ones keep theirs.
std::array<int, DayGrid::profileSlots>
chanceBars(const std::array<double, DayGrid::profileSlots> &perHour,
           const std::array<double, DayGrid::profileSlots> &hoursPerYear, double windowHours,
           double budget, int floor)
{
    std::array<int, DayGrid::profileSlots> bars;
    const double share = budget * windowHours / 8760;
    for (std::size_t slot = 0; slot < bars.size(); ++slot)
        bars[slot] = std::max(std::max(1, floor), poissonBar(perHour[slot] * windowHours, share));
    std::array<double, DayGrid::profileSlots> yearly{};
    const auto episodesAt = [&](std::size_t slot) {
        const double mean = perHour[slot] * windowHours;
        // Bars below the mean rise as often as the mode (never more often).
        const int k = std::max(bars[slot] - 1, int(std::floor(mean)));
        return hoursPerYear[slot] * perHour[slot] * poissonAt(k, mean);
    };
    double total = 0;
    for (std::size_t slot = 0; slot < bars.size(); ++slot) {
        yearly[slot] = episodesAt(slot);
        total += yearly[slot];
    }
    for (int round = 0; round < 10000 && total > budget; ++round) {
        const auto worst =
            std::size_t(std::max_element(yearly.begin(), yearly.end()) - yearly.begin());
        ++bars[worst];
        total += episodesAt(worst) - yearly[worst];
        yearly[worst] = episodesAt(worst);
    }
    return bars;
}

// The bars of a service whose working hours bring workingRate practices an hour, shaped over
// the week by the profile, and whose covers last spanHours on average: an episode needs as many
// down at once as m_detectAt (the moments' bar m_overlapAt stays for its edges), or a burst.
void EpisodeFinder::measureBars(double workingRate, double spanHours)
{
    std::array<double, DayGrid::profileSlots> perHour{};
    std::array<double, DayGrid::profileSlots> hoursPerYear{};
    const double days = double(std::max<std::size_t>(1, m_days.weekday.size()));
    const double working = double(m_days.weekdays) / days;
    for (std::size_t slot = 0; slot < perHour.size(); ++slot) {
        perHour[slot] = workingRate * m_days.profile[slot];
        hoursPerYear[slot] = 365.25 * (slot < 24 ? working : 1 - working);
    }
    const double level = m_parameters.chanceLevel;
    m_detectAt = chanceBars(perHour, hoursPerYear, spanHours, level * (1 - burstShare),
                            std::max(1, m_parameters.minOverlap));
    m_burstsOn = m_parameters.burstWindowMs > 0;
    if (!m_burstsOn)
        return;
    m_burstAt = chanceBars(perHour, hoursPerYear, double(m_parameters.burstWindowMs) / 3600000.0,
                           level * burstShare, std::max(2, m_parameters.minInstallations));
    m_leastBurst = *std::min_element(m_burstAt.begin(), m_burstAt.end());
}

// A small outage on a busy service: its few practices report within minutes, while the covers
// of unrelated reports, hours long, pile up to a depth that hides it. Where more practices
// first sent a report within burstWindow than chance brings together then (m_burstAt), the
// piece there is confirmed (whatever its depth), or, where there is none, the stretch where two
// of them overlap becomes one; its edges are then placed from the reports as any other's.
void EpisodeFinder::addBurstPieces(std::size_t first, std::size_t last)
{
    const qint64 window = m_parameters.burstWindowMs;
    if (!m_burstsOn || last - first < std::size_t(m_leastBurst))
        return;
    m_burstSends.clear();
    for (std::size_t i = first; i < last; ++i) {
        if (m_spans[i].firstSent != noTime)
            m_burstSends.push_back(m_spans[i].firstSent);
    }
    if (m_burstSends.size() < std::size_t(m_leastBurst))
        return;
    std::sort(m_burstSends.begin(), m_burstSends.end());
    const std::size_t count = m_burstSends.size();
    const std::size_t piecesBefore = m_pieces.size();
    std::size_t from = 0;
    std::size_t runFirst = 0;
    std::size_t runLast = 0;
    bool open = false;
    // A run: the sends of the windows that reach the bar, while they follow each other within
    // a window.
    for (std::size_t j = 0; j <= count; ++j) {
        if (j < count) {
            const qint64 at = m_burstSends[j];
            while (m_burstSends[from] <= at - window)
                ++from;
            const int sent = int(j - from + 1);
            if (sent >= m_leastBurst && sent >= m_burstAt[std::size_t(m_days.profileSlot(at))]) {
                runFirst = open ? runFirst : from;
                runLast = j;
                open = true;
                continue;
            }
            if (!open || at - m_burstSends[runLast] <= window)
                continue;
        }
        if (open)
            addBurstPiece(first, last, m_burstSends[runFirst], m_burstSends[runLast]);
        open = false;
    }
    if (m_pieces.size() != piecesBefore)
        std::sort(m_pieces.begin(), m_pieces.end(),
                  [](const Piece &a, const Piece &b) { return a.start < b.start; });
}

// The burst of the cluster's spans first sent in [firstSend, lastSend]: it confirms the pieces
// it meets, or makes one where two of its spans overlap.
void EpisodeFinder::addBurstPiece(std::size_t first, std::size_t last, qint64 firstSend,
                                  qint64 lastSend)
{
    // Inside a piece already (a large outage's every window is a burst): it is confirmed.
    bool inside = false;
    for (Piece &piece : m_pieces) {
        if (piece.start <= lastSend && piece.end >= firstSend) {
            piece.burst = true;
            inside = true;
        }
    }
    if (inside)
        return;
    const int needed = std::max(2, m_parameters.minOverlap);
    m_burstEdges.clear();
    m_burstLast.clear();
    for (std::size_t i = first; i < last && m_spans[i].start <= lastSend; ++i) {
        const Span &span = m_spans[i];
        if (span.firstSent == noTime || span.firstSent < firstSend || span.firstSent > lastSend)
            continue;
        m_burstEdges.push_back({span.start, 1});
        m_burstEdges.push_back({span.end, -1});
        m_burstLast.push_back(span.lastDown);
    }
    std::sort(m_burstEdges.begin(), m_burstEdges.end()); // ends first at equal times
    qint64 start = noTime;
    qint64 end = noTime;
    int depth = 0;
    for (const auto &[at, change] : m_burstEdges) {
        if (change < 0 && depth == needed && start != noTime)
            end = at;
        depth += change;
        if (change > 0 && depth == needed && start == noTime)
            start = at;
    }
    if (start == noTime || end == noTime || end <= start ||
        m_burstLast.size() < std::size_t(needed))
        return;
    bool found = false;
    for (Piece &piece : m_pieces) {
        if (piece.start <= end + m_parameters.mergeGapMs &&
            piece.end + m_parameters.mergeGapMs >= start) {
            piece.burst = true;
            found = true;
        }
    }
    if (found)
        return;
    const auto byAt = [](const Step &step, qint64 at) { return step.at < at; };
    const auto firstStep = std::size_t(
        std::lower_bound(m_steps.begin(), m_steps.end(), start, byAt) - m_steps.begin());
    const auto lastStep =
        std::size_t(std::lower_bound(m_steps.begin(), m_steps.end(), end, byAt) - m_steps.begin());
    if (firstStep >= lastStep || lastStep >= m_steps.size())
        return;
    Piece piece{m_steps[firstStep].at, m_steps[lastStep].at, 0, firstStep, lastStep};
    for (std::size_t i = firstStep; i < lastStep; ++i)
        piece.peak = std::max(piece.peak, m_steps[i].depth);
    piece.threshold = needed;
    piece.burst = true;
    // Its own practices' last words, as many as a moment needs, and a grace: "resolved" clicks
    // and unrelated reports after that do not carry it on (clampToBound).
    std::nth_element(m_burstLast.begin(), m_burstLast.begin() + std::ptrdiff_t(needed - 1),
                     m_burstLast.end(), std::greater<>());
    piece.endBound = m_burstLast[std::size_t(needed - 1)] + m_parameters.graceMs;
    m_pieces.push_back(piece);
}

void EpisodeFinder::clampToBound(Piece &piece) const
{
    piece.end = std::clamp(piece.end, piece.start, std::max(piece.start, piece.endBound));
    piece.endEarliest = std::min(piece.endEarliest, piece.end);
    piece.endLatest = std::max(piece.endLatest, piece.end);
}

} // namespace ehb::analysis::detail
