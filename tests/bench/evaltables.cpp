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

void Evaluation::printRanges(QTextStream &out) const
{
    out << "\nRanges: does the truth lie inside? Found outages matched by episodes of their own "
           "(merged ones and edges cut by the month left out).\n"
           "Start in [startEarliest, startLatest], end in [endEarliest, endLatest], minutes in "
           "[low, high]. A split outage takes the union of its episodes' ranges: start from the\n"
           "earliest startEarliest to the earliest startLatest, end from the latest endEarliest "
           "to the latest endLatest; low = the union of the episodes' shortest extents (gaps\n"
           "not counted, as in the service-month low), high = earliest startEarliest to latest "
           "endLatest (gaps counted). Widths in minutes; the minutes' width / the true minutes.\n";
    Table table({QStringLiteral("reporters"), QStringLiteral("n"), QStringLiteral("start in"),
                 QStringLiteral("end in"), QStringLiteral("minutes in"),
                 QStringLiteral("all three"), QStringLiteral("med start w"),
                 QStringLiteral("p90 start w"), QStringLiteral("med end w"),
                 QStringLiteral("p90 end w"), QStringLiteral("med min w/true"),
                 QStringLiteral("p90 min w/true")});
    Table misses(
        {QStringLiteral("reporters"), QStringLiteral("n"), QStringLiteral("start < earliest"),
         QStringLiteral("med by"), QStringLiteral("start > latest"), QStringLiteral("med by"),
         QStringLiteral("end < earliest"), QStringLiteral("med by"), QStringLiteral("end > latest"),
         QStringLiteral("med by"), QStringLiteral("min < low"), QStringLiteral("med by"),
         QStringLiteral("min > high"), QStringLiteral("med min/high")});
    const auto addRow = [&](const QString &name, auto &&is, bool always) {
        int n = 0, startIn = 0, endIn = 0, minutesIn = 0, allIn = 0;
        int startBefore = 0, startAfter = 0, endBefore = 0, endAfter = 0, under = 0, over = 0;
        QList<double> startWidths, endWidths, minuteWidths;
        QList<double> startBeforeBy, startAfterBy, endBeforeBy, endAfterBy, underBy, overBy;
        for (const OutageRecord &o : m_outages) {
            if (!rangeJudged(o) || !is(o))
                continue;
            ++n;
            const int start = startSide(o), end = endSide(o), minutes = minutesSide(o);
            startIn += start == 0;
            endIn += end == 0;
            minutesIn += minutes == 0;
            allIn += start == 0 && end == 0 && minutes == 0;
            startWidths.append(startWidth(o));
            endWidths.append(endWidth(o));
            minuteWidths.append(minutesWidthRelative(o));
            const double startBy = outsideBy(o.start, o.startEarliest, o.startLatest);
            const double endBy = outsideBy(o.end, o.endEarliest, o.endLatest);
            if (start < 0) {
                ++startBefore;
                startBeforeBy.append(startBy);
            } else if (start > 0) {
                ++startAfter;
                startAfterBy.append(startBy);
            }
            if (end < 0) {
                ++endBefore;
                endBeforeBy.append(endBy);
            } else if (end > 0) {
                ++endAfter;
                endAfterBy.append(endBy);
            }
            if (minutes < 0) {
                ++under;
                underBy.append(o.lowMinutes - o.minutes);
            }
            if (minutes > 0) {
                ++over;
                overBy.append(o.highMinutes > 0 ? o.minutes / o.highMinutes : 0);
            }
        }
        if (n == 0 && !always)
            return;
        const auto by = [](const QList<double> &values) {
            return values.isEmpty() ? QStringLiteral("-") : fixed(median(values));
        };
        table.add({name, QString::number(n), pct(startIn, n), pct(endIn, n), pct(minutesIn, n),
                   pct(allIn, n), fixed(median(startWidths)), fixed(percentile(startWidths, 0.9)),
                   fixed(median(endWidths)), fixed(percentile(endWidths, 0.9)),
                   share(median(minuteWidths)), share(percentile(minuteWidths, 0.9))});
        misses.add({name, QString::number(n), pct(startBefore, n), by(startBeforeBy),
                    pct(startAfter, n), by(startAfterBy), pct(endBefore, n), by(endBeforeBy),
                    pct(endAfter, n), by(endAfterBy), pct(under, n), by(underBy), pct(over, n),
                    overBy.isEmpty() ? QStringLiteral("-") : fixed(median(overBy), 2)});
    };
    for (qsizetype b = 0; b < reporterBands().size(); ++b)
        addRow(
            reporterBands().at(b),
            [b](const OutageRecord &o) { return reporterBand(o.reporters) == b; }, b > 0);
    addRow(
        QStringLiteral("all"), [](const OutageRecord &) { return true; }, true);
    addRow(
        QStringLiteral("  of which split"), [](const OutageRecord &o) { return o.episodes >= 2; },
        false);
    table.print(out);

    out << "\nWhere the truth lies outside (share of n; med by: median minutes outside; med "
           "min/high: the true minutes / high, when above it):\n";
    misses.print(out);

    out << "\nService-month downtime range [downtimeLowMinutes, downtimeHighMinutes] against the "
           "true downtime (false episodes add to both ends;\n"
           "low > truth: a letter citing the low end would be contradicted; med by: minutes "
           "over). Working hours: workingDowntimeLow/HighMinutes against the true working "
           "minutes.\n";
    Table months({QStringLiteral("service-months"), QStringLiteral("n"), QStringLiteral("inside"),
                  QStringLiteral("LOW > truth"), QStringLiteral("med by"),
                  QStringLiteral("high < truth"), QStringLiteral("med width min"),
                  QStringLiteral("med width/true"), QStringLiteral("work inside"),
                  QStringLiteral("work LOW > truth"), QStringLiteral("work high < truth")});
    const auto addMonths = [&](const QString &name, const QList<ServiceMonth> &list, auto &&is) {
        int n = 0, inside = 0, lowOver = 0, highUnder = 0;
        int workInside = 0, workLowOver = 0, workHighUnder = 0;
        QList<double> widths, relative, lowBy;
        for (const ServiceMonth &m : list) {
            if (!is(m))
                continue;
            ++n;
            const int side = sideOf(m.trueMinutes, m.lowMinutes, m.highMinutes);
            inside += side == 0;
            lowOver += side < 0;
            if (side < 0)
                lowBy.append(m.lowMinutes - m.trueMinutes);
            highUnder += side > 0;
            const int work =
                sideOf(m.trueWorkingMinutes, m.workingLowMinutes, m.workingHighMinutes);
            workInside += work == 0;
            workLowOver += work < 0;
            workHighUnder += work > 0;
            widths.append(m.highMinutes - m.lowMinutes);
            if (m.trueMinutes > 0)
                relative.append((m.highMinutes - m.lowMinutes) / m.trueMinutes);
        }
        months.add({name, QString::number(n), pct(inside, n), pct(lowOver, n),
                    lowBy.isEmpty() ? QStringLiteral("-") : fixed(median(lowBy)), pct(highUnder, n),
                    fixed(median(widths)),
                    relative.isEmpty() ? QStringLiteral("-") : share(median(relative)),
                    pct(workInside, n), pct(workLowOver, n), pct(workHighUnder, n)});
    };
    addMonths(QStringLiteral("with outages"), m_serviceMonths,
              [](const ServiceMonth &m) { return m.outages > 0; });
    addMonths(QStringLiteral("  without false episodes"), m_serviceMonths,
              [](const ServiceMonth &m) { return m.outages > 0 && m.falseEpisodes == 0; });
    addMonths(QStringLiteral("    nor merged outages"), m_serviceMonths, [](const ServiceMonth &m) {
        return m.outages > 0 && m.falseEpisodes == 0 && m.mergedOutages == 0;
    });
    addMonths(QStringLiteral("  with false episodes"), m_serviceMonths,
              [](const ServiceMonth &m) { return m.outages > 0 && m.falseEpisodes > 0; });
    addMonths(QStringLiteral("  all eligible, no false episodes"), m_serviceMonths,
              [](const ServiceMonth &m) {
                  return m.outages > 0 && m.allEligible && m.falseEpisodes == 0;
              });
    addMonths(QStringLiteral("without outages"), m_serviceMonths,
              [](const ServiceMonth &m) { return m.outages == 0; });
    addMonths(QStringLiteral("background-only months"), m_backgroundServiceMonths,
              [](const ServiceMonth &) { return true; });
    months.print(out);
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
    printRanges(out);
    printFlapping(out);
    printEvening(out);
    out << "\nAnalysis time per month (findEpisodes + summarizeEpisodes): median "
        << fixed(median(m_analysisMs), 1) << " ms, p90 " << fixed(percentile(m_analysisMs, 0.9), 1)
        << " ms; observations per month: median " << fixed(median(m_observations), 0) << ", p90 "
        << fixed(percentile(m_observations, 0.9), 0) << '\n';
}

} // namespace ehb::bench::eval
