// What the episode timeline says in words: its tooltips, its description for screen readers
// and its data for CSV (the drawing is in timelinechart.cpp).
#include "ui/analysis/timelinechart.h"

#include "ui/analysis/chartstyle.h"

#include <QLocale>

#include <cmath>

namespace ehb {

QString TimelineChart::episodeText(const stats::Episode &episode) const
{
    QString text = episodeFacts(episode);
    if (const stats::EpisodeImpact *impact = impactOf(episode)) {
        const stats::ImpactFigures &figures = impact->figures;
        //: What an outage episode cost: minutes lost as reported, by how many reports.
        text += QLatin1Char('\n') + tr("Minutes lost: %1 reported by %n report(s)", nullptr,
                                       int(figures.minutesLostReports))
                                        .arg(ChartStyle::duration(figures.minutesLostReported));
        if (figures.minutesLostEstimated)
            //: The estimate of an episode's minutes lost, kept apart from the reported sum.
            text += tr(", ≈ %1 more estimated for %n practice(s) that gave none", nullptr,
                       int(figures.installationsWithoutMinutes))
                        .arg(ChartStyle::duration(*figures.minutesLostEstimated));
    }
    return text;
}

QString TimelineChart::episodeFacts(const stats::Episode &episode) const
{
    const QString service = ChartStyle::serviceName(episode.service, true);
    const QString start = ChartStyle::dateTime(episode.start.toTimeZone(m_zone));
    const QString end = ChartStyle::dateTime(episode.end.toTimeZone(m_zone));
    if (!episode.hasRange) {
        //: An outage episode: service, start, end, duration, reports, practices.
        return tr("%1: %2 – %3 (%4), %n report(s) from %5 practices", nullptr, episode.reports)
            .arg(service, start, end, ChartStyle::duration(episode.minutes),
                 ChartStyle::count(episode.installations));
    }
    // A time of the ranges: the time alone on the day of the one before it.
    const auto when = [this](const QDateTime &time, const QDateTime &before) {
        const QDateTime local = time.toTimeZone(m_zone);
        if (before.isValid() && before.toTimeZone(m_zone).date() == local.date())
            return QLocale().toString(local.time(), QLocale::ShortFormat);
        return ChartStyle::dateTime(local);
    };
    //: An outage episode: service, start, end, minutes with their range ("48 min (9–49)"),
    //: reports, practices.
    return tr("%1: %2 – %3, %4, %n report(s) from %5 practices", nullptr, episode.reports)
               .arg(service, start, end,
                    ChartStyle::minutesRange(episode.minutes, episode.minutesLow,
                                             episode.minutesHigh),
                    ChartStyle::count(episode.installations)) +
           QLatin1Char('\n') +
           //: The ranges of an outage episode's start and end, as the reports allow them.
           tr("Start between %1 and %2, end between %3 and %4.")
               .arg(when(episode.startEarliest, {}),
                    when(episode.startLatest, episode.startEarliest),
                    when(episode.endEarliest, episode.startLatest),
                    when(episode.endLatest, episode.endEarliest));
}

QString TimelineChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    if (isEmpty())
        return {};
    const Layout geometry = layout(rect);
    // A lane: the official status at that time.
    for (qsizetype row = 0; row < m_rows.size() && hasOfficialLane(); ++row) {
        const QRectF lane = laneFor(geometry, row).adjusted(0, -2, 0, 2);
        if (!lane.contains(position))
            continue;
        const QDateTime at = m_data.from.addMSecs(
            qint64((position.x() - lane.left()) / lane.width() * m_data.from.msecsTo(m_data.to)));
        const QString service = ChartStyle::serviceName(m_rows.at(row), true);
        for (const OfficialLane::Segment &segment : m_lanes.value(m_rows.at(row))) {
            if (segment.start <= at && at < segment.end)
                return service + QLatin1String(": ") + OfficialLane::describe(segment, m_zone);
        }
        return service + QLatin1String(": ") +
               OfficialLane::describe({m_data.from, m_data.to, OfficialLane::Status::NoRecord},
                                      m_zone);
    }
    QStringList lines;
    for (const stats::Episode &episode : m_data.episodes) {
        // A little slack around thin bars, so they can be pointed at.
        if (rangeFor(geometry, episode).adjusted(-2, 0, 2, 0).contains(position))
            lines.append(episodeText(episode));
    }
    if (!lines.isEmpty() && hasRanges())
        lines.append(ChartStyle::rangeMeaning());
    return lines.join(QLatin1Char('\n'));
}

QString TimelineChart::describe() const
{
    if (isEmpty())
        return tr("No outage episodes in this period.");
    double minutes = 0;
    double low = 0;
    double high = 0;
    for (const stats::Episode &episode : m_data.episodes) {
        minutes += episode.minutes;
        low += episode.minutesLow;
        high += episode.minutesHigh;
    }
    QString text = tr("%n outage episode(s), %1 in all.", nullptr, int(m_data.episodes.size()))
                       .arg(hasRanges() ? ChartStyle::minutesRange(minutes, low, high)
                                        : ChartStyle::duration(minutes));
    if (hasOfficialLane())
        text += QLatin1Char(' ') +
                tr("Under each service, what the official status page said at the time.");
    return text;
}

DataTable TimelineChart::exportTable() const
{
    // The minutes' range after the minutes, then the ranges of the start and the end (empty
    // cells when the server sent none).
    DataTable table;
    table.headers = {tr("Service"),       tr("Service id"),      tr("Start"),
                     tr("End"),           tr("Minutes"),         tr("Minutes, low"),
                     tr("Minutes, high"), tr("Start, earliest"), tr("Start, latest"),
                     tr("End, earliest"), tr("End, latest"),     tr("Reports"),
                     tr("Practices")};
    const auto ranged = [](const stats::Episode &episode, const QVariant &value) {
        return episode.hasRange ? value : QVariant();
    };
    if (m_impact)
        table.headers << tr("Minutes lost, reported") << tr("Reports giving minutes lost")
                      << tr("Minutes lost, estimate for practices without")
                      << tr("Patients affected, reported");
    for (const stats::Episode &episode : m_data.episodes) {
        table.rows.append({ChartStyle::serviceName(episode.service), episode.service,
                           episode.start.toTimeZone(m_zone), episode.end.toTimeZone(m_zone),
                           std::round(episode.minutes * 10) / 10,
                           ranged(episode, std::round(episode.minutesLow * 10) / 10),
                           ranged(episode, std::round(episode.minutesHigh * 10) / 10),
                           ranged(episode, episode.startEarliest.toTimeZone(m_zone)),
                           ranged(episode, episode.startLatest.toTimeZone(m_zone)),
                           ranged(episode, episode.endEarliest.toTimeZone(m_zone)),
                           ranged(episode, episode.endLatest.toTimeZone(m_zone)), episode.reports,
                           episode.installations});
        if (!m_impact)
            continue;
        // Empty cells for an episode the impact answer does not list.
        const stats::EpisodeImpact *impact = impactOf(episode);
        const auto cell = [impact](auto figure) {
            return impact ? QVariant(std::round(double(figure(impact->figures)) * 10) / 10)
                          : QVariant();
        };
        table.rows.last()
            << cell([](const stats::ImpactFigures &f) { return f.minutesLostReported; })
            << cell([](const stats::ImpactFigures &f) { return f.minutesLostReports; })
            << (impact && impact->figures.minutesLostEstimated
                    ? QVariant(std::round(*impact->figures.minutesLostEstimated * 10) / 10)
                    : QVariant())
            << cell([](const stats::ImpactFigures &f) { return f.patientsReported; });
    }
    return table;
}

} // namespace ehb
