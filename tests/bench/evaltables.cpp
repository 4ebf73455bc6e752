#include "evaltables.h"

#include "evalfigures.h"

#include <algorithm>

namespace ehb::bench::eval {

void Table::print(QTextStream &out, const QString &indent) const
{
    QList<int> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row.at(c).size()));
        }
    }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QString line = indent;
        for (qsizetype c = 0; c < m_rows.at(r).size(); ++c) {
            const QString &cell = m_rows.at(r).at(c);
            line += c == 0 ? cell.leftJustified(widths[c])
                           : QStringLiteral("  ") + cell.rightJustified(widths[c]);
        }
        out << line << '\n';
        if (r == 0) {
            int total = 0;
            for (const int w : widths)
                total += w + 2;
            out << indent << QString(total - 2, QLatin1Char('-')) << '\n';
        }
    }
}

void Evaluation::add(const MonthResult &month)
{
    if (month.background) {
        ++m_backgroundMonths;
        m_backgroundServiceMonths.append(month.services);
    } else {
        ++m_months;
        m_serviceMonths.append(month.services);
        m_outages.append(month.outages);
    }
    m_merges += month.merges;
    m_splits += month.splits;
    m_analysisMs.append(month.analysisMs);
    m_observations.append(month.observations);
    // Flapping: consecutive outages of a group (both in the month), kept apart or not.
    for (qsizetype i = 0; i + 1 < month.outages.size(); ++i) {
        const OutageRecord &a = month.outages.at(i);
        if (a.flapGroup < 0)
            continue;
        qsizetype j = i + 1;
        while (j < month.outages.size() && (month.outages.at(j).service != a.service ||
                                            month.outages.at(j).flapGroup != a.flapGroup))
            ++j;
        if (j == month.outages.size())
            continue;
        const OutageRecord &b = month.outages.at(j);
        ++m_flapPairs;
        bool together = false;
        for (const EpisodeRecord &episode : month.episodes)
            together = together ||
                       (episode.outages.contains(a.outage) && episode.outages.contains(b.outage));
        if (together)
            ++m_flapMerged;
        else if (!a.found() || !b.found())
            ++m_flapMissed;
        else
            ++m_flapKept;
    }
}

void Evaluation::printRecall(QTextStream &out) const
{
    out << "\nRecall: an outage is found when an episode of its service overlaps it (+-15 min).\n"
           "Eligible = >= 5 practices within 30 min and more than chance (outagesim.h).\n";
    Table table({QStringLiteral("reporters"), QStringLiteral("eligible"), QStringLiteral("found"),
                 QStringLiteral("recall"), QStringLiteral("not eligible"), QStringLiteral("found"),
                 QStringLiteral("recall")});
    QList<int> counts(4 * reporterBands().size(), 0);
    for (const OutageRecord &o : m_outages) {
        const int band = reporterBand(o.reporters);
        const int base = o.eligible ? 0 : 2;
        ++counts[band * 4 + base];
        counts[band * 4 + base + 1] += o.found();
    }
    int totals[4] = {0, 0, 0, 0};
    for (qsizetype b = 0; b < reporterBands().size(); ++b) {
        const int *c = counts.constData() + b * 4;
        table.add({reporterBands().at(b), QString::number(c[0]), QString::number(c[1]),
                   pct(c[1], c[0]), QString::number(c[2]), QString::number(c[3]), pct(c[3], c[2])});
        for (int k = 0; k < 4; ++k)
            totals[k] += c[k];
    }
    table.add({QStringLiteral("all"), QString::number(totals[0]), QString::number(totals[1]),
               pct(totals[1], totals[0]), QString::number(totals[2]), QString::number(totals[3]),
               pct(totals[3], totals[2])});
    table.print(out);

    out << "\nRecall of eligible outages by shape:\n";
    Table kinds({QStringLiteral("shape"), QStringLiteral("eligible"), QStringLiteral("found"),
                 QStringLiteral("recall"), QStringLiteral("all"),
                 QStringLiteral("eligible share")});
    const auto addKind = [&](const QString &name, auto &&is) {
        int all = 0, eligible = 0, found = 0;
        for (const OutageRecord &o : m_outages) {
            if (!is(o))
                continue;
            ++all;
            eligible += o.eligible;
            found += o.eligible && o.found();
        }
        if (all > 0)
            kinds.add({name, QString::number(eligible), QString::number(found),
                       pct(found, eligible), QString::number(all), pct(eligible, all)});
    };
    for (const sim::OutageKind kind :
         {sim::OutageKind::Ordinary, sim::OutageKind::LateAfternoon, sim::OutageKind::AnyTime,
          sim::OutageKind::Flapping, sim::OutageKind::StartEdge, sim::OutageKind::EndEdge,
          sim::OutageKind::Cascade, sim::OutageKind::Context, sim::OutageKind::Fixed})
        addKind(sim::kindName(kind), [kind](const OutageRecord &o) { return o.kind == kind; });
    addKind(QStringLiteral("regional (any shape)"),
            [](const OutageRecord &o) { return o.regional; });
    kinds.print(out);
}

void Evaluation::printFalseEpisodes(QTextStream &out) const
{
    out << "\nFalse episodes (matching no outage) per service-year, quietest service first.\n"
           "Rates: simulated unrelated reports an hour at the weekday peak (median month) and "
           "the analysis's measured rate, thresholds (median).\n";
    Table table({QStringLiteral("service"), QStringLiteral("peak/h"), QStringLiteral("measured/h"),
                 QStringLiteral("overlap/inst"), QStringLiteral("false (outage months)"),
                 QStringLiteral("per svc-year"), QStringLiteral("false (background)"),
                 QStringLiteral("per svc-year"), QStringLiteral("false min/svc-year (bg)")});
    const QStringList names = sim::serviceNames();
    QList<int> order;
    QList<double> peaks;
    for (qsizetype s = 0; s < names.size(); ++s) {
        order.append(int(s));
        QList<double> rates;
        for (const ServiceMonth &m : m_serviceMonths + m_backgroundServiceMonths)
            if (m.service == s)
                rates.append(m.perHourAtPeak);
        peaks.append(median(rates));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return peaks[a] < peaks[b]; });
    const double years = m_months / 12.0;
    const double backgroundYears = m_backgroundMonths / 12.0;
    int allFalse = 0, allBackground = 0;
    for (const int s : order) {
        int falseCount = 0, backgroundCount = 0;
        double backgroundMinutes = 0;
        QList<double> measured, overlap, installations;
        for (const ServiceMonth &m : m_serviceMonths) {
            if (m.service == s)
                falseCount += m.falseEpisodes;
        }
        for (const ServiceMonth &m : m_backgroundServiceMonths) {
            if (m.service != s)
                continue;
            backgroundCount += m.falseEpisodes;
            backgroundMinutes += m.falseMinutes;
        }
        for (const ServiceMonth &m : m_serviceMonths + m_backgroundServiceMonths) {
            if (m.service != s)
                continue;
            measured.append(m.measuredPerHour);
            overlap.append(m.minOverlap);
            installations.append(m.minInstallations);
        }
        allFalse += falseCount;
        allBackground += backgroundCount;
        table.add({names.at(s), fixed(peaks[s], 2), fixed(median(measured), 2),
                   QStringLiteral("%1/%2").arg(median(overlap)).arg(median(installations)),
                   QString::number(falseCount),
                   years > 0 ? fixed(falseCount / years, 2) : QStringLiteral("-"),
                   QString::number(backgroundCount),
                   backgroundYears > 0 ? fixed(backgroundCount / backgroundYears, 2)
                                       : QStringLiteral("-"),
                   backgroundYears > 0 ? fixed(backgroundMinutes / backgroundYears, 0)
                                       : QStringLiteral("-")});
    }
    const double services = double(names.size());
    table.add({QStringLiteral("all (mean per service)"), QString(), QString(), QString(),
               QString::number(allFalse),
               years > 0 ? fixed(allFalse / years / services, 2) : QStringLiteral("-"),
               QString::number(allBackground),
               backgroundYears > 0 ? fixed(allBackground / backgroundYears / services, 2)
                                   : QStringLiteral("-"),
               QString()});
    table.print(out);
}

void Evaluation::printDowntime(QTextStream &out) const
{
    out << "\nDowntime error per found outage (episode minutes attributed to it - true minutes, "
           "both within the month):\n";
    Table table({QStringLiteral("outages"), QStringLiteral("n"), QStringLiteral("med |err| min"),
                 QStringLiteral("p90 |err| min"), QStringLiteral("med |rel|"),
                 QStringLiteral("p90 |rel|"), QStringLiteral("signed med min"),
                 QStringLiteral("within max(10%,10min)")});
    const auto addRow = [&](const QString &name, auto &&is) {
        QList<double> errors, relative;
        int within = 0;
        for (const OutageRecord &o : m_outages) {
            if (!o.found() || !is(o))
                continue;
            errors.append(errorOf(o));
            relative.append(o.minutes > 0 ? errorOf(o) / o.minutes : 0);
            within += withinTolerance(o.matchedMinutes, o.minutes);
        }
        if (errors.isEmpty())
            return;
        table.add({name, QString::number(errors.size()), fixed(median(absolute(errors))),
                   fixed(percentile(absolute(errors), 0.9)), share(median(absolute(relative))),
                   share(percentile(absolute(relative), 0.9)), fixed(median(errors)),
                   pct(within, errors.size())});
    };
    for (qsizetype b = 0; b < reporterBands().size(); ++b)
        addRow(QStringLiteral("reporters ") + reporterBands().at(b),
               [b](const OutageRecord &o) { return reporterBand(o.reporters) == b; });
    for (qsizetype b = 0; b < durationBands().size(); ++b)
        addRow(QStringLiteral("lasting ") + durationBands().at(b),
               [b](const OutageRecord &o) { return durationBand(o.minutes) == b; });
    addRow(QStringLiteral("lasting 10-30 min, >=10 reporters"),
           [](const OutageRecord &o) { return durationBand(o.minutes) == 1 && o.reporters >= 10; });
    addRow(QStringLiteral("lasting 2-8 h, >=10 reporters"),
           [](const OutageRecord &o) { return durationBand(o.minutes) == 3 && o.reporters >= 10; });
    for (const sim::OutageKind kind :
         {sim::OutageKind::Ordinary, sim::OutageKind::LateAfternoon, sim::OutageKind::AnyTime,
          sim::OutageKind::Flapping, sim::OutageKind::Cascade, sim::OutageKind::StartEdge,
          sim::OutageKind::EndEdge, sim::OutageKind::Fixed})
        addRow(QStringLiteral("shape ") + sim::kindName(kind),
               [kind](const OutageRecord &o) { return o.kind == kind; });
    addRow(QStringLiteral("regional"), [](const OutageRecord &o) { return o.regional; });
    addRow(QStringLiteral("eligible"), [](const OutageRecord &o) { return o.eligible; });
    addRow(QStringLiteral("all found"), [](const OutageRecord &) { return true; });
    table.print(out);
    int seen = 0, found = 0, within = 0;
    for (const OutageRecord &o : m_outages) {
        if (o.reporters < 10)
            continue;
        ++seen;
        found += o.found();
        within += withinTolerance(o.found() ? o.matchedMinutes : 0, o.minutes);
    }
    out << "  Seen by >= 10 practices: within max(10 %, 10 min) " << pct(within, found)
        << " of the found (" << found << "), " << pct(within, seen) << " of all (" << seen
        << ", missed ones count as 0 min); target >= 95 %\n";
}

void Evaluation::printEdges(QTextStream &out) const
{
    out << "\nStart and end errors (episode - truth, minutes; edges cut by the month and merged "
           "outages left out):\n";
    Table table({QStringLiteral("reporters"), QStringLiteral("n start"),
                 QStringLiteral("med |start|"), QStringLiteral("p90 |start|"),
                 QStringLiteral("signed med"), QStringLiteral("n end"), QStringLiteral("med |end|"),
                 QStringLiteral("p90 |end|"), QStringLiteral("signed med")});
    const auto addRow = [&](const QString &name, auto &&is) {
        QList<double> starts, ends;
        for (const OutageRecord &o : m_outages) {
            if (!o.found() || o.merged || !is(o))
                continue;
            if (!o.startClipped)
                starts.append(startError(o));
            if (!o.endClipped)
                ends.append(endError(o));
        }
        table.add({name, QString::number(starts.size()), fixed(median(absolute(starts))),
                   fixed(percentile(absolute(starts), 0.9)), fixed(median(starts)),
                   QString::number(ends.size()), fixed(median(absolute(ends))),
                   fixed(percentile(absolute(ends), 0.9)), fixed(median(ends))});
    };
    for (qsizetype b = 0; b < reporterBands().size(); ++b)
        addRow(reporterBands().at(b),
               [b](const OutageRecord &o) { return reporterBand(o.reporters) == b; });
    addRow(QStringLiteral("all"), [](const OutageRecord &) { return true; });
    table.print(out);
}

void Evaluation::printServiceMonths(QTextStream &out) const
{
    out << "\nPer service-month downtime (the figure in the letters): episode minutes in the month "
           "vs true minutes.\n";
    Table table({QStringLiteral("service-months"), QStringLiteral("n"),
                 QStringLiteral("within max(10%,10min)"), QStringLiteral("MEAN |rel|"),
                 QStringLiteral("median |rel|"), QStringLiteral("p90 |rel|"),
                 QStringLiteral("signed mean rel"), QStringLiteral("true min"),
                 QStringLiteral("episode min"), QStringLiteral("of which false")});
    const auto addRow = [&](const QString &name, const QList<ServiceMonth> &months, auto &&is) {
        QList<double> relative;
        double truth = 0, estimate = 0, falseMinutes = 0;
        int within = 0, n = 0;
        for (const ServiceMonth &m : months) {
            if (!is(m))
                continue;
            ++n;
            truth += m.trueMinutes;
            estimate += m.episodeMinutes;
            falseMinutes += m.falseMinutes;
            within += withinTolerance(m.episodeMinutes, m.trueMinutes);
            if (m.trueMinutes > 0)
                relative.append((m.episodeMinutes - m.trueMinutes) / m.trueMinutes);
        }
        const bool rel = !relative.isEmpty();
        table.add({name, QString::number(n), pct(within, n),
                   rel ? share(mean(absolute(relative))) : QStringLiteral("-"),
                   rel ? share(median(absolute(relative))) : QStringLiteral("-"),
                   rel ? share(percentile(absolute(relative), 0.9)) : QStringLiteral("-"),
                   rel ? share(mean(relative)) : QStringLiteral("-"), fixed(truth, 0),
                   fixed(estimate, 0), fixed(falseMinutes, 0)});
    };
    addRow(QStringLiteral("with outages"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages > 0; });
    addRow(QStringLiteral("  all of them eligible"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages > 0 && m.allEligible; });
    addRow(QStringLiteral("  some not eligible"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages > 0 && !m.allEligible; });
    addRow(QStringLiteral("without outages"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages == 0; });
    addRow(QStringLiteral("background-only months"), m_backgroundServiceMonths,
           [](const ServiceMonth &) { return true; });
    table.print(out);

    out << "\nSLA verdict per service-month (99.9 % overall and in working hours), truth vs "
           "analysis:\n";
    Table sla({QStringLiteral("service-months"), QStringLiteral("n"),
               QStringLiteral("truth met, said met"), QStringLiteral("truth met, said MISSED"),
               QStringLiteral("truth missed, said MET"),
               QStringLiteral("truth missed, said missed"), QStringLiteral("agree")});
    const auto addSla = [&](const QString &name, const QList<ServiceMonth> &months, auto &&is) {
        int cells[4] = {0, 0, 0, 0};
        int n = 0;
        for (const ServiceMonth &m : months) {
            if (!is(m))
                continue;
            ++n;
            ++cells[(m.trueMeetsSla ? 0 : 2) + (m.meetsSla ? 0 : 1)];
        }
        sla.add({name, QString::number(n), QString::number(cells[0]), QString::number(cells[1]),
                 QString::number(cells[2]), QString::number(cells[3]),
                 pct(cells[0] + cells[3], n)});
    };
    addSla(QStringLiteral("with outages"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages > 0; });
    addSla(QStringLiteral("without outages"), m_serviceMonths,
           [](const ServiceMonth &m) { return m.outages == 0; });
    addSla(QStringLiteral("background-only months"), m_backgroundServiceMonths,
           [](const ServiceMonth &) { return true; });
    sla.print(out);
}

void Evaluation::printFlapping(QTextStream &out) const
{
    out << "\nFlapping (2-3 outages of a service 15-30 min apart) and merges/splits:\n";
    Table table({QStringLiteral("what"), QStringLiteral("count"), QStringLiteral("share")});
    table.add({QStringLiteral("flapping pairs"), QString::number(m_flapPairs), QString()});
    table.add({QStringLiteral("  kept as two episodes"), QString::number(m_flapKept),
               pct(m_flapKept, m_flapPairs)});
    table.add({QStringLiteral("  merged into one"), QString::number(m_flapMerged),
               pct(m_flapMerged, m_flapPairs)});
    table.add({QStringLiteral("  one of them not found"), QString::number(m_flapMissed),
               pct(m_flapMissed, m_flapPairs)});
    int found = 0;
    for (const OutageRecord &o : m_outages)
        found += o.found();
    table.add({QStringLiteral("merges (episodes on >= 2 outages)"), QString::number(m_merges),
               QString()});
    table.add({QStringLiteral("splits (outages with >= 2 episodes)"), QString::number(m_splits),
               pct(m_splits, found)});
    table.print(out);
}

void Evaluation::printEvening(QTextStream &out) const
{
    out << "\nOutages running past 18:00 on a weekday: working-hours minutes (Mon-Fri 08-18) and "
           "all minutes, episode - truth:\n";
    Table table({QStringLiteral("found outages past 18:00"), QStringLiteral("n"),
                 QStringLiteral("med true work min"), QStringLiteral("med |work err|"),
                 QStringLiteral("p90 |work err|"), QStringLiteral("signed med work"),
                 QStringLiteral("work within tol"), QStringLiteral("med |all err|"),
                 QStringLiteral("signed med all")});
    const auto addRow = [&](const QString &name, auto &&is) {
        QList<double> truth, errors, allErrors;
        int within = 0;
        for (const OutageRecord &o : m_outages) {
            if (!o.found() || !o.pastSix || !is(o))
                continue;
            truth.append(o.workingMinutes);
            errors.append(o.matchedWorkingMinutes - o.workingMinutes);
            allErrors.append(errorOf(o));
            within += withinTolerance(o.matchedWorkingMinutes, o.workingMinutes);
        }
        table.add({name, QString::number(errors.size()), fixed(median(truth)),
                   fixed(median(absolute(errors))), fixed(percentile(absolute(errors), 0.9)),
                   fixed(median(errors)), pct(within, errors.size()),
                   fixed(median(absolute(allErrors))), fixed(median(allErrors))});
    };
    addRow(QStringLiteral("all"), [](const OutageRecord &) { return true; });
    addRow(QStringLiteral(">= 10 reporters"),
           [](const OutageRecord &o) { return o.reporters >= 10; });
    addRow(QStringLiteral("late-afternoon shape"),
           [](const OutageRecord &o) { return o.kind == sim::OutageKind::LateAfternoon; });
    table.print(out);
}

void Evaluation::print(QTextStream &out) const
{
    printRecall(out);
    printFalseEpisodes(out);
    printDowntime(out);
    printEdges(out);
    printServiceMonths(out);
    printFlapping(out);
    printEvening(out);
    out << "\nAnalysis time per month (findEpisodes + summarizeEpisodes): median "
        << fixed(median(m_analysisMs), 1) << " ms, p90 " << fixed(percentile(m_analysisMs, 0.9), 1)
        << " ms; observations per month: median " << fixed(median(m_observations), 0) << ", p90 "
        << fixed(percentile(m_observations, 0.9), 0) << '\n';
}

} // namespace ehb::bench::eval
