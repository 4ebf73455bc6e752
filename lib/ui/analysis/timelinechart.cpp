#include "ui/analysis/timelinechart.h"

#include "ui/analysis/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ehb {

namespace {

constexpr double Padding = 8;
constexpr double MinimumBar = 3; // a 5-minute episode in a year still shows
constexpr double TickWidth = 2;  // the start and end found, on an episode drawn with its range
constexpr double PartsWidth = 3 * MinimumBar; // narrower, an episode is one bar

// The light tint under the hatching of what the reports allow but do not prove.
QColor tintOf(const QColor &color)
{
    const auto tint = [](double channel) { return 1 - (1 - channel) * 0.3; };
    return QColor::fromRgbF(float(tint(color.redF())), float(tint(color.greenF())),
                            float(tint(color.blueF())));
}

// The ticks at the start and end found.
QColor tickOf(const QColor &color)
{
    return color.darker(170);
}

// Axis ticks at local calendar boundaries: hours, days, weeks (Mondays) or months, about
// `wanted` of them between `from` and `to`.
QList<QDateTime> calendarTicks(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                               int wanted, QString *format)
{
    const double days = from.secsTo(to) / 86400.0;
    QList<QDateTime> ticks;
    const QDateTime localFrom = from.toTimeZone(zone);
    if (days <= 2) {
        *format = QStringLiteral("HH:mm");
        const int step = std::max(1, int(std::ceil(days * 24 / wanted)));
        QDateTime tick(localFrom.date(), QTime(localFrom.time().hour(), 0), zone);
        for (; tick < to; tick = tick.addSecs(3600 * step)) {
            if (tick >= from)
                ticks.append(tick);
        }
        return ticks;
    }
    if (days <= 45) {
        *format = QStringLiteral("d MMM");
        const int step = days / wanted <= 1 ? 1 : (days / wanted <= 2 ? 2 : 7);
        QDate date = localFrom.date();
        if (step == 7)
            date = date.addDays((8 - date.dayOfWeek()) % 7);
        for (; QDateTime(date, QTime(0, 0), zone) < to; date = date.addDays(step)) {
            const QDateTime tick(date, QTime(0, 0), zone);
            if (tick >= from)
                ticks.append(tick);
        }
        return ticks;
    }
    *format = QStringLiteral("MMM yyyy");
    const int months = int(std::ceil(days / 30.4));
    const int step = std::max(1, int(std::ceil(double(months) / wanted)));
    QDate date(localFrom.date().year(), localFrom.date().month(), 1);
    for (; QDateTime(date, QTime(0, 0), zone) < to; date = date.addMonths(step)) {
        const QDateTime tick(date, QTime(0, 0), zone);
        if (tick >= from)
            ticks.append(tick);
    }
    return ticks;
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    retranslate();
}

void TimelineChart::retranslate()
{
    ChartWidget::retranslate();
}

QString TimelineChart::caption() const
{
    return tr("Outage episodes");
}

void TimelineChart::setData(const stats::Episodes &episodes, const QString &service)
{
    m_data = episodes;
    m_service = service;
    m_zone = QTimeZone(m_data.tz.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    m_rows.clear();
    if (!service.isEmpty())
        m_rows.append(service);
    for (const stats::Episode &episode : std::as_const(m_data.episodes)) {
        if (!m_rows.contains(episode.service))
            m_rows.append(episode.service);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QString &a, const QString &b) {
        return ChartStyle::serviceOrder(a) < ChartStyle::serviceOrder(b);
    });
    updateGeometry();
    dataChanged();
}

void TimelineChart::clear()
{
    setData({});
}

bool TimelineChart::isEmpty() const
{
    return m_data.episodes.isEmpty() || !m_data.from.isValid() || m_data.to <= m_data.from;
}

bool TimelineChart::hasRanges() const
{
    return std::any_of(m_data.episodes.cbegin(), m_data.episodes.cend(),
                       [](const stats::Episode &episode) { return episode.hasRange; });
}

QSize TimelineChart::sizeHint() const
{
    const double line = QFontMetricsF(font()).height() * 1.6;
    const int lines = 2 + (hasRanges() ? 1 : 0);
    return {600, int(3 * Padding + lines * line + std::max<qsizetype>(2, m_rows.size()) * line)};
}

QSize TimelineChart::exportSize() const
{
    return {960, sizeHint().height()};
}

TimelineChart::Layout TimelineChart::layout(const QRectF &rect) const
{
    const QFontMetricsF metrics(font());
    Layout result;
    for (const QString &service : m_rows)
        result.labelWidth = std::max(
            result.labelWidth, metrics.horizontalAdvance(ChartStyle::serviceName(service, true)));
    result.labelWidth = std::min(result.labelWidth + Padding, rect.width() / 4);
    const double axis = metrics.height() + Padding;
    const double width = rect.width() - 3 * Padding - result.labelWidth;
    // The legend only when some episode is wide enough to show its parts (paintEpisode).
    const double span = double(m_data.from.msecsTo(m_data.to));
    const bool parts =
        span > 0 &&
        std::any_of(m_data.episodes.cbegin(), m_data.episodes.cend(),
                    [&](const stats::Episode &episode) {
                        return episode.hasRange &&
                               episode.startEarliest.msecsTo(episode.endLatest) / span * width >=
                                   PartsWidth;
                    });
    const double legend = parts ? metrics.height() + Padding : 0;
    result.plot = QRectF(rect.left() + Padding + result.labelWidth, rect.top() + Padding, width,
                         rect.height() - 2 * Padding - axis - legend);
    if (legend > 0)
        result.legend = QRectF(result.plot.left(), result.plot.bottom() + axis, result.plot.width(),
                               metrics.height());
    result.rowHeight = m_rows.isEmpty() ? 0 : result.plot.height() / m_rows.size();
    return result;
}

double TimelineChart::xFor(const QDateTime &time, const QRectF &rect) const
{
    const QRectF plot = layout(rect).plot;
    const double span = double(m_data.from.msecsTo(m_data.to));
    if (span <= 0)
        return plot.left();
    const double t = double(m_data.from.msecsTo(time)) / span;
    return plot.left() + std::clamp(t, 0.0, 1.0) * plot.width();
}

QRectF TimelineChart::spanFor(const Layout &geometry, const stats::Episode &episode,
                              const QDateTime &from, const QDateTime &to, bool widen) const
{
    const qsizetype row = m_rows.indexOf(episode.service);
    const double span = double(m_data.from.msecsTo(m_data.to));
    if (row < 0 || span <= 0)
        return {};
    const auto x = [&](const QDateTime &time) {
        const double t = std::clamp(double(m_data.from.msecsTo(time)) / span, 0.0, 1.0);
        return geometry.plot.left() + t * geometry.plot.width();
    };
    double left = x(from);
    double right = x(to);
    if (widen && right - left < MinimumBar) {
        const double centre = (left + right) / 2;
        left = std::max(geometry.plot.left(), centre - MinimumBar / 2);
        right = left + MinimumBar;
    }
    if (right <= left)
        return {};
    const double top = geometry.plot.top() + geometry.rowHeight * row + geometry.rowHeight * 0.2;
    return QRectF(left, top, right - left, geometry.rowHeight * 0.6);
}

QRectF TimelineChart::barFor(const Layout &geometry, const stats::Episode &episode) const
{
    return spanFor(geometry, episode, episode.start, episode.end);
}

QRectF TimelineChart::rangeFor(const Layout &geometry, const stats::Episode &episode) const
{
    if (!episode.hasRange)
        return barFor(geometry, episode);
    return spanFor(geometry, episode, episode.startEarliest, episode.endLatest);
}

QRectF TimelineChart::episodeRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size())
        return {};
    return barFor(layout(rect), m_data.episodes.at(index));
}

QRectF TimelineChart::episodeRangeRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size())
        return {};
    return rangeFor(layout(rect), m_data.episodes.at(index));
}

QRectF TimelineChart::episodeProvenRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size() || !m_data.episodes.at(index).hasRange)
        return {};
    const stats::Episode &episode = m_data.episodes.at(index);
    return spanFor(layout(rect), episode, episode.startLatest, episode.endEarliest, false);
}

void TimelineChart::paintEpisode(QPainter &painter, const Layout &geometry,
                                 const stats::Episode &episode) const
{
    const QColor color = ChartStyle::serviceColor(episode.service);
    const QRectF range = rangeFor(geometry, episode);
    // Too thin to show its parts: one bar, as an episode without a range.
    if (!episode.hasRange || range.width() < PartsWidth) {
        if (!range.isEmpty())
            painter.fillRect(range, color);
        return;
    }
    // What the reports allow: tinted and hatched; what they prove: solid.
    painter.fillRect(range, tintOf(color));
    painter.fillRect(range, QBrush(color, Qt::BDiagPattern));
    const QRectF proven =
        spanFor(geometry, episode, episode.startLatest, episode.endEarliest, false);
    if (!proven.isEmpty())
        painter.fillRect(proven, color);
    // The start and end found, as ticks a little taller than the bar.
    const QRectF bar = barFor(geometry, episode);
    const double overhang = std::max(1.0, range.height() * 0.15);
    for (const double x : {bar.left(), bar.right() - TickWidth})
        painter.fillRect(QRectF(std::clamp(x, range.left(), range.right() - TickWidth),
                                range.top() - overhang, TickWidth, range.height() + 2 * overhang),
                         tickOf(color));
}

void TimelineChart::paintLegend(QPainter &painter, const Layout &geometry) const
{
    if (geometry.legend.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    const QRectF &legend = geometry.legend;
    const double box = metrics.height() * 0.7;
    const double swatch = box * 1.8;
    const QColor color = ChartStyle::axis();
    enum class Key
    {
        Proven,
        Allowed,
        Found
    };
    const QList<std::pair<Key, QString>> keys{{Key::Proven, tr("Proven by the reports")},
                                              {Key::Allowed, tr("Allowed by the reports")},
                                              {Key::Found, tr("Start and end found")}};
    double x = legend.left();
    for (const auto &[key, label] : keys) {
        const double width = swatch + Padding / 2 + metrics.horizontalAdvance(label);
        if (x + width > legend.right())
            break;
        const QRectF square(x, legend.center().y() - box / 2, swatch, box);
        switch (key) {
        case Key::Proven:
            painter.fillRect(square, color);
            break;
        case Key::Allowed:
            painter.fillRect(square, tintOf(color));
            painter.fillRect(square, QBrush(color, Qt::BDiagPattern));
            break;
        case Key::Found:
            painter.fillRect(square, tintOf(color));
            painter.fillRect(QRectF(square.center().x() - TickWidth / 2, square.top() - 1,
                                    TickWidth, square.height() + 2),
                             tickOf(color));
            break;
        }
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(QRectF(square.right() + Padding / 2, legend.top(),
                                metrics.horizontalAdvance(label) + 2, legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += width + 2 * Padding;
    }
}

void TimelineChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect,
                     m_data.from.isValid() ? tr("No outage episodes in this period.")
                                           : tr("No data."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect);
    const QRectF &plot = geometry.plot;

    // Rows: alternate shading and the service names.
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QRectF band(plot.left(), plot.top() + geometry.rowHeight * row, plot.width(),
                          geometry.rowHeight);
        if (row % 2 == 1)
            painter.fillRect(band, QColor(0xf4, 0xf4, 0xf4));
        painter.setPen(ChartStyle::text());
        painter.drawText(
            QRectF(rect.left() + Padding, band.top(), geometry.labelWidth - Padding, band.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(ChartStyle::serviceName(m_rows.at(row), true), Qt::ElideRight,
                               geometry.labelWidth - Padding));
    }

    // Time axis with local calendar ticks.
    QString format;
    const int wanted = std::max(2, int(plot.width() / 90));
    const QList<QDateTime> ticks = calendarTicks(m_data.from, m_data.to, m_zone, wanted, &format);
    const QLocale locale;
    for (const QDateTime &tick : ticks) {
        const double x = xFor(tick, rect);
        painter.setPen(ChartStyle::grid());
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(ChartStyle::mutedText());
        const QString label = locale.toString(tick.toTimeZone(m_zone), format);
        const double width = metrics.horizontalAdvance(label) + 4;
        painter.drawText(QRectF(x - width / 2, plot.bottom() + 4, width, metrics.height()),
                         Qt::AlignCenter, label);
    }
    painter.setPen(ChartStyle::axis());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Episodes, on whole pixels: thin bars stay their colour.
    const bool antialias = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const stats::Episode &episode : m_data.episodes)
        paintEpisode(painter, geometry, episode);
    painter.setRenderHint(QPainter::Antialiasing, antialias);
    paintLegend(painter, geometry);
}

void TimelineChart::setImpact(const stats::Impact &impact)
{
    if (impact.from.isValid())
        m_impact = impact;
    else
        m_impact.reset();
    dataChanged();
}

const stats::EpisodeImpact *TimelineChart::impactOf(const stats::Episode &episode) const
{
    return m_impact ? m_impact->findEpisode(episode.service, episode.start) : nullptr;
}

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
    return tr("%n outage episode(s), %1 in all.", nullptr, int(m_data.episodes.size()))
        .arg(hasRanges() ? ChartStyle::minutesRange(minutes, low, high)
                         : ChartStyle::duration(minutes));
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
