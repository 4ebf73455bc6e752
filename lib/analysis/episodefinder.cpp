#include "analysis/episodefinder.h"

#include "analysis/endlikelihood.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>
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
        m_seenLive.resize(numbered, 0);
        m_seenLastDown.resize(numbered, noTime);
        m_seenFirstDown.resize(numbered, noTime);
        m_seenStart.resize(numbered, noTime);
        m_seenResolved.resize(numbered, noTime);
        m_seenConfirmed.resize(numbered, noTime);
        m_seenAnswered.resize(numbered, noTime);
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
        if (installations >= m_leastOverlap + 1)
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
    m_overlapAt.fill(thresholds.minOverlap);
    m_leastOverlap = thresholds.minOverlap;
    m_burstsOn = false;
    m_detectAt = m_overlapAt;
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
    // The service's rate: the mean count of a working hour (holidays left out), each capped at
    // the 95th percentile of all (outages do not pull it); how busy each hour is against that
    // comes from every service's reports (DayGrid::profile).
    std::vector<int> counts;
    for (std::size_t d = 0; d < m_days.weekday.size(); ++d) {
        for (int h = 0; m_days.weekday[d] && h < hoursPerDay; ++h)
            counts.push_back(m_slotCounts[d * hoursPerDay + std::size_t(h)]);
    }
    double workingRate = 0;
    if (!counts.empty()) {
        const auto cut = counts.begin() + std::ptrdiff_t(counts.size() * 19 / 20);
        std::nth_element(counts.begin(), cut, counts.end());
        const int cap = *cut;
        double sum = 0;
        for (const int count : counts)
            sum += std::min(cap, count);
        workingRate = sum / double(counts.size());
        // Where most hours are quiet, their share tells the rate without the outages' hours
        // (if unrelated reports come at random, the share of hours without one is e^-rate).
        const auto quiet = std::count(counts.begin(), counts.end(), 0);
        const double quietShare = double(quiet) / double(counts.size());
        if (quietShare >= 0.05)
            workingRate = std::min(workingRate, -std::log(quietShare));
    }
    // The depth chance gives is the rate times the spans' mean length: a few long spans
    // ("resolved" clicked hours later) weigh, the median would not see them.
    const double meanLength =
        std::accumulate(m_lengths.begin(), m_lengths.end(), 0.0) / double(m_lengths.size());
    // Installations down at once by chance: Poisson, mean = the hour's rate x the typical span
    // length. A year holds many such moments (its hours over the typical span): chance may
    // reach the bar in chanceLevel of a year at most, not at chanceLevel of the moments.
    const double spanHours = std::max(1.0 / 60, meanLength / double(hourMs));
    const double level = m_parameters.chanceLevel / (8760 / spanHours);
    const auto overlapFor = [&](double perHour) {
        return std::max(thresholds.minOverlap, poissonBar(perHour * spanHours, level));
    };
    double busiest = 0;
    for (int h = workingDayStartHour; h < workingDayEndHour; ++h)
        busiest = std::max(busiest, m_days.profile[std::size_t(h)]);
    for (std::size_t slot = 0; slot < m_overlapAt.size(); ++slot)
        m_overlapAt[slot] = overlapFor(workingRate * m_days.profile[slot]);
    measureBars(workingRate, spanHours);
    m_leastOverlap = *std::min_element(m_overlapAt.begin(), m_overlapAt.end());
    // What the answer shows: the rate and the bar of the busiest working hour.
    thresholds.backgroundPerHour = workingRate * busiest;
    thresholds.minOverlap = overlapFor(thresholds.backgroundPerHour);
    thresholds.minInstallations = std::max(thresholds.minInstallations, thresholds.minOverlap + 1);
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
            span.firstDown = std::min(span.firstDown, c->firstDown);
            span.lastDown = std::max(span.lastDown, c->lastDown);
            span.resolved = std::max(span.resolved, c->resolved);
            span.answered = std::max(span.answered, c->answered);
            if (c->sent != noTime) {
                span.firstSent =
                    span.firstSent == noTime ? c->sent : std::min(span.firstSent, c->sent);
                span.lastSent = std::max(span.lastSent, c->sent);
            }
            ++span.reports;
        } else {
            open = int(m_spans.size());
            openEnd = c->end;
            m_spans.push_back({c->start, c->end, c->firstDown, c->lastDown, c->resolved, c->sent,
                               c->sent, c->answered, c->installation, 1});
        }
    }
}

void EpisodeFinder::findInCluster(int service, std::size_t first, std::size_t last,
                                  QList<Episode> &out)
{
    buildSteps(first, last);
    collectPieces();
    if (!m_pieces.empty())
        splitAtDips(first, last);
    addBurstPieces(first, last);
    if (m_pieces.empty())
        return;
    for (Piece &piece : m_pieces)
        trimToPeakFraction(piece);
    countEvidence(first, last);
    applyResolvedClicks(first);
    for (Piece &piece : m_pieces) {
        if (piece.endBound != noTime)
            clampToBound(piece);
        // Its own reports must make it: late "resolved" covers of an earlier outage plus a few
        // unrelated reports do not make a second one.
        if (piece.installations >= piece.threshold + 1 && piece.ownPeak >= piece.threshold &&
            piece.end > piece.start && (piece.burst || piece.ownPeak >= detectedAt(piece.start)))
            out.append({service, piece.start, piece.end, piece.reports, piece.installations,
                        piece.peak, std::min(piece.startEarliest, piece.start),
                        std::clamp(piece.startLatest, piece.start, piece.end),
                        std::clamp(piece.endEarliest, piece.start, piece.end),
                        std::max(piece.endLatest, piece.end)});
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
    std::size_t opened = 0;
    bool open = false;
    int peak = 0;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const int depth = m_steps[i].depth;
        const int needed = depth >= m_leastOverlap ? neededAt(m_steps[i].at) : m_leastOverlap;
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
                m_pieces.back().threshold = neededAt(start);
            }
        }
    }
}

// In a large outage a few practices are still a few: the edges move in to the first and the
// last moment at which at least peakFraction of the stretch's peak were down at once, so that
// a handful of early "since" choices or late reports cannot stretch it.
void EpisodeFinder::trimToPeakFraction(Piece &piece) const
{
    const int needed =
        std::max(piece.threshold, int(std::ceil(m_parameters.peakFraction * piece.peak - 1e-9)));
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
    std::size_t previous = 0;
    bool sorted = true;
    for (std::size_t i = first; i < last; ++i) {
        const Span &span = m_spans[i];
        // Spans come by start and the windows are ordered and disjoint, so the first window a
        // span can reach only moves forward, and one installation meets the pieces in order.
        while (from < m_pieces.size() && m_pieces[from].windowEnd <= span.start)
            ++from;
        if (from == m_pieces.size() || m_pieces[from].windowStart >= span.end)
            continue;
        // Of the pieces it reaches, the one it was first sent in: a "since" an hour back does
        // not make a report of the second of two outages evidence for the first.
        std::size_t target = from;
        while (target + 1 < m_pieces.size() && m_pieces[target + 1].windowStart < span.end &&
               m_pieces[target + 1].windowStart <= span.firstDown)
            ++target;
        Piece &piece = m_pieces[target];
        piece.reports += span.reports;
        piece.installations += mark(span.installation, stampBase + int(target));
        m_pieceOf[i - first] = int(target);
        // Its last word after its last report sent is a "still failing" answer.
        const qint64 sent = span.lastSent != noTime ? span.lastSent : span.firstDown;
        m_statements.push_back({int(target), span.installation, span.start, span.end,
                                span.firstDown, span.lastDown, span.resolved,
                                span.lastDown > sent ? span.lastDown : noTime, span.answered,
                                span.lastSent != noTime});
        sorted = sorted && target >= previous;
        previous = target;
    }
    if (!sorted) // grouped by piece, each piece's by start (applyResolvedClicks)
        std::stable_sort(m_statements.begin(), m_statements.end(),
                         [](const Statement &a, const Statement &b) { return a.piece < b.piece; });
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
            // A practice that reported two outages has one span over both: what it said after
            // this piece's window is about the next one, its first report is about this one.
            const qint64 windowEnd = m_pieces[std::size_t(piece)].windowEnd;
            const qint64 lastDown =
                statement.lastDown <= windowEnd ? statement.lastDown : statement.firstDown;
            const qint64 confirmed =
                statement.confirmed <= windowEnd ? statement.confirmed : noTime;
            if (mark(statement.installation, stamp)) {
                m_seen.push_back(statement.installation);
                m_seenStart[installation] = statement.start;
                m_seenFirstDown[installation] = statement.firstDown;
                m_seenLastDown[installation] = lastDown;
                m_seenResolved[installation] = statement.resolved;
                m_seenConfirmed[installation] = confirmed;
                m_seenAnswered[installation] = statement.answered;
                m_seenLive[installation] = statement.live;
            } else {
                m_seenFirstDown[installation] =
                    std::min(m_seenFirstDown[installation], statement.firstDown);
                m_seenLastDown[installation] = std::max(m_seenLastDown[installation], lastDown);
                m_seenResolved[installation] =
                    std::max(m_seenResolved[installation], statement.resolved);
                m_seenConfirmed[installation] = std::max(m_seenConfirmed[installation], confirmed);
                m_seenAnswered[installation] =
                    std::max(m_seenAnswered[installation], statement.answered);
                m_seenLive[installation] = m_seenLive[installation] || statement.live;
            }
            m_starts.push_back(statement.start);
        }
        begin = last;
        Piece &target = m_pieces[std::size_t(piece)];
        const auto down = std::size_t(std::max(1, target.threshold));
        target.startEarliest = target.start;
        target.startLatest = target.start;
        target.endEarliest = target.end;
        target.endLatest = target.end;
        target.ownPeak = peakOf(m_starts, m_ends.data() + m_pieceEndsAt[std::size_t(piece)],
                                m_ends.data() + m_pieceEndsAt[std::size_t(piece) + 1]);
        m_times.clear();
        m_clicks.clear();
        m_liveClicks.clear();
        m_answers.clear();
        std::size_t confirmations = 0;
        for (const int installation : m_seen) {
            const qint64 lastDown = m_seenLastDown[std::size_t(installation)];
            const qint64 resolved = m_seenResolved[std::size_t(installation)];
            const qint64 answered = m_seenAnswered[std::size_t(installation)];
            const qint64 confirmed = m_seenConfirmed[std::size_t(installation)];
            m_times.push_back(lastDown);
            if (answered != noTime && answered >= lastDown)
                m_answers.emplace_back(answered, true);
            if (confirmed != noTime && confirmed >= lastDown)
                ++confirmations;
            if (resolved != noTime && resolved >= lastDown) {
                m_clicks.push_back(resolved);
                if (m_seenLive[std::size_t(installation)])
                    m_liveClicks.push_back(resolved);
            }
        }
        if (m_times.size() < down)
            continue;
        // The start is placed from the edge-th report: the down-th, or a tenth of them in a
        // large outage, where the very first are clocks a few minutes off.
        const std::size_t edge = std::max(
            down, std::size_t(std::ceil(m_parameters.edgeFraction * double(m_times.size()))));
        // "Still down" from the late-th latest report: at least the down-th (unrelated reports
        // follow an outage on a busy service), or, when few practices reported, the latest of
        // their first quarter (with seven reports, the fifth latest is near the start). Reports
        // are sent a minute or two after the failure, by clocks minutes off: of a large outage,
        // as many as come in lateSend at the pace of its last quarter come after its end, so
        // late rises to that many (at most edge).
        const std::size_t quarter = std::max(n, m_times.size() / 4);
        std::nth_element(m_times.begin(), m_times.begin() + std::ptrdiff_t(quarter - 1),
                         m_times.end(), std::greater<>());
        const qint64 lastReport = *std::max_element(m_times.begin(), m_times.end());
        const double endPace = double(quarter - 1) /
                               double(std::max<qint64>(60000, lastReport - m_times[quarter - 1]));
        const std::size_t fewest = std::max(n, std::min(down, quarter));
        const std::size_t late =
            std::clamp(std::size_t(std::lround(endPace * double(m_parameters.lateSendMs))), fewest,
                       std::max(fewest, std::min(edge, quarter)));
        std::nth_element(m_times.begin(), m_times.begin() + std::ptrdiff_t(late - 1), m_times.end(),
                         std::greater<>());
        const qint64 stillDown = m_times[late - 1];
        // The end: a gap at the last reports' own pace after the last moment that `late`
        // installations still said it was down, or sooner when n practices said it worked
        // again after that moment (one alone may have had a problem of its own).
        const qint64 endLead = paceLead(m_times, late, std::greater<>());
        qint64 end = stillDown + endLead;
        // Surely still down: twice as many practices said so later (Episode::endEarliest).
        const std::size_t sure = std::min(m_times.size(), 2 * late);
        std::nth_element(m_times.begin(), m_times.begin() + std::ptrdiff_t(sure - 1), m_times.end(),
                         std::greater<>());
        const qint64 surelyDown = m_times[sure - 1];
        const auto contradicted = std::remove_if(m_clicks.begin(), m_clicks.end(),
                                                 [stillDown](qint64 at) { return at < stillDown; });
        m_clicks.erase(contradicted, m_clicks.end());
        std::sort(m_clicks.begin(), m_clicks.end());
        // The n-th click after it of practices that reported while it lasted: the end came no
        // later (Episode::endLatest).
        std::sort(m_liveClicks.begin(), m_liveClicks.end());
        const auto liveAfter =
            std::lower_bound(m_liveClicks.begin(), m_liveClicks.end(), stillDown);
        const qint64 working = m_liveClicks.end() - liveAfter >= std::ptrdiff_t(n)
                                   ? *(liveAfter + std::ptrdiff_t(n - 1))
                                   : noTime;
        end = endFromClicks(target.start, stillDown, end, liveAfter);
        qint64 lastWorking = working;
        if (const qint64 answered = answersSwitch(stillDown, confirmations); answered != noTime) {
            end = answered;
            lastWorking =
                lastWorking == noTime ? m_answerBound : std::min(lastWorking, m_answerBound);
        } else if (m_answerBound != noTime) {
            end = std::min(end, m_answerBound);
            lastWorking =
                lastWorking == noTime ? m_answerBound : std::min(lastWorking, m_answerBound);
        }
        target.end = std::max(target.start, end);
        setEdgeRanges(target, edge, surelyDown, endLead, lastWorking);
    }
}

} // namespace ehb::analysis::detail
