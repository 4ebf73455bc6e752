#include "analysis/episodefinder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <utility>

namespace ehb::analysis::detail {

namespace {

// The most spans open at once, from their starts and ends (both ascending). Spans of one
// installation never overlap, so this counts installations.
int peakOf(const std::vector<qint64> &starts, const qint64 *ends, const qint64 *endsEnd)
{
    int depth = 0;
    int peak = 0;
    for (const qint64 start : starts) {
        for (; ends != endsEnd && *ends <= start; ++ends) // half-open: ends first
            --depth;
        peak = std::max(peak, ++depth);
    }
    return peak;
}

} // namespace

ReportCover reportCover(const Observation &observation, const EpisodeParameters &parameters,
                        int installation)
{
    const Cover cover = coverOf(observation, parameters);
    const qint64 sent = std::max(observation.startedAt, observation.reportedAt);
    // A report sent while the problem lasted says "down" at the moment it was sent; one sent
    // afterwards ("it was down from 9:00 to 9:30") says so up to its end.
    const qint64 lastDown = std::min(sent, cover.end);
    return {cover.start,  cover.end,          lastDown, observation.endedAt ? cover.end : noTime,
            installation, observation.service};
}

DayGrid DayGrid::build(qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    DayGrid grid;
    if (toMs <= fromMs)
        return grid;
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, tz).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs - 1, tz).date();
    for (QDate day = first; day <= last.addDays(1); day = day.addDays(1)) {
        grid.starts.push_back(QDateTime(day, QTime(0, 0), tz).toMSecsSinceEpoch());
        if (day <= last) {
            grid.weekday.push_back(day.dayOfWeek() <= 5);
            grid.weekdays += grid.weekday.back();
        }
    }
    return grid;
}

int DayGrid::dayOf(qint64 ms) const
{
    if (starts.size() < 2 || ms < starts.front() || ms >= starts.back())
        return -1;
    // Days are 23 to 25 hours long: guess from 24 and step to the right one.
    constexpr qint64 dayMs = 24 * 3600000LL;
    auto day = std::min<qint64>((ms - starts.front()) / dayMs, qint64(starts.size()) - 2);
    while (day > 0 && ms < starts[std::size_t(day)])
        --day;
    while (day + 2 < qint64(starts.size()) && ms >= starts[std::size_t(day) + 1])
        ++day;
    return int(day);
}

EpisodeFinder::EpisodeFinder(const EpisodeParameters &parameters, const DayGrid &days)
    : m_parameters(parameters)
    , m_days(days)
{}

Thresholds EpisodeFinder::find(int service, const ReportCover *begin, const ReportCover *end,
                               int installationCount, QList<Episode> &out)
{
    // Per-installation state only grows: a stamp is never reused, so old entries are harmless.
    const auto numbered = static_cast<std::size_t>(std::max(0, installationCount));
    if (m_stamp.size() < numbered) {
        m_stamp.resize(numbered, -1);
        m_seenLastDown.resize(numbered, noTime);
        m_seenFirstDown.resize(numbered, noTime);
        m_seenStart.resize(numbered, noTime);
        m_seenResolved.resize(numbered, noTime);
    }
    m_open.assign(numbered, -1);
    m_openEnd.resize(numbered);
    m_lastSlot.assign(numbered, -1);
    mergePerInstallation(begin, end);
    m_thresholds = measureBackground();
    // Clusters: spans linked by an overlap or a gap up to mergeGap (docs/architecture.md,
    // "Analysis"). Only a cluster with enough distinct installations is looked at further.
    std::size_t first = 0;
    while (first < m_spans.size()) {
        const int cluster = ++m_stampValue;
        int installations = 0;
        qint64 reach = m_spans[first].end;
        std::size_t last = first;
        for (; last < m_spans.size() && m_spans[last].start <= reach + m_parameters.mergeGapMs;
             ++last) {
            reach = std::max(reach, m_spans[last].end);
            installations += mark(m_spans[last].installation, cluster);
        }
        if (installations >= m_thresholds.minInstallations)
            findInCluster(service, first, last, out);
        first = last;
    }
    return m_thresholds;
}

// Practices also report their own local problems, at a steady rate that differs per service.
// Where that rate is high, two or three overlapping reports happen by chance, so the bar rises
// to the number of practices down at once that chance alone reaches at most chanceLevel of the
// time (Poisson). The rate comes from the share of working hours (weekdays 8-18) in which no
// installation began reporting: if unrelated reports arrive at random, that share is
// exp(-rate). Outages fill a few hours only, so even a service failing every day keeps most of
// its quiet hours; when fewer than 5 % are quiet, the median count per hour is used.
Thresholds EpisodeFinder::measureBackground()
{
    Thresholds thresholds{0, std::max(1, m_parameters.minOverlap),
                          std::max(1, m_parameters.minInstallations)};
    if (m_parameters.chanceLevel <= 0 || m_days.weekdays < m_parameters.backgroundMinWeekdays ||
        m_spans.empty())
        return thresholds;
    constexpr qint64 hourMs = 3600000;
    constexpr int hoursPerDay = workingDayEndHour - workingDayStartHour;
    m_slotCounts.assign(m_days.weekday.size() * hoursPerDay, 0);
    m_lengths.clear();
    for (const Span &span : m_spans) { // by start
        m_lengths.push_back(span.end - span.start);
        const int day = m_days.dayOf(span.start);
        if (day < 0 || !m_days.weekday[std::size_t(day)])
            continue;
        const qint64 hour = (span.start - m_days.starts[std::size_t(day)]) / hourMs;
        if (hour < workingDayStartHour || hour >= workingDayEndHour)
            continue;
        // An installation counts once per hour: its spans come by start, so its slots ascend.
        const int slot = day * hoursPerDay + int(hour - workingDayStartHour);
        int &lastSlot = m_lastSlot[std::size_t(span.installation)];
        if (slot != lastSlot)
            ++m_slotCounts[std::size_t(slot)];
        lastSlot = slot;
    }
    // Only the weekdays' slots (weekend days stay in the grid with zero counts).
    std::size_t kept = 0;
    for (std::size_t d = 0; d < m_days.weekday.size(); ++d) {
        for (int h = 0; d < m_days.weekday.size() && m_days.weekday[d] && h < hoursPerDay; ++h)
            m_slotCounts[kept++] = m_slotCounts[d * hoursPerDay + std::size_t(h)];
    }
    m_slotCounts.resize(kept);
    const auto quiet = std::count(m_slotCounts.begin(), m_slotCounts.end(), 0);
    const double quietShare = double(quiet) / double(std::max<std::size_t>(1, kept));
    if (quietShare >= 0.05) {
        thresholds.backgroundPerHour = -std::log(quietShare);
    } else {
        const auto middle = m_slotCounts.begin() + std::ptrdiff_t(kept / 2);
        std::nth_element(m_slotCounts.begin(), middle, m_slotCounts.end());
        thresholds.backgroundPerHour = *middle;
    }
    const auto typical = m_lengths.begin() + std::ptrdiff_t(m_lengths.size() / 2);
    std::nth_element(m_lengths.begin(), typical, m_lengths.end());
    // Installations down at once by chance: Poisson, mean = rate x typical span length.
    const double mean = thresholds.backgroundPerHour * double(*typical) / double(hourMs);
    double term = std::exp(-mean); // P(X = k)
    double atMost = term;          // P(X <= k)
    int k = 0;
    while (1 - atMost > m_parameters.chanceLevel && k < 1000) {
        ++k;
        term *= mean / k;
        atMost += term;
    }
    // P(X >= k + 1) <= chanceLevel: k + 1 installations at once is no longer chance.
    thresholds.minOverlap = std::max(thresholds.minOverlap, k + 1);
    thresholds.minInstallations = std::max(thresholds.minInstallations, k + 2);
    return thresholds;
}

// 1 the first time an installation is seen with this stamp, else 0.
int EpisodeFinder::mark(int installation, int stamp)
{
    int &seen = m_stamp[static_cast<std::size_t>(installation)];
    if (seen == stamp)
        return 0;
    seen = stamp;
    return 1;
}

// Covers come by start, so each installation's spans are made in order of start, and so are all
// the spans: a span's start never changes once it is made.
void EpisodeFinder::mergePerInstallation(const ReportCover *begin, const ReportCover *end)
{
    m_spans.clear();
    for (const ReportCover *c = begin; c != end; ++c) {
        // The open span's end is kept aside too: most covers start a span, and looking it up
        // in the spans made long ago would miss the cache.
        int &open = m_open[std::size_t(c->installation)];
        qint64 &openEnd = m_openEnd[std::size_t(c->installation)];
        if (open >= 0 && c->start <= openEnd) {
            Span &span = m_spans[std::size_t(open)];
            span.end = std::max(span.end, c->end);
            openEnd = span.end;
            span.firstDown = std::min(span.firstDown, c->lastDown);
            span.lastDown = std::max(span.lastDown, c->lastDown);
            span.resolved = std::max(span.resolved, c->resolved);
            ++span.reports;
        } else {
            open = int(m_spans.size());
            openEnd = c->end;
            m_spans.push_back(
                {c->start, c->end, c->lastDown, c->lastDown, c->resolved, c->installation, 1});
        }
    }
}

void EpisodeFinder::findInCluster(int service, std::size_t first, std::size_t last,
                                  QList<Episode> &out)
{
    buildSteps(first, last);
    collectPieces();
    if (m_pieces.empty())
        return;
    for (Piece &piece : m_pieces)
        trimToPeakFraction(piece);
    countEvidence(first, last);
    applyResolvedClicks(first);
    for (const Piece &piece : m_pieces) {
        // Its own reports must make it: late "resolved" covers of an earlier outage plus a few
        // unrelated reports do not make a second one.
        if (piece.installations >= m_thresholds.minInstallations &&
            piece.ownPeak >= m_thresholds.minOverlap && piece.end > piece.start)
            out.append({service, piece.start, piece.end, piece.reports, piece.installations,
                        piece.peak, std::min(piece.startEarliest, piece.start),
                        std::clamp(piece.startLatest, piece.start, piece.end),
                        std::clamp(piece.endEarliest, piece.start, piece.end), piece.end});
    }
}

// A large outage's cluster holds thousands of spans: an LSD radix sort on the ends (8 bits a
// pass, as many passes as the cluster's spread of ends needs) beats a comparison sort there.
void EpisodeFinder::sortByEnd()
{
    const auto byEnd = [](const SpanEnd &a, const SpanEnd &b) { return a.end < b.end; };
    if (m_endOrder.size() < 256) {
        std::sort(m_endOrder.begin(), m_endOrder.end(), byEnd);
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const SpanEnd &spanEnd : m_endOrder) {
        earliest = std::min(earliest, spanEnd.end);
        latest = std::max(latest, spanEnd.end);
    }
    const quint64 spread = quint64(latest) - quint64(earliest);
    m_endBuffer.resize(m_endOrder.size());
    std::array<std::uint32_t, 256> counts{};
    for (int shift = 0; shift < int(std::bit_width(spread)); shift += 8) {
        const auto digit = [earliest, shift](const SpanEnd &spanEnd) {
            return std::size_t(((quint64(spanEnd.end) - quint64(earliest)) >> shift) & 0xFF);
        };
        counts.fill(0);
        for (const SpanEnd &spanEnd : m_endOrder)
            ++counts[digit(spanEnd)];
        std::uint32_t sum = 0;
        for (std::uint32_t &count : counts) // each digit's first place
            sum += std::exchange(count, sum);
        for (const SpanEnd &spanEnd : m_endOrder)
            m_endBuffer[counts[digit(spanEnd)]++] = spanEnd;
        m_endOrder.swap(m_endBuffer);
    }
}

// The depth (installations down at once) over the cluster, as steps at each span edge.
void EpisodeFinder::buildSteps(std::size_t first, std::size_t last)
{
    // Spans come by start; only their ends need sorting (kept with the span, for the pieces'
    // peaks in applyResolvedClicks).
    m_endOrder.clear();
    for (std::size_t i = first; i < last; ++i)
        m_endOrder.push_back({m_spans[i].end, i});
    sortByEnd();
    // Covers are half-open: edges at the same moment are applied together, so covers that
    // only touch do not count as overlapping.
    m_steps.clear();
    int depth = 0;
    std::size_t s = first;
    std::size_t e = 0;
    while (s < last || e < m_endOrder.size()) {
        const qint64 at =
            s < last && (e == m_endOrder.size() || m_spans[s].start < m_endOrder[e].end)
                ? m_spans[s].start
                : m_endOrder[e].end;
        for (; s < last && m_spans[s].start == at; ++s)
            ++depth;
        for (; e < m_endOrder.size() && m_endOrder[e].end == at; ++e)
            --depth;
        m_steps.push_back({at, depth});
    }
}

// The stretches where at least minOverlap installations are down at once, joined across holes
// up to the merge gap: people do not report continuously, a short lull is not a recovery.
void EpisodeFinder::collectPieces()
{
    m_pieces.clear();
    const int needed = m_thresholds.minOverlap;
    std::size_t opened = 0;
    bool open = false;
    int peak = 0;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const int depth = m_steps[i].depth;
        if (!open && depth >= needed) {
            open = true;
            opened = i;
            peak = depth;
        } else if (open && depth >= needed) {
            peak = std::max(peak, depth);
        } else if (open) {
            open = false;
            const qint64 start = m_steps[opened].at;
            if (!m_pieces.empty() && start - m_pieces.back().end <= m_parameters.mergeGapMs) {
                Piece &piece = m_pieces.back();
                piece.end = m_steps[i].at;
                piece.lastStep = i;
                piece.peak = std::max(piece.peak, peak);
            } else {
                m_pieces.push_back({start, m_steps[i].at, peak, opened, i});
            }
        }
    }
}

// In a large outage a few practices are still a few: the edges move in to the first and the
// last moment at which at least peakFraction of the stretch's peak were down at once, so that
// a handful of early "since" choices or late reports cannot stretch it.
void EpisodeFinder::trimToPeakFraction(Piece &piece) const
{
    const int needed = std::max(m_thresholds.minOverlap,
                                int(std::ceil(m_parameters.peakFraction * piece.peak - 1e-9)));
    std::size_t first = piece.firstStep;
    while (first < piece.lastStep && m_steps[first].depth < needed)
        ++first;
    std::size_t last = piece.lastStep;
    while (last > first && m_steps[last - 1].depth < needed)
        --last;
    // The depth reaches `needed` at the peak, so first < last.
    piece.start = m_steps[first].at;
    piece.end = m_steps[last].at;
    piece.needed = needed;
}

// After the last moment that enough installations still reported the service down, plus the
// grace, what remains are "resolved" clicks still to come: two practices clicking hours late
// must not stretch the episode, so there it goes on only where one installation more than
// usual overlaps.
void EpisodeFinder::limitTail(Piece &piece, qint64 stillDown) const
{
    const qint64 tail = stillDown + m_parameters.graceMs;
    if (piece.end <= tail)
        return;
    const int strict = std::max(piece.needed, m_thresholds.minOverlap + 1);
    qint64 end = tail;
    for (std::size_t j = piece.lastStep; j > piece.firstStep && m_steps[j].at > tail; --j) {
        if (m_steps[j - 1].depth >= strict) { // the step j - 1 lasts until m_steps[j].at
            end = m_steps[j].at;
            break;
        }
    }
    piece.end = std::max(piece.start, std::min(piece.end, end));
}

// Reports and distinct installations behind each piece: the spans that touch the piece or lie
// within the merge gap of it. Neighbouring pieces (more than a gap apart) share the space
// between them at the middle, and a span counts only for the first piece it reaches: reports
// "resolved" hours late, still open after their outage, are no evidence for a later one.
void EpisodeFinder::countEvidence(std::size_t first, std::size_t last)
{
    const qint64 gap = m_parameters.mergeGapMs;
    for (std::size_t p = 0; p < m_pieces.size(); ++p) {
        Piece &piece = m_pieces[p];
        piece.windowStart = piece.start - gap;
        piece.windowEnd = piece.end + gap;
        if (p > 0) {
            const qint64 previousEnd = m_pieces[p - 1].end;
            piece.windowStart =
                std::max(piece.windowStart, previousEnd + (piece.start - previousEnd) / 2);
        }
        if (p + 1 < m_pieces.size())
            piece.windowEnd =
                std::min(piece.windowEnd, piece.end + (m_pieces[p + 1].start - piece.end) / 2);
    }
    const int stampBase = m_stampValue + 1;
    m_stampValue += int(m_pieces.size());
    m_statements.clear();
    m_pieceOf.assign(last - first, -1);
    std::size_t from = 0;
    for (std::size_t i = first; i < last; ++i) {
        const Span &span = m_spans[i];
        // Spans come by start and the windows are ordered and disjoint, so the first window a
        // span can reach only moves forward, and one installation meets the pieces in order.
        while (from < m_pieces.size() && m_pieces[from].windowEnd <= span.start)
            ++from;
        if (from == m_pieces.size() || m_pieces[from].windowStart >= span.end)
            continue;
        Piece &piece = m_pieces[from];
        piece.reports += span.reports;
        piece.installations += mark(span.installation, stampBase + int(from));
        m_pieceOf[i - first] = int(from);
        m_statements.push_back({int(from), span.installation, span.start, span.end, span.firstDown,
                                span.lastDown, span.resolved});
    }
}

// How far the evidence lets the edges move, as long as `down` installations must agree: the
// start no earlier than the down-th earliest "since" and no later than the moment the down-th
// installation had reported it; the end no earlier than the last moment that `down`
// installations still said it was down. The end found is the latest the method allows (the
// grace after the last reports, or the "resolved" clicks).
void EpisodeFinder::setEdgeRanges(Piece &piece, std::size_t down, qint64 stillDown)
{
    m_times.clear();
    m_firsts.clear();
    for (const int installation : m_seen) {
        m_times.push_back(m_seenStart[std::size_t(installation)]);
        m_firsts.push_back(m_seenFirstDown[std::size_t(installation)]);
    }
    const auto kth = std::ptrdiff_t(std::min(down, m_times.size()) - 1);
    std::nth_element(m_times.begin(), m_times.begin() + kth, m_times.end());
    std::nth_element(m_firsts.begin(), m_firsts.begin() + kth, m_firsts.end());
    piece.startEarliest = std::min(piece.start, m_times[std::size_t(kth)]);
    piece.startLatest = std::clamp(m_firsts[std::size_t(kth)], piece.start, piece.end);
    piece.endEarliest = std::clamp(stillDown, piece.startLatest, piece.end);
}

// "Resolved" clicked late is common, so a piece's end is checked against the clicks: once
// minOverlap installations have said it works again, after the last moment that as many
// installations still reported it down, the later "resolved" clicks no longer extend it.
void EpisodeFinder::applyResolvedClicks(std::size_t first)
{
    // Each piece's ends, ascending: the cluster's, sorted once, dealt out to the pieces.
    m_pieceEndsAt.assign(m_pieces.size() + 1, 0);
    for (const SpanEnd &spanEnd : m_endOrder) {
        if (const int piece = m_pieceOf[spanEnd.span - first]; piece >= 0)
            ++m_pieceEndsAt[std::size_t(piece) + 1];
    }
    for (std::size_t p = 1; p < m_pieceEndsAt.size(); ++p)
        m_pieceEndsAt[p] += m_pieceEndsAt[p - 1];
    m_ends.resize(m_pieceEndsAt.back());
    m_pieceCursor.assign(m_pieceEndsAt.begin(), m_pieceEndsAt.end() - 1);
    for (const SpanEnd &spanEnd : m_endOrder) {
        if (const int piece = m_pieceOf[spanEnd.span - first]; piece >= 0)
            m_ends[m_pieceCursor[std::size_t(piece)]++] = spanEnd.end;
    }

    // "Still down" needs as many installations as a moment of an episode (more on a noisy
    // service, where unrelated reports follow an outage); "works again" needs minOverlap.
    const auto down = std::size_t(m_thresholds.minOverlap);
    const auto n = std::size_t(std::max(1, m_parameters.minOverlap));
    // Statements come grouped by piece (countEvidence walks the pieces forward), their spans
    // by start.
    for (std::size_t begin = 0; begin < m_statements.size();) {
        const int piece = m_statements[begin].piece;
        const int stamp = ++m_stampValue;
        m_seen.clear();
        m_starts.clear();
        std::size_t last = begin;
        for (; last < m_statements.size() && m_statements[last].piece == piece; ++last) {
            // Per installation: its latest "down" and its latest "resolved", which counts only
            // when no report of its own came after it.
            const Statement &statement = m_statements[last];
            const auto installation = std::size_t(statement.installation);
            if (mark(statement.installation, stamp)) {
                m_seen.push_back(statement.installation);
                m_seenStart[installation] = statement.start;
                m_seenFirstDown[installation] = statement.firstDown;
                m_seenLastDown[installation] = statement.lastDown;
                m_seenResolved[installation] = statement.resolved;
            } else {
                m_seenFirstDown[installation] =
                    std::min(m_seenFirstDown[installation], statement.firstDown);
                m_seenLastDown[installation] =
                    std::max(m_seenLastDown[installation], statement.lastDown);
                m_seenResolved[installation] =
                    std::max(m_seenResolved[installation], statement.resolved);
            }
            m_starts.push_back(statement.start);
        }
        begin = last;
        Piece &target = m_pieces[std::size_t(piece)];
        target.startEarliest = target.start;
        target.startLatest = target.start;
        target.endEarliest = target.end;
        target.ownPeak = peakOf(m_starts, m_ends.data() + m_pieceEndsAt[std::size_t(piece)],
                                m_ends.data() + m_pieceEndsAt[std::size_t(piece) + 1]);
        m_times.clear();
        m_clicks.clear();
        for (const int installation : m_seen) {
            const qint64 lastDown = m_seenLastDown[std::size_t(installation)];
            const qint64 resolved = m_seenResolved[std::size_t(installation)];
            m_times.push_back(lastDown);
            if (resolved != noTime && resolved >= lastDown)
                m_clicks.push_back(resolved);
        }
        if (m_times.size() < down)
            continue;
        std::nth_element(m_times.begin(), m_times.begin() + std::ptrdiff_t(down - 1), m_times.end(),
                         std::greater<>());
        const qint64 stillDown = m_times[down - 1];
        limitTail(target, stillDown);
        setEdgeRanges(target, down, stillDown);
        const auto contradicted = std::remove_if(m_clicks.begin(), m_clicks.end(),
                                                 [stillDown](qint64 at) { return at < stillDown; });
        m_clicks.erase(contradicted, m_clicks.end());
        if (m_clicks.size() < n)
            continue;
        std::nth_element(m_clicks.begin(), m_clicks.begin() + std::ptrdiff_t(n - 1),
                         m_clicks.end());
        const qint64 working = m_clicks[n - 1];
        if (working > target.start)
            target.end = std::min(target.end, working);
    }
}

} // namespace ehb::analysis::detail
