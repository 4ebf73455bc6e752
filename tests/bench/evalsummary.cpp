// eval_episodes: the one-line summary and the CSV of the outages.
#include "evalfigures.h"
#include "evaltables.h"

#include <QFile>

namespace ehb::bench::eval {

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

QString Evaluation::summary() const
{
    int eligible = 0, found = 0;
    int bandEligible[6] = {}, bandFound[6] = {};
    int seen = 0, within = 0;
    QList<double> starts, ends, serviceRelative;
    for (const OutageRecord &o : m_outages) {
        if (o.eligible) {
            ++eligible;
            found += o.found();
            ++bandEligible[reporterBand(o.reporters)];
            bandFound[reporterBand(o.reporters)] += o.found();
        }
        if (o.reporters >= 10) {
            ++seen;
            within += withinTolerance(o.found() ? o.matchedMinutes : 0, o.minutes);
        }
        if (o.found() && !o.merged && !o.startClipped)
            starts.append(std::abs(startError(o)));
        if (o.found() && !o.merged && !o.endClipped)
            ends.append(std::abs(endError(o)));
    }
    int falseOutage = 0, falseBackground = 0;
    for (const ServiceMonth &m : m_serviceMonths) {
        falseOutage += m.falseEpisodes;
        if (m.outages > 0 && m.trueMinutes > 0)
            serviceRelative.append(std::abs(m.episodeMinutes - m.trueMinutes) / m.trueMinutes);
    }
    for (const ServiceMonth &m : m_backgroundServiceMonths)
        falseBackground += m.falseEpisodes;
    int slaAgree = 0;
    for (const ServiceMonth &m : m_serviceMonths)
        slaAgree += m.trueMeetsSla == m.meetsSla;
    // The ranges: per outage matched by episodes of its own, edges not cut by the month; per
    // service-month with outages, with and without those with false episodes.
    int ranged = 0, startIn = 0, endIn = 0, minutesIn = 0;
    QList<double> startWidths, endWidths, minuteWidths;
    for (const OutageRecord &o : m_outages) {
        if (!rangeJudged(o))
            continue;
        ++ranged;
        startIn += startSide(o) == 0;
        endIn += endSide(o) == 0;
        minutesIn += minutesSide(o) == 0;
        startWidths.append(startWidth(o));
        endWidths.append(endWidth(o));
        minuteWidths.append(minutesWidthRelative(o));
    }
    int withOutages = 0, monthIn = 0, lowOver = 0;
    int withoutFalse = 0, monthInClean = 0, lowOverClean = 0;
    for (const ServiceMonth &m : m_serviceMonths) {
        if (m.outages == 0)
            continue;
        const int side = sideOf(m.trueMinutes, m.lowMinutes, m.highMinutes);
        ++withOutages;
        monthIn += side == 0;
        lowOver += side < 0;
        if (m.falseEpisodes == 0) {
            ++withoutFalse;
            monthInClean += side == 0;
            lowOverClean += side < 0;
        }
    }
    const double services = double(sim::serviceNames().size());
    const auto ratio = [](double a, double b) {
        return b > 0 ? fixed(a / b, 3) : QStringLiteral("-");
    };
    const auto perYear = [&](int count, int months) {
        return months > 0 ? fixed(count / (months / 12.0) / services, 2) : QStringLiteral("-");
    };
    return QStringLiteral("SUMMARY months=%1 bg_months=%2 eligible=%3 recall_eligible=%4 "
                          "recall_5_9=%5 recall_10_29=%6 recall_ge30=%7 "
                          "false_per_service_year=%8 false_per_service_year_bg=%9 "
                          "within_tol_ge10=%10 service_month_mean_abs_rel=%11 "
                          "start_med_abs=%12 end_med_abs=%13 flap_kept=%14 merges=%15 splits=%16 "
                          "sla_agree=%17 analysis_ms=%18 range_n=%19 range_start_in=%20 "
                          "range_end_in=%21 range_minutes_in=%22 range_start_width_med=%23 "
                          "range_end_width_med=%24 range_minutes_width_rel_med=%25 "
                          "month_range_in=%26 month_range_in_nofalse=%27 "
                          "month_low_over_truth=%28 month_low_over_truth_nofalse=%29")
        .arg(m_months)
        .arg(m_backgroundMonths)
        .arg(eligible)
        .arg(ratio(found, eligible), ratio(bandFound[1], bandEligible[1]),
             ratio(bandFound[2], bandEligible[2]),
             ratio(bandFound[3] + bandFound[4] + bandFound[5],
                   bandEligible[3] + bandEligible[4] + bandEligible[5]),
             perYear(falseOutage, m_months), perYear(falseBackground, m_backgroundMonths),
             ratio(within, seen), fixed(mean(serviceRelative), 3))
        .arg(fixed(median(starts), 1), fixed(median(ends), 1), ratio(m_flapKept, m_flapPairs))
        .arg(m_merges)
        .arg(m_splits)
        .arg(ratio(slaAgree, m_serviceMonths.size()), fixed(median(m_analysisMs), 1))
        .arg(ranged)
        .arg(ratio(startIn, ranged), ratio(endIn, ranged), ratio(minutesIn, ranged),
             fixed(median(startWidths), 1), fixed(median(endWidths), 1),
             fixed(median(minuteWidths), 3), ratio(monthIn, withOutages),
             ratio(monthInClean, withoutFalse), ratio(lowOver, withOutages))
        .arg(ratio(lowOverClean, withoutFalse));
}

bool Evaluation::writeCsv(const QString &file) const
{
    QFile csv(file);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&csv);
    out << "seed,month_index,month,outage,service,kind,true_start,true_end,true_minutes,"
           "reporters,first30,eligible,regional,flapping,episodes,merged,matched_minutes,"
           "start_error_min,end_error_min,true_working_minutes,matched_working_minutes,"
           "start_earliest,start_latest,end_earliest,end_latest,minutes_low,minutes_high,"
           "start_in,end_in,minutes_in\n";
    const QStringList names = sim::serviceNames();
    for (const OutageRecord &o : m_outages) {
        out << o.seed << ',' << o.monthIndex << ',' << o.month << ',' << o.outage << ','
            << names.value(o.service) << ',' << sim::kindName(o.kind) << ',' << utc(o.start) << ','
            << utc(o.end) << ',' << fixed(o.minutes) << ',' << o.reporters << ',' << o.first30
            << ',' << int(o.eligible) << ',' << int(o.regional) << ',' << int(o.flapGroup >= 0)
            << ',' << o.episodes << ',' << int(o.merged) << ',' << fixed(o.matchedMinutes) << ','
            << (o.found() ? fixed(startError(o)) : QString()) << ','
            << (o.found() ? fixed(endError(o)) : QString()) << ',' << fixed(o.workingMinutes) << ','
            << fixed(o.matchedWorkingMinutes);
        // The range when the outage has episodes of its own (not merged); whether the truth
        // lies inside it only for edges the month did not cut (minutes: neither cut).
        const auto flag = [](bool judged, int side) {
            return judged ? QString::number(int(side == 0)) : QString();
        };
        if (o.hasRange)
            out << ',' << utc(o.startEarliest) << ',' << utc(o.startLatest) << ','
                << utc(o.endEarliest) << ',' << utc(o.endLatest) << ',' << fixed(o.lowMinutes)
                << ',' << fixed(o.highMinutes) << ',' << flag(!o.startClipped, startSide(o)) << ','
                << flag(!o.endClipped, endSide(o)) << ',' << flag(rangeJudged(o), minutesSide(o))
                << '\n';
        else
            out << ",,,,,,,,\n";
    }
    return out.status() == QTextStream::Ok;
}

} // namespace ehb::bench::eval
