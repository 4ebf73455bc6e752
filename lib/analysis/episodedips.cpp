// Where a stretch of agreeing reports is cut in two (EpisodeFinder::splitAtDips).
#include "analysis/episodefinder.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ehb::analysis::detail {

namespace {

// P(X <= k), X Poisson with this mean.
double poissonAtMost(int k, double mean)
{
    double term = std::exp(-mean);
    double sum = term;
    for (int i = 1; i <= k; ++i) {
        term *= mean / i;
        sum += term;
    }
    return sum;
}

// Dips of half the merge gap, the whole, twice and four times it (see splitAtDips).
constexpr std::size_t dipScales = 4;
// Beyond the merge gap, a dip is a stop only when it holds at most this share of what the
// pace gives: over half an hour or more, a large outage's reports slow down (lunch, every
// practice has reported) without stopping.
constexpr std::size_t firstLongScale = 2;
constexpr double longDipShare = 0.1;

} // namespace

// The piece over m_steps[firstStep, lastStep]: its edges, peak and the bar at its start.
EpisodeFinder::Piece EpisodeFinder::pieceOfSteps(std::size_t firstStep, std::size_t lastStep) const
{
    Piece piece{m_steps[firstStep].at, m_steps[lastStep].at, 0, firstStep, lastStep};
    for (std::size_t i = firstStep; i < lastStep; ++i)
        piece.peak = std::max(piece.peak, m_steps[i].depth);
    piece.threshold = neededAt(piece.start);
    return piece;
}

// Covers run on after their reports (graceMs), and reports are sent minutes late by clocks
// minutes off, so two outages a quarter of an hour apart make one stretch, with a dip of a few
// minutes in the reports sent between them. Where the reports sent inside a stretch dip for half
// the merge gap to so few that the pace on both sides (each over the merge gap) would give that
// few with a chance under dipChance (Poisson), the outage stopped and started again: the
// stretch is cut in the middle of the longest pause in the dip. An outage that thins out (every
// practice has reported, GPs go home) does not rise again after its dip and stays whole; where
// reports came slowly (a few practices, a quiet service) a short pause says nothing and stays
// bridged. Between two outages seen by a few dozen practices, the reports of each come in its
// first minutes and then pause for as long as the first lasted plus the gap: a dip of twice or
// four times the merge gap that (nearly) empty, between paces that would fill it, is a stop.
void EpisodeFinder::splitAtDips(std::size_t first, std::size_t last)
{
    const qint64 gap = m_parameters.mergeGapMs;
    if (m_parameters.dipChance <= 0 || gap <= 0)
        return;
    m_splitPieces.clear();
    // Spans come by start: a piece's spans start no earlier than its start less the longest.
    qint64 longest = 0;
    for (std::size_t i = first; i < last; ++i)
        longest = std::max(longest, m_spans[i].end - m_spans[i].start);
    for (const Piece &piece : m_pieces) {
        // A dip needs reports on both sides of half a merge gap: a shorter piece has none.
        if (piece.end - piece.start < gap) {
            m_splitPieces.push_back(piece);
            continue;
        }
        m_sends.clear();
        const auto begin = std::lower_bound(
            m_spans.begin() + std::ptrdiff_t(first), m_spans.begin() + std::ptrdiff_t(last),
            piece.start - longest, [](const Span &span, qint64 at) { return span.start < at; });
        for (auto i = std::size_t(begin - m_spans.begin());
             i < last && m_spans[i].start < piece.end; ++i) {
            const Span &span = m_spans[i];
            if (span.end <= piece.start)
                continue;
            for (const qint64 sent : {span.firstSent, span.lastSent}) {
                if (sent != noTime && sent >= piece.start && sent < piece.end)
                    m_sends.push_back(sent);
                if (span.lastSent == span.firstSent)
                    break;
            }
        }
        std::sort(m_sends.begin(), m_sends.end());
        const std::size_t count = m_sends.size();
        std::size_t from = piece.firstStep;
        // Sends in [a - gap, a], in the dip (a, a + length] and in the gap after it, a the
        // j-th send, for a dip of half the merge gap, the whole, twice and four times it: the
        // first sees a short pause between large outages, the longer ones pauses between
        // smaller ones.
        std::size_t before = 0;
        std::array<std::size_t, dipScales> dipEnds{};
        std::array<std::size_t, dipScales> afterEnds{};
        for (std::size_t j = 0; j < count; ++j) {
            const qint64 at = m_sends[j];
            while (m_sends[before] < at - gap)
                ++before;
            std::size_t dipEnd = 0;
            bool found = false;
            for (std::size_t scale = 0; scale < dipScales && !found; ++scale) {
                const qint64 length = gap * qint64(1 << scale) / 2;
                std::size_t &end = dipEnds[scale];
                end = std::max(end, j + 1);
                while (end < count && m_sends[end] <= at + length)
                    ++end;
                std::size_t &after = afterEnds[scale];
                after = std::max(after, end);
                while (after < count && m_sends[after] <= at + length + gap)
                    ++after;
                const auto pace = std::min(j + 1 - before, after - end);
                const auto dip = int(end - j - 1);
                const double mean = double(pace) * double(length) / double(gap);
                // As many as the pace gives, or more, is no dip (and quick to tell).
                found = pace >= std::size_t(std::max(1, m_parameters.dipMinReports)) &&
                        double(dip) < mean && poissonAtMost(dip, mean) < m_parameters.dipChance &&
                        (scale < firstLongScale || double(dip) <= longDipShare * mean);
                dipEnd = end;
            }
            if (!found)
                continue;
            // The longest pause in the dip, and its middle.
            qint64 pause = 0;
            qint64 cut = at;
            for (std::size_t k = j; k < dipEnd && k + 1 < count; ++k) {
                if (m_sends[k + 1] - m_sends[k] > pause) {
                    pause = m_sends[k + 1] - m_sends[k];
                    cut = m_sends[k] + pause / 2;
                }
            }
            std::size_t step = from;
            while (step < piece.lastStep && m_steps[step].at < cut)
                ++step;
            if (step <= from || step >= piece.lastStep)
                continue;
            m_splitPieces.push_back(pieceOfSteps(from, step));
            from = step;
            while (j + 1 < count && m_sends[j + 1] < cut) // on past the cut
                ++j;
        }
        if (from == piece.firstStep)
            m_splitPieces.push_back(piece);
        else
            m_splitPieces.push_back(pieceOfSteps(from, piece.lastStep));
    }
    m_pieces.swap(m_splitPieces);
}

} // namespace ehb::analysis::detail
