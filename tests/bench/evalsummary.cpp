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
                          "sla_agree=%17 analysis_ms=%18")
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
        .arg(ratio(slaAgree, m_serviceMonths.size()), fixed(median(m_analysisMs), 1));
}

bool Evaluation::writeCsv(const QString &file) const
{
    QFile csv(file);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&csv);
    out << "seed,month_index,month,outage,service,kind,true_start,true_end,true_minutes,"
           "reporters,first30,eligible,regional,flapping,episodes,merged,matched_minutes,"
           "start_error_min,end_error_min,true_working_minutes,matched_working_minutes\n";
    const QStringList names = sim::serviceNames();
    for (const OutageRecord &o : m_outages) {
        out << o.seed << ',' << o.monthIndex << ',' << o.month << ',' << o.outage << ','
            << names.value(o.service) << ',' << sim::kindName(o.kind) << ',' << utc(o.start) << ','
            << utc(o.end) << ',' << fixed(o.minutes) << ',' << o.reporters << ',' << o.first30
            << ',' << int(o.eligible) << ',' << int(o.regional) << ',' << int(o.flapGroup >= 0)
            << ',' << o.episodes << ',' << int(o.merged) << ',' << fixed(o.matchedMinutes) << ','
            << (o.found() ? fixed(startError(o)) : QString()) << ','
            << (o.found() ? fixed(endError(o)) : QString()) << ',' << fixed(o.workingMinutes) << ','
            << fixed(o.matchedWorkingMinutes) << '\n';
    }
    return out.status() == QTextStream::Ok;
}

} // namespace ehb::bench::eval
