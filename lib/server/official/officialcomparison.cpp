#include "server/official/officialcomparison.h"

#include <algorithm>
#include <functional>

namespace ehb::server {

namespace {

using Segment = OfficialComparison::Segment;

OfficialStatus worse(OfficialStatus a, OfficialStatus b)
{
    return OfficialFeed::severity(b) > OfficialFeed::severity(a) ? b : a;
}

// Overlapping or touching segments joined, each with its worst status; sorted by start.
QList<Segment> merged(QList<Segment> segments)
{
    std::sort(segments.begin(), segments.end(),
              [](const Segment &a, const Segment &b) { return a.start < b.start; });
    QList<Segment> out;
    for (const Segment &segment : segments) {
        if (!out.isEmpty() && segment.start <= out.last().end) {
            out.last().end = std::max(out.last().end, segment.end);
            out.last().status = worse(out.last().status, segment.status);
        } else {
            out.append(segment);
        }
    }
    return out;
}

qint64 roundedMinutes(qint64 ms)
{
    return ms >= 0 ? (ms + 30000) / 60000 : -((-ms + 30000) / 60000);
}

} // namespace

OfficialComparison::Timeline OfficialComparison::timeline(const QList<OfficialChange> &changes,
                                                          const QList<OfficialIncident> &incidents)
{
    Timeline timeline;
    // Each component's changes in order; a status lasts until the component's next change.
    QHash<QString, QList<const OfficialChange *>> byComponent;
    for (const OfficialChange &change : changes)
        byComponent[change.componentId].append(&change);
    for (auto &list : byComponent) {
        std::sort(list.begin(), list.end(), [](const auto *a, const auto *b) {
            return a->sequence != b->sequence ? a->sequence < b->sequence : a->seenAt < b->seenAt;
        });
        for (qsizetype i = 0; i < list.size(); ++i) {
            const OfficialChange &change = *list.at(i);
            if (change.service.isEmpty())
                continue;
            const qint64 start = change.seenAt.toMSecsSinceEpoch();
            auto known = timeline.knownSince.find(change.service);
            if (known == timeline.knownSince.end())
                timeline.knownSince.insert(change.service, start);
            else
                *known = std::min(*known, start);
            const OfficialStatus status = OfficialFeed::fromCode(change.newStatus);
            if (status == OfficialStatus::Operational)
                continue;
            const qint64 end =
                i + 1 < list.size() ? list.at(i + 1)->seenAt.toMSecsSinceEpoch() : openEnd;
            if (status == OfficialStatus::Unknown)
                timeline.unknown[change.service].append({start, end, status});
            else
                timeline.segments[change.service].append({start, end, status});
        }
    }
    for (const OfficialIncident &incident : incidents) {
        const OfficialStatus status = OfficialFeed::fromCode(incident.status);
        if (OfficialFeed::severity(status) == 0)
            continue;
        const qint64 start = incident.start.toMSecsSinceEpoch();
        const qint64 end = incident.end.isValid() ? incident.end.toMSecsSinceEpoch() : openEnd;
        timeline.segments[incident.service].append({start, end, status});
    }
    for (auto &segments : timeline.segments) {
        std::sort(segments.begin(), segments.end(),
                  [](const Segment &a, const Segment &b) { return a.start < b.start; });
    }
    return timeline;
}

std::optional<OfficialStatus> OfficialComparison::statusDuring(const Timeline &timeline,
                                                               const QString &service,
                                                               qint64 startMs, qint64 endMs)
{
    // The worst status during it, from the raw segments.
    std::optional<OfficialStatus> status;
    for (const Segment &segment : timeline.segments.value(service)) {
        if (segment.start < endMs && segment.end > startMs)
            status = worse(status.value_or(OfficialStatus::Operational), segment.status);
    }
    if (status)
        return status;
    for (const Segment &segment : timeline.unknown.value(service)) {
        if (segment.start < endMs && segment.end > startMs)
            return OfficialStatus::Unknown;
    }
    const auto known = timeline.knownSince.constFind(service);
    if (known != timeline.knownSince.cend() && *known < endMs)
        return OfficialStatus::Operational;
    return std::nullopt;
}

OfficialComparison::Current OfficialComparison::current(const Timeline &timeline,
                                                        const QString &service, qint64 atMs)
{
    Current result;
    result.status = statusDuring(timeline, service, atMs, atMs + 1);
    if (!result.status)
        return result;
    // The status can only change where a segment starts or ends or the feed began to know the
    // service: the latest such moment with another status just before it.
    QList<qint64> moments;
    for (const auto *list : {&timeline.segments, &timeline.unknown}) {
        for (const Segment &segment : list->value(service)) {
            moments.append(segment.start);
            if (segment.end != openEnd)
                moments.append(segment.end);
        }
    }
    if (const auto known = timeline.knownSince.constFind(service);
        known != timeline.knownSince.cend())
        moments.append(*known);
    std::sort(moments.begin(), moments.end(), std::greater<>());
    for (const qint64 moment : std::as_const(moments)) {
        if (moment > atMs)
            continue;
        if (statusDuring(timeline, service, moment - 1, moment) != result.status) {
            result.since = moment;
            break;
        }
    }
    return result;
}

OfficialComparison::Outcome OfficialComparison::compare(const QList<Episode> &episodes,
                                                        const Timeline &timeline,
                                                        const QStringList &services, qint64 fromMs,
                                                        qint64 toMs)
{
    Outcome result;
    QHash<QString, QList<Segment>> outages; // merged, per service
    for (auto it = timeline.segments.cbegin(); it != timeline.segments.cend(); ++it)
        outages.insert(it.key(), merged(it.value()));
    QHash<QString, QList<double>> lags;
    QHash<QString, ServiceSummary> summaries;
    QHash<QString, QList<bool>> admitted; // per service, per merged outage: some episode met it

    for (const Episode &episode : episodes) {
        EpisodeVerdict verdict;
        ServiceSummary &summary = summaries[episode.service];
        const QList<Segment> &list = outages[episode.service];
        QList<bool> &met = admitted[episode.service];
        met.resize(list.size());
        verdict.status = statusDuring(timeline, episode.service, episode.start, episode.end);
        // The first merged outage that meets the episode, or starts soon after its end.
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Segment &outage = list.at(i);
            if (outage.start < episode.end + lateWindowMs && outage.end > episode.start) {
                met[i] = true;
                if (!verdict.acknowledgedAt) {
                    verdict.acknowledgedAt = outage.start;
                    verdict.lagMinutes = roundedMinutes(outage.start - episode.start);
                    verdict.officialEnd = outage.end;
                    if (!verdict.status || *verdict.status == OfficialStatus::Operational)
                        verdict.status = outage.status; // admitted only after the episode
                }
            }
        }
        if (verdict.acknowledgedAt) {
            ++summary.acknowledged;
            lags[episode.service].append(double(*verdict.lagMinutes));
        } else {
            ++summary.unacknowledged;
            summary.unacknowledgedMinutes += roundedMinutes(episode.end - episode.start);
        }
        result.episodes.append(verdict);
    }

    for (const QString &service : services) {
        ServiceSummary summary = summaries.value(service);
        summary.service = service;
        QList<double> serviceLags = lags.value(service);
        if (!serviceLags.isEmpty()) {
            std::sort(serviceLags.begin(), serviceLags.end());
            const qsizetype n = serviceLags.size();
            summary.medianLagMinutes =
                n % 2 ? serviceLags.at(n / 2)
                      : (serviceLags.at(n / 2 - 1) + serviceLags.at(n / 2)) / 2;
        }
        result.services.append(summary);

        const QList<Segment> list = outages.value(service);
        const QList<bool> met = admitted.value(service);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Segment &outage = list.at(i);
            if (met.value(i) || outage.start >= toMs || outage.end <= fromMs)
                continue;
            result.unreported.append({service, outage.start, outage.end, outage.status});
        }
    }
    return result;
}

} // namespace ehb::server
