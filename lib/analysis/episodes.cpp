#include "episodes.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ehb::analysis {

namespace {

// Everything below works on plain ints and arrays reused from one service to the next: a year
// holds about a million reports, so nothing is allocated per report.
struct ReportCover
{
    qint64 start;
    qint64 end;
    int installation; // a dense index instead of the QUuid
    int service;
};

// One installation's overlapping covers merged: the depth of a sweep over spans is then the
// number of distinct installations down at that moment, however many reports each sent.
struct Span
{
    qint64 start;
    qint64 end;
    int installation;
    int reports;
};

struct Event
{
    qint64 at;
    int delta; // +1 a span begins, -1 it ends
};

// A stretch where enough installations agree, with holes up to the merge gap closed.
struct Piece
{
    qint64 start;
    qint64 end;
    int peak = 0;
    // Spans within this window are the evidence behind the piece (see countEvidence).
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    int reports = 0;
    int installations = 0;
};

class EpisodeFinder
{
public:
    EpisodeFinder(const EpisodeParameters &parameters, int installationCount)
        : m_parameters(parameters)
        , m_stamp(static_cast<std::size_t>(installationCount), -1)
    {}

    // The episodes of one service from its covers (reordered here), appended to out.
    void find(int service, ReportCover *begin, ReportCover *end, QList<Episode> &out)
    {
        mergePerInstallation(begin, end);
        std::sort(m_spans.begin(), m_spans.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        // Clusters: spans linked by an overlap or a gap up to mergeGap (DESIGN.md §6).
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
            if (installations >= m_parameters.minInstallations)
                findInCluster(service, first, last, out);
            first = last;
        }
    }

private:
    // 1 the first time an installation is seen with this stamp, else 0.
    int mark(int installation, int stamp)
    {
        int &seen = m_stamp[std::size_t(installation)];
        if (seen == stamp)
            return 0;
        seen = stamp;
        return 1;
    }

    void mergePerInstallation(ReportCover *begin, ReportCover *end)
    {
        std::sort(begin, end, [](const ReportCover &a, const ReportCover &b) {
            return a.installation != b.installation ? a.installation < b.installation
                                                    : a.start < b.start;
        });
        m_spans.clear();
        for (ReportCover *c = begin; c != end; ++c) {
            if (!m_spans.empty() && m_spans.back().installation == c->installation &&
                c->start <= m_spans.back().end) {
                Span &span = m_spans.back();
                span.end = std::max(span.end, c->end);
                ++span.reports;
            } else {
                m_spans.push_back({c->start, c->end, c->installation, 1});
            }
        }
    }

    void findInCluster(int service, std::size_t first, std::size_t last, QList<Episode> &out)
    {
        m_events.clear();
        for (std::size_t i = first; i < last; ++i) {
            m_events.push_back({m_spans[i].start, +1});
            m_events.push_back({m_spans[i].end, -1});
        }
        // Half-open covers: at equal times ends come first, so touching covers do not overlap.
        std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
            return a.at != b.at ? a.at < b.at : a.delta < b.delta;
        });
        int peak = 0;
        int depth = 0;
        for (const Event &event : m_events) {
            depth += event.delta;
            peak = std::max(peak, depth);
        }
        const int needed = std::max(m_parameters.minOverlap,
                                    int(std::ceil(m_parameters.peakFraction * peak - 1e-9)));
        if (peak < needed)
            return;
        collectPieces(needed);
        if (m_pieces.empty())
            return;
        countEvidence(first, last);
        for (const Piece &piece : m_pieces) {
            if (piece.installations >= m_parameters.minInstallations)
                out.append({service, piece.start, piece.end, piece.reports, piece.installations,
                            piece.peak});
        }
    }

    // The stretches where at least `needed` installations are down at once, joined across
    // holes up to the merge gap.
    void collectPieces(int needed)
    {
        m_pieces.clear();
        int depth = 0;
        qint64 openedAt = 0;
        bool open = false;
        int stretchPeak = 0;
        for (std::size_t i = 0; i < m_events.size();) {
            const qint64 at = m_events[i].at;
            for (; i < m_events.size() && m_events[i].at == at; ++i)
                depth += m_events[i].delta;
            if (!open && depth >= needed) {
                open = true;
                openedAt = at;
                stretchPeak = depth;
            } else if (open && depth < needed) {
                open = false;
                if (!m_pieces.empty() &&
                    openedAt - m_pieces.back().end <= m_parameters.mergeGapMs) {
                    m_pieces.back().end = at;
                    m_pieces.back().peak = std::max(m_pieces.back().peak, stretchPeak);
                } else {
                    m_pieces.push_back({openedAt, at, stretchPeak});
                }
            } else if (open) {
                stretchPeak = std::max(stretchPeak, depth);
            }
        }
    }

    // Reports and distinct installations behind each piece: the spans that touch the piece or
    // lie within the merge gap of it. Neighbouring pieces (more than a gap apart) split the
    // space between them at the middle, so that each installation is counted once per piece.
    void countEvidence(std::size_t first, std::size_t last)
    {
        const qint64 gap = m_parameters.mergeGapMs;
        for (std::size_t p = 0; p < m_pieces.size(); ++p) {
            Piece &piece = m_pieces[p];
            piece.windowStart = piece.start - gap;
            piece.windowEnd = piece.end + gap;
            if (p > 0)
                piece.windowStart =
                    std::max(piece.windowStart,
                             m_pieces[p - 1].end + (piece.start - m_pieces[p - 1].end) / 2);
            if (p + 1 < m_pieces.size())
                piece.windowEnd =
                    std::min(piece.windowEnd, piece.end + (m_pieces[p + 1].start - piece.end) / 2);
        }
        const int stampBase = m_stampValue + 1;
        m_stampValue += int(m_pieces.size());
        std::size_t from = 0;
        for (std::size_t i = first; i < last; ++i) {
            const Span &span = m_spans[i];
            // Spans come by start and windows are ordered, so the first window a span can reach
            // only moves forward.
            while (from < m_pieces.size() && m_pieces[from].windowEnd <= span.start)
                ++from;
            for (std::size_t p = from; p < m_pieces.size() && m_pieces[p].windowStart < span.end;
                 ++p) {
                m_pieces[p].reports += span.reports;
                m_pieces[p].installations += mark(span.installation, stampBase + int(p));
            }
        }
    }

    const EpisodeParameters &m_parameters;
    std::vector<int> m_stamp; // per installation: the last cluster or piece it was counted in
    int m_stampValue = 0;
    std::vector<Span> m_spans;
    std::vector<Event> m_events;
    std::vector<Piece> m_pieces;
};

// Union of the intervals (sorted here), clipped to nothing: they are already inside the period.
std::vector<Cover> unionOf(std::vector<Cover> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Cover &a, const Cover &b) { return a.start < b.start; });
    std::vector<Cover> merged;
    for (const Cover &interval : intervals) {
        if (!merged.empty() && interval.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, interval.end);
        else
            merged.push_back(interval);
    }
    return merged;
}

} // namespace

Cover coverOf(const Observation &observation, const EpisodeParameters &parameters)
{
    const qint64 start = observation.startedAt;
    const qint64 cap = std::max<qint64>(0, parameters.maxCoverMs);
    if (observation.endedAt) {
        // The GP said when it ended; "resolved" clicked late is the usual error, so a cover
        // longer than the cap loses its end.
        const qint64 end = std::max(start, *observation.endedAt);
        return {start, std::min(end, start + cap)};
    }
    // No end: down until a grace after the report was sent. The report itself is the firm
    // evidence, so a cover longer than the cap loses its (claimed) beginning.
    const qint64 end =
        std::max(start, observation.reportedAt) + std::max<qint64>(0, parameters.graceMs);
    return {std::max(start, end - cap), end};
}

EpisodeAnalysis analyzeEpisodes(QList<Observation> observations, int serviceCount,
                                const Period &period, const EpisodeParameters &parameters,
                                double slaTarget)
{
    EpisodeAnalysis analysis;
    serviceCount = std::max(0, serviceCount);

    // Dense installation numbers and covers grouped by service (a counting sort).
    QHash<QUuid, int> installations;
    installations.reserve(4096);
    std::vector<qsizetype> offsets(static_cast<std::size_t>(serviceCount) + 1, 0);
    for (const Observation &observation : std::as_const(observations)) {
        if (observation.service >= 0 && observation.service < serviceCount)
            ++offsets[std::size_t(observation.service) + 1];
    }
    for (int s = 0; s < serviceCount; ++s)
        offsets[std::size_t(s) + 1] += offsets[std::size_t(s)];
    std::vector<ReportCover> covers(std::size_t(offsets.back()));
    {
        std::vector<qsizetype> next(offsets.begin(), offsets.end() - 1);
        for (const Observation &observation : std::as_const(observations)) {
            if (observation.service < 0 || observation.service >= serviceCount)
                continue;
            auto it = installations.constFind(observation.installation);
            if (it == installations.cend())
                it = installations.insert(observation.installation, int(installations.size()));
            const Cover cover = coverOf(observation, parameters);
            covers[std::size_t(next[std::size_t(observation.service)]++)] = {
                cover.start, cover.end, it.value(), observation.service};
        }
    }
    observations.clear();

    QList<Episode> found;
    EpisodeFinder finder(parameters, int(installations.size()));
    for (int s = 0; s < serviceCount; ++s)
        finder.find(s, covers.data() + offsets[std::size_t(s)],
                    covers.data() + offsets[std::size_t(s) + 1], found);

    // Clip to the period; what falls outside is not part of this analysis.
    const bool validPeriod =
        period.from.isValid() && period.to.isValid() && period.from < period.to;
    const qint64 from = validPeriod ? period.from.toMSecsSinceEpoch() : 0;
    const qint64 to = validPeriod ? period.to.toMSecsSinceEpoch() : 0;
    for (Episode episode : std::as_const(found)) {
        episode.start = std::max(episode.start, from);
        episode.end = std::min(episode.end, to);
        if (episode.end > episode.start)
            analysis.episodes.append(episode);
    }
    std::sort(analysis.episodes.begin(), analysis.episodes.end(),
              [](const Episode &a, const Episode &b) {
                  return a.start != b.start ? a.start < b.start : a.service < b.service;
              });

    const double periodMinutes = (to - from) / 60000.0;
    const double periodWorkingMinutes = workingMinutes(from, to, period.zone);
    std::vector<std::vector<Cover>> downtime(static_cast<std::size_t>(serviceCount));
    analysis.services.reserve(serviceCount);
    for (int s = 0; s < serviceCount; ++s)
        analysis.services.append(ServiceAvailability{s});
    for (const Episode &episode : std::as_const(analysis.episodes)) {
        ++analysis.services[episode.service].episodes;
        downtime[std::size_t(episode.service)].push_back({episode.start, episode.end});
    }
    for (int s = 0; s < serviceCount; ++s) {
        ServiceAvailability &service = analysis.services[s];
        for (const Cover &interval : unionOf(std::move(downtime[std::size_t(s)]))) {
            service.downtimeMinutes += (interval.end - interval.start) / 60000.0;
            service.workingDowntimeMinutes +=
                workingMinutes(interval.start, interval.end, period.zone);
        }
        if (periodMinutes > 0)
            service.availability =
                std::clamp(1 - service.downtimeMinutes / periodMinutes, 0.0, 1.0);
        if (periodWorkingMinutes > 0)
            service.workingAvailability =
                std::clamp(1 - service.workingDowntimeMinutes / periodWorkingMinutes, 0.0, 1.0);
        service.meetsSla =
            service.availability >= slaTarget && service.workingAvailability >= slaTarget;
    }
    return analysis;
}

} // namespace ehb::analysis
