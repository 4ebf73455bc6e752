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

QSize TimelineChart::sizeHint() const
{
    const double line = QFontMetricsF(font()).height() * 1.6;
    return {600, int(3 * Padding + 2 * line + std::max<qsizetype>(2, m_rows.size()) * line)};
}

QSize TimelineChart::exportSize() const
{
    const double line = QFontMetricsF(font()).height() * 1.6;
    return {960, int(3 * Padding + 2 * line + std::max<qsizetype>(2, m_rows.size()) * line)};
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
    result.plot =
        QRectF(rect.left() + Padding + result.labelWidth, rect.top() + Padding,
               rect.width() - 3 * Padding - result.labelWidth, rect.height() - 2 * Padding - axis);
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

QRectF TimelineChart::barFor(const Layout &geometry, const stats::Episode &episode) const
{
    const qsizetype row = m_rows.indexOf(episode.service);
    const double span = double(m_data.from.msecsTo(m_data.to));
    if (row < 0 || span <= 0)
        return {};
    const auto x = [&](const QDateTime &time) {
        const double t = std::clamp(double(m_data.from.msecsTo(time)) / span, 0.0, 1.0);
        return geometry.plot.left() + t * geometry.plot.width();
    };
    double left = x(episode.start);
    double right = x(episode.end);
    if (right - left < MinimumBar) {
        const double centre = (left + right) / 2;
        left = std::max(geometry.plot.left(), centre - MinimumBar / 2);
        right = left + MinimumBar;
    }
    const double top = geometry.plot.top() + geometry.rowHeight * row + geometry.rowHeight * 0.2;
    return QRectF(left, top, right - left, geometry.rowHeight * 0.6);
}

QRectF TimelineChart::episodeRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size())
        return {};
    return barFor(layout(rect), m_data.episodes.at(index));
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
    for (const stats::Episode &episode : m_data.episodes) {
        const QRectF bar = barFor(geometry, episode);
        if (!bar.isEmpty())
            painter.fillRect(bar, ChartStyle::serviceColor(episode.service));
    }
    painter.setRenderHint(QPainter::Antialiasing, antialias);
}

QString TimelineChart::episodeText(const stats::Episode &episode) const
{
    //: An outage episode: service, start, end, duration, reports, practices.
    return tr("%1: %2 – %3 (%4), %n report(s) from %5 practices", nullptr, episode.reports)
        .arg(ChartStyle::serviceName(episode.service, true),
             ChartStyle::dateTime(episode.start.toTimeZone(m_zone)),
             ChartStyle::dateTime(episode.end.toTimeZone(m_zone)),
             ChartStyle::duration(episode.minutes), ChartStyle::count(episode.installations));
}

QString TimelineChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    if (isEmpty())
        return {};
    const Layout geometry = layout(rect);
    QStringList lines;
    for (const stats::Episode &episode : m_data.episodes) {
        // A little slack around thin bars, so they can be pointed at.
        if (barFor(geometry, episode).adjusted(-2, 0, 2, 0).contains(position))
            lines.append(episodeText(episode));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineChart::describe() const
{
    if (isEmpty())
        return tr("No outage episodes in this period.");
    double minutes = 0;
    for (const stats::Episode &episode : m_data.episodes)
        minutes += episode.minutes;
    return tr("%n outage episode(s), %1 in all.", nullptr, int(m_data.episodes.size()))
        .arg(ChartStyle::duration(minutes));
}

DataTable TimelineChart::exportTable() const
{
    DataTable table;
    table.headers = {tr("Service"), tr("Service id"), tr("Start"),    tr("End"),
                     tr("Minutes"), tr("Reports"),    tr("Practices")};
    for (const stats::Episode &episode : m_data.episodes)
        table.rows.append({ChartStyle::serviceName(episode.service), episode.service,
                           episode.start.toTimeZone(m_zone), episode.end.toTimeZone(m_zone),
                           std::round(episode.minutes * 10) / 10, episode.reports,
                           episode.installations});
    return table;
}

} // namespace ehb
