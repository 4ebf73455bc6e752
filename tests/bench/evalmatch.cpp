#include "evalmatch.h"

#include "analysis/workinghours.h"

#include <QDateTime>

#include <algorithm>

namespace ehb::bench::eval {

namespace {

// Whether [start, end) contains 18:00 of a weekday: the hours when few GPs are there to report.
bool runsPastSix(qint64 start, qint64 end, const QTimeZone &zone)
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(start, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(end, zone).date();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const qint64 six = QDateTime(day, QTime(18, 0), zone).toMSecsSinceEpoch();
        if (day.dayOfWeek() <= 5 && start < six && six < end)
            return true;
    }
    return false;
}

bool overlaps(const analysis::Episode &episode, const sim::TrueOutage &outage)
{
    return episode.start < outage.end + matchSlackMs && outage.start - matchSlackMs < episode.end;
}

} // namespace

QList<analysis::Observation> serverView(const sim::Month &month)
{
    // EpisodesHandler reads the reports started from 7 local days before the period to its end.
    const qint64 from =
        QDateTime(month.month.addDays(-7), QTime(0, 0), month.zone).toMSecsSinceEpoch();
    QList<analysis::Observation> view;
    view.reserve(month.observations.size());
    for (const analysis::Observation &observation : month.observations) {
        if (observation.startedAt >= from && observation.startedAt < month.to)
            view.append(observation);
    }
    return view;
}

MonthResult evaluateMonth(const sim::Month &month, const analysis::EpisodeAnalysis &analysis)
{
    MonthResult result;
    const QString monthName = month.month.toString(QStringLiteral("yyyy-MM"));
    const auto services = int(month.services.size());
    for (int s = 0; s < services; ++s) {
        ServiceMonth service;
        service.service = s;
        service.perHourAtPeak = month.services.at(s).perHourAtPeak;
        if (s < analysis.services.size()) {
            const analysis::ServiceAvailability &a = analysis.services.at(s);
            service.episodeMinutes = a.downtimeMinutes;
            service.episodeWorkingMinutes = a.workingDowntimeMinutes;
            service.lowMinutes = a.downtimeLowMinutes;
            service.highMinutes = a.downtimeHighMinutes;
            service.workingLowMinutes = a.workingDowntimeLowMinutes;
            service.workingHighMinutes = a.workingDowntimeHighMinutes;
            service.meetsSla = a.meetsSla;
            service.measuredPerHour = a.backgroundPerHour;
            service.minOverlap = a.minOverlap;
            service.minInstallations = a.minInstallations;
        }
        result.services.append(service);
    }

    // Episodes to outages (any outage, also before the month: an episode of it is no false one).
    // An episode matches the outages it overlaps; one that overlaps none matches the nearest
    // within the slack (an edge a few minutes off). Merged: it overlaps two or more.
    for (const analysis::Episode &episode : analysis.episodes) {
        EpisodeRecord record{episode, {}};
        qint64 nearestGap = matchSlackMs + 1;
        int nearest = -1;
        for (qsizetype o = 0; o < month.outages.size(); ++o) {
            const sim::TrueOutage &outage = month.outages.at(o);
            if (outage.service != episode.service || !overlaps(episode, outage))
                continue;
            if (episode.start < outage.end && outage.start < episode.end) {
                record.outages.append(int(o));
                continue;
            }
            const qint64 gap = std::max(episode.start - outage.end, outage.start - episode.end);
            if (gap < nearestGap) {
                nearestGap = gap;
                nearest = int(o);
            }
        }
        if (record.outages.isEmpty() && nearest >= 0)
            record.outages.append(nearest);
        result.merges += record.outages.size() >= 2;
        if (record.outages.isEmpty() && episode.service >= 0 && episode.service < services) {
            ServiceMonth &service = result.services[episode.service];
            ++service.falseEpisodes;
            service.falseMinutes += double(episode.end - episode.start) / double(sim::minuteMs);
        }
        result.episodes.append(record);
    }

    QList<int> recordOf(month.outages.size(), -1);
    for (qsizetype o = 0; o < month.outages.size(); ++o) {
        const sim::TrueOutage &outage = month.outages.at(o);
        const qint64 start = std::max(outage.start, month.from);
        const qint64 end = std::min(outage.end, month.to);
        if (end <= start)
            continue;
        OutageRecord record;
        record.monthIndex = 0;
        record.month = monthName;
        record.outage = int(o);
        record.service = outage.service;
        record.kind = outage.kind;
        record.start = start;
        record.end = end;
        record.startClipped = start != outage.start;
        record.endClipped = end != outage.end;
        record.minutes = double(end - start) / double(sim::minuteMs);
        record.workingMinutes =
            analysis::workingMinutes(start, end, month.zone, analysis::HolidayCalendar());
        record.pastSix = runsPastSix(start, end, month.zone);
        record.reporters = outage.reporters;
        record.first30 = outage.reportersFirst30;
        record.eligible = outage.eligible;
        record.regional = outage.province >= 0;
        record.flapGroup = outage.flapGroup;
        recordOf[o] = int(result.outages.size());
        result.outages.append(record);
        ServiceMonth &service = result.services[outage.service];
        service.trueMinutes += record.minutes; // outages of one service never overlap
        service.trueWorkingMinutes += record.workingMinutes;
        ++service.outages;
        service.allEligible = service.allEligible && outage.eligible;
    }

    // An episode matching several outages is shared out between them at the middle of the gaps
    // between consecutive ones.
    for (const EpisodeRecord &record : std::as_const(result.episodes)) {
        const analysis::Episode &episode = record.episode;
        for (qsizetype i = 0; i < record.outages.size(); ++i) {
            const sim::TrueOutage &outage = month.outages.at(record.outages.at(i));
            qint64 low = episode.start;
            qint64 high = episode.end;
            if (i > 0) {
                const sim::TrueOutage &before = month.outages.at(record.outages.at(i - 1));
                low = std::max(low, before.end + (outage.start - before.end) / 2);
            }
            if (i + 1 < record.outages.size()) {
                const sim::TrueOutage &after = month.outages.at(record.outages.at(i + 1));
                high = std::min(high, outage.end + (after.start - outage.end) / 2);
            }
            const int r = recordOf.at(record.outages.at(i));
            if (r < 0)
                continue; // an outage outside the month
            OutageRecord &matched = result.outages[r];
            if (matched.episodes == 0 || low < matched.matchedStart)
                matched.matchedStart = low;
            if (matched.episodes == 0 || high > matched.matchedEnd)
                matched.matchedEnd = high;
            ++matched.episodes;
            matched.merged = matched.merged || record.outages.size() >= 2;
            if (high > low) {
                matched.matchedMinutes += double(high - low) / double(sim::minuteMs);
                matched.matchedWorkingMinutes +=
                    analysis::workingMinutes(low, high, month.zone, analysis::HolidayCalendar());
            }
        }
    }
    for (const OutageRecord &record : std::as_const(result.outages)) {
        result.splits += record.episodes >= 2;
        result.services[record.service].mergedOutages += record.merged;
    }

    // The ranges of the outages matched by episodes of their own (none of them merged).
    for (OutageRecord &outage : result.outages) {
        if (!outage.found() || outage.merged)
            continue;
        QList<std::pair<qint64, qint64>> shortest;
        for (const EpisodeRecord &record : std::as_const(result.episodes)) {
            if (record.outages.size() != 1 || record.outages.front() != outage.outage)
                continue;
            const analysis::Episode &e = record.episode;
            if (!outage.hasRange) {
                outage.startEarliest = e.startEarliest;
                outage.startLatest = e.startLatest;
                outage.endEarliest = e.endEarliest;
                outage.endLatest = e.endLatest;
            }
            outage.hasRange = true;
            outage.startEarliest = std::min(outage.startEarliest, e.startEarliest);
            outage.startLatest = std::min(outage.startLatest, e.startLatest);
            outage.endEarliest = std::max(outage.endEarliest, e.endEarliest);
            outage.endLatest = std::max(outage.endLatest, e.endLatest);
            shortest.append({e.startLatest, e.endEarliest});
        }
        if (!outage.hasRange)
            continue;
        std::sort(shortest.begin(), shortest.end());
        qint64 low = 0;
        qint64 reached = shortest.front().first;
        for (const auto &[from, to] : std::as_const(shortest)) {
            const qint64 begin = std::max(from, reached);
            if (to > begin)
                low += to - begin;
            reached = std::max(reached, to);
        }
        outage.lowMinutes = double(low) / double(sim::minuteMs);
        outage.highMinutes = double(std::max<qint64>(0, outage.endLatest - outage.startEarliest)) /
                             double(sim::minuteMs);
    }
    // The SLA verdict the truth deserves, as summarizeEpisodes computes it (default 99.9 %).
    const double periodMinutes = double(month.to - month.from) / double(sim::minuteMs);
    const double periodWorking =
        analysis::workingMinutes(month.from, month.to, month.zone, analysis::HolidayCalendar());
    for (ServiceMonth &service : result.services)
        service.trueMeetsSla = 1 - service.trueMinutes / periodMinutes >= 0.999 &&
                               1 - service.trueWorkingMinutes / periodWorking >= 0.999;
    return result;
}

} // namespace ehb::bench::eval
