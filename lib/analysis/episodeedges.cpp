// How far an episode's edges may move (EpisodeFinder::setEdgeRanges, Episode's ranges).
#include "analysis/episodefinder.h"

#include "analysis/endlikelihood.h"

#include <algorithm>

namespace ehb::analysis::detail {

// How far the evidence lets the edges move. The start: no earlier than the n-th earliest
// "since" (two practices say it was down then), nor than twice the reports' first pace run back
// from the start, less lateSend (had it started earlier, the reports would have come earlier:
// "since" is mostly rounded back, so it alone allows an hour too many); no later than the
// moment the edge-th installation (the one the start is placed from) had reported it, plus
// lateSend: in a large outage, the first few reports come from clocks minutes ahead. The end:
// no earlier than the moment twice as many practices as the end was placed from still said it
// was down, less lateSend (reports sent minutes after the failure); no later than when n
// practices that reported while it lasted said it worked again (`working`), or, without such
// clicks, one more pace gap (endLead) after the end found.
void EpisodeFinder::setEdgeRanges(Piece &piece, std::size_t edge, qint64 stillDown, qint64 endLead,
                                  qint64 working)
{
    const auto n = std::size_t(std::max(1, m_parameters.minOverlap));
    m_times.clear();
    m_firsts.clear();
    for (const int installation : m_seen) {
        m_times.push_back(m_seenStart[std::size_t(installation)]);
        m_firsts.push_back(m_seenFirstDown[std::size_t(installation)]);
    }
    const auto nth = std::ptrdiff_t(std::min(n, m_times.size()) - 1);
    std::nth_element(m_times.begin(), m_times.begin() + nth, m_times.end());
    const qint64 earliestSince = m_times[std::size_t(nth)];
    // The start: the edge-th report less as long again as the reports took from there to the
    // (2 edge)-th (the pace of their first minutes, run back); never before the covers allow.
    const auto edgeIndex = std::ptrdiff_t(std::min(edge, m_firsts.size()) - 1);
    std::nth_element(m_firsts.begin(), m_firsts.begin() + edgeIndex, m_firsts.end());
    const qint64 edgeReported = m_firsts[std::size_t(edgeIndex)];
    const qint64 lead = paceLead(m_firsts, std::size_t(edgeIndex) + 1, std::less<>());
    piece.start = std::clamp(edgeReported - lead, piece.start, std::max(piece.start, edgeReported));
    piece.startEarliest = std::min(
        piece.start, std::max(earliestSince, piece.start - 2 * lead - m_parameters.lateSendMs));
    const qint64 clocks = m_parameters.lateSendMs;
    piece.startLatest = std::clamp(edgeReported + clocks, piece.start, piece.end);
    piece.endEarliest = std::clamp(stillDown - clocks, piece.start, piece.end);
    piece.endLatest = working != noTime ? std::max(piece.end, working) : piece.end + endLead;
}

// The end from what practices said after `stillDown`: with likelyEnds, where at least
// minInstallations of them
// spoke (a "resolved" click of a practice that reported while it lasted, an end typed in a report
// told afterwards), the end those words make most likely (likelyEnd), unless it falls in hours
// when few practices work: nobody is there to click, and the next morning's clicks would carry
// it to just before them. Otherwise clicks that come together (n within the merge gap) after
// `paced` (the end the reports' pace gives) say when it worked again and carry the end on to
// the first of them, within clickReach of `stillDown` (clicked the next morning, they say
// nothing about the evening); the n-th click before `paced` ends it there.
qint64 EpisodeFinder::endFromClicks(qint64 start, qint64 stillDown, qint64 paced,
                                    std::vector<qint64>::const_iterator liveAfter)
{
    const auto n = std::size_t(std::max(1, m_parameters.minOverlap));
    const qint64 reach = stillDown + m_parameters.clickReachMs;
    if (m_parameters.likelyEnds) {
        m_endClicks.assign(liveAfter, std::cend(m_liveClicks));
        m_typedEnds.clear();
        for (const int installation : m_seen) {
            // A typed end is a guess on the quarter hour, as often before the end as after.
            const qint64 typed = m_seenResolved[std::size_t(installation)];
            if (!m_seenLive[std::size_t(installation)] && typed != noTime &&
                typed >= stillDown - typedEndReachMs && typed <= reach)
                m_typedEnds.push_back(typed);
        }
        // Two practices must agree: n of them said it worked again soon after that end (a
        // click within the merge gap after it, or lateSend before: clocks), or typed an end
        // within the merge gap of it. Each word's span holds the ends it agrees with.
        m_agreeSpans.clear();
        for (const qint64 click : m_endClicks)
            m_agreeSpans.emplace_back(click - m_parameters.mergeGapMs,
                                      click + m_parameters.lateSendMs);
        for (const qint64 guess : m_typedEnds)
            m_agreeSpans.emplace_back(guess - m_parameters.mergeGapMs,
                                      guess + m_parameters.mergeGapMs);
        const auto agreeing = [&](qint64 end) {
            return std::size_t(std::count_if(m_agreeSpans.begin(), m_agreeSpans.end(),
                                             [end](const auto &span) {
                                                 return span.first <= end && end <= span.second;
                                             })) >= n;
        };
        // Where no moment within reach has n spans over it, the likelihood is not needed.
        m_agreeEdges.clear();
        for (const auto &[from, to] : m_agreeSpans) {
            m_agreeEdges.emplace_back(from, 1);
            m_agreeEdges.emplace_back(to + 1, -1);
        }
        std::sort(m_agreeEdges.begin(), m_agreeEdges.end());
        int depth = 0;
        bool canAgree = false;
        for (const auto &[at, step] : m_agreeEdges) {
            depth += step;
            canAgree = canAgree || (depth >= int(n) && at <= reach);
        }
        const std::size_t words = m_endClicks.size() + m_typedEnds.size();
        if (canAgree && words >= std::size_t(std::max(1, m_parameters.minInstallations))) {
            const EndEvidence evidence{start, stillDown, reach, &m_endClicks, &m_typedEnds};
            const std::optional<EndEstimate> likely = likelyEnd(evidence, m_days);
            if (likely && agreeing(likely->end))
                return likely->end;
        }
    }
    for (std::size_t c = n - 1; c < m_clicks.size(); ++c) {
        const qint64 click = m_clicks[c];
        if (click > reach)
            break;
        if (click <= paced)
            return click;
        if (click - m_clicks[c + 1 - n] <= m_parameters.mergeGapMs)
            return std::max(paced, m_clicks[c + 1 - n]);
    }
    return paced;
}

// The app asks "Is it back for you?" of every open report at once, and each GP answers when
// next at the PC: "Still failing" before the end, "Resolved now" after it. n answers of
// "resolved now" after the last moment the reports still said it was down bound the end
// (m_answerBound). Where n practices also answered "still failing", the app asked while it
// lasted, and the end lies where the practices' last words switch from "down" (a report sent,
// "still failing") to "resolved now": the middle between the two around the moment that the
// fewest of them contradict (a practice's own problem, a late send, a second outage that the
// answers came before). Without "still failing" the answers came after the end and bound it
// only; over a night (more than answerGap between the two) nobody answered: noTime.
qint64 EpisodeFinder::answersSwitch(qint64 stillDown, std::size_t confirmations)
{
    const auto n = std::size_t(std::max(1, m_parameters.minOverlap));
    m_answerBound = noTime;
    std::sort(m_answers.begin(), m_answers.end());
    const auto after = std::lower_bound(m_answers.begin(), m_answers.end(),
                                        std::pair<qint64, bool>(stillDown, false));
    if (std::size_t(m_answers.end() - after) >= n)
        m_answerBound = (after + std::ptrdiff_t(n - 1))->first;
    const std::size_t working = m_answers.size();
    if (working < n || confirmations < n)
        return noTime;
    for (const qint64 down : m_times)
        m_answers.emplace_back(down, false);
    std::sort(m_answers.begin(), m_answers.end());
    // Contradictions of a cut after statement i: "down" after it, "resolved now" before.
    auto cost = std::ptrdiff_t(m_times.size());
    std::ptrdiff_t best = cost + 1;
    std::size_t cut = 0;
    for (std::size_t i = 0; i + 1 < m_answers.size(); ++i) {
        cost += m_answers[i].second ? 1 : -1;
        if (cost < best) {
            best = cost;
            cut = i;
        }
    }
    const qint64 gap = m_answers[cut + 1].first - m_answers[cut].first;
    if (gap > m_parameters.answerGapMs)
        return noTime;
    return m_answers[cut].first + gap / 2;
}

} // namespace ehb::analysis::detail
