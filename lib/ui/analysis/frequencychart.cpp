#include "ui/analysis/frequencychart.h"

#include "ui/analysis/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ehb {

namespace {

constexpr double LegendSwatch = 10;
constexpr double Padding = 8;

} // namespace

FrequencyChart::FrequencyChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("frequencyChart"));
    retranslate();
}

void FrequencyChart::retranslate()
{
    ChartWidget::retranslate();
}

QString FrequencyChart::caption() const
{
    if (m_data.bucket == QLatin1String("week"))
        return tr("Reports per week");
    if (m_data.bucket == QLatin1String("month"))
        return tr("Reports per month");
    if (m_data.bucket == QLatin1String("hour"))
        return tr("Reports per hour");
    return tr("Reports per day");
}

void FrequencyChart::setData(const stats::Frequency &frequency)
{
    m_data = frequency;
    std::stable_sort(m_data.services.begin(), m_data.services.end(),
                     [](const stats::FrequencySeries &a, const stats::FrequencySeries &b) {
                         return ChartStyle::serviceOrder(a.service) <
                                ChartStyle::serviceOrder(b.service);
                     });
    m_maximum = 0;
    for (int bucket = 0; bucket < m_data.buckets.size(); ++bucket)
        m_maximum = std::max(m_maximum, bucketTotal(bucket));
    setAccessibleName(caption());
    dataChanged();
}

void FrequencyChart::clear()
{
    setData({});
}

bool FrequencyChart::isEmpty() const
{
    return m_maximum == 0;
}

qint64 FrequencyChart::bucketTotal(int bucket) const
{
    qint64 total = 0;
    for (const stats::FrequencySeries &series : m_data.services)
        total += series.reports.value(bucket);
    return total;
}

QString FrequencyChart::bucketLabel(int bucket) const
{
    const QDateTime start = m_data.buckets.value(bucket);
    const QLocale locale;
    if (m_data.bucket == QLatin1String("month"))
        return locale.toString(start.date(), QStringLiteral("MMM yyyy"));
    if (m_data.bucket == QLatin1String("hour"))
        return locale.toString(start, QStringLiteral("d MMM HH:mm"));
    return locale.toString(start.date(), QStringLiteral("d MMM"));
}

FrequencyChart::Layout FrequencyChart::layout(const QRectF &rect,
                                              const QFontMetricsF &metrics) const
{
    Layout result;
    result.ticks = niceTicks(double(m_maximum));
    result.maximum = result.ticks.constLast();
    double legendWidth = 0;
    for (const stats::FrequencySeries &series : m_data.services)
        legendWidth = std::max(
            legendWidth, metrics.horizontalAdvance(ChartStyle::serviceName(series.service, true)));
    legendWidth = std::min(legendWidth + LegendSwatch + 3 * Padding, rect.width() / 3);
    const double axisWidth =
        metrics.horizontalAdvance(ChartStyle::count(qint64(result.maximum))) + Padding;
    const double lineHeight = metrics.height();
    result.plot = QRectF(rect.left() + Padding + axisWidth, rect.top() + Padding + lineHeight / 2,
                         rect.width() - 2 * Padding - axisWidth - legendWidth,
                         rect.height() - 2 * Padding - lineHeight * 1.5 - Padding);
    result.legend =
        QRectF(result.plot.right() + Padding, result.plot.top(), legendWidth, result.plot.height());
    return result;
}

QRectF FrequencyChart::barRect(int bucket, int series, const QRectF &rect) const
{
    if (bucket < 0 || bucket >= m_data.buckets.size() || series < 0 ||
        series >= m_data.services.size() || m_maximum == 0)
        return {};
    const Layout geometry = layout(rect, QFontMetricsF(font()));
    double below = 0;
    for (int i = 0; i < series; ++i)
        below += double(m_data.services.at(i).reports.value(bucket));
    return bar(geometry, bucket, below, double(m_data.services.at(series).reports.value(bucket)));
}

QRectF FrequencyChart::bar(const Layout &geometry, int bucket, double below, double value) const
{
    if (value <= 0)
        return {};
    const double slot = geometry.plot.width() / m_data.buckets.size();
    const double width = std::max(1.0, slot * 0.8);
    const double left = geometry.plot.left() + slot * bucket + (slot - width) / 2;
    const double scale = geometry.plot.height() / geometry.maximum;
    const double bottom = geometry.plot.bottom() - below * scale;
    return QRectF(left, bottom - value * scale, width, value * scale);
}

void FrequencyChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect, tr("No reports in this period."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect, metrics);
    const QRectF &plot = geometry.plot;

    // Grid and value axis.
    painter.setPen(ChartStyle::grid());
    for (const double tick : geometry.ticks) {
        const double y = plot.bottom() - tick / geometry.maximum * plot.height();
        painter.setPen(ChartStyle::grid());
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2,
                                plot.left() - rect.left() - 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, ChartStyle::count(qint64(tick)));
    }

    // Bars: no outline, so thin bars of long periods stay their colour.
    painter.setPen(Qt::NoPen);
    const bool antialias = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    QList<QColor> colors;
    for (const stats::FrequencySeries &series : m_data.services)
        colors.append(ChartStyle::serviceColor(series.service));
    for (int bucket = 0; bucket < m_data.buckets.size(); ++bucket) {
        double below = 0;
        for (int series = 0; series < m_data.services.size(); ++series) {
            const double value = double(m_data.services.at(series).reports.value(bucket));
            const QRectF part = bar(geometry, bucket, below, value);
            if (!part.isEmpty())
                painter.fillRect(part, colors.at(series));
            below += value;
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, antialias);

    // Category axis: as many labels as fit.
    painter.setPen(ChartStyle::axis());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double slot = plot.width() / m_data.buckets.size();
    const double labelWidth = metrics.horizontalAdvance(bucketLabel(0)) + 2 * Padding;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    painter.setPen(ChartStyle::mutedText());
    for (int bucket = 0; bucket < m_data.buckets.size(); bucket += every) {
        const double centre = plot.left() + slot * (bucket + 0.5);
        painter.drawText(
            QRectF(centre - labelWidth / 2, plot.bottom() + 2, labelWidth, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, bucketLabel(bucket));
    }

    // Legend, top first like the stack's top.
    double y = geometry.legend.top();
    for (qsizetype i = m_data.services.size() - 1; i >= 0; --i) {
        const QString &service = m_data.services.at(i).service;
        painter.fillRect(QRectF(geometry.legend.left(), y + (metrics.height() - LegendSwatch) / 2,
                                LegendSwatch, LegendSwatch),
                         ChartStyle::serviceColor(service));
        painter.setPen(ChartStyle::text());
        const QRectF textRect(geometry.legend.left() + LegendSwatch + 4, y,
                              geometry.legend.width() - LegendSwatch - 4, metrics.height());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(ChartStyle::serviceName(service, true), Qt::ElideRight,
                                            textRect.width()));
        y += metrics.height() + 2;
        if (y > geometry.legend.bottom())
            break;
    }
}

QString FrequencyChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    if (isEmpty())
        return {};
    const Layout geometry = layout(rect, QFontMetricsF(font()));
    if (!geometry.plot.contains(position))
        return {};
    const int bucket =
        int((position.x() - geometry.plot.left()) / geometry.plot.width() * m_data.buckets.size());
    if (bucket < 0 || bucket >= m_data.buckets.size())
        return {};
    QStringList lines{
        tr("%1: %n report(s)", nullptr, int(bucketTotal(bucket))).arg(bucketLabel(bucket))};
    for (qsizetype i = m_data.services.size() - 1; i >= 0; --i) {
        const stats::FrequencySeries &series = m_data.services.at(i);
        const qint64 reports = series.reports.value(bucket);
        if (reports > 0)
            lines.append(
                tr("%1: %2 (%n practice(s))", nullptr, int(series.installations.value(bucket)))
                    .arg(ChartStyle::serviceName(series.service, true),
                         ChartStyle::count(reports)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString FrequencyChart::describe() const
{
    if (isEmpty())
        return tr("No reports in this period.");
    qint64 total = 0;
    int busiest = 0;
    for (int bucket = 0; bucket < m_data.buckets.size(); ++bucket) {
        total += bucketTotal(bucket);
        if (bucketTotal(bucket) > bucketTotal(busiest))
            busiest = bucket;
    }
    return tr("%1 reports in %2 periods; the most in %3 (%4).")
        .arg(ChartStyle::count(total))
        .arg(m_data.buckets.size())
        .arg(bucketLabel(busiest), ChartStyle::count(bucketTotal(busiest)));
}

DataTable FrequencyChart::exportTable() const
{
    DataTable table;
    table.headers = {tr("Period start"), tr("Service"), tr("Service id"), tr("Reports"),
                     tr("Practices")};
    const QTimeZone zone(m_data.tz.toUtf8());
    for (int bucket = 0; bucket < m_data.buckets.size(); ++bucket) {
        const QDateTime start = m_data.buckets.at(bucket);
        const QVariant when = m_data.bucket == QLatin1String("hour")
                                  ? QVariant(zone.isValid() ? start.toTimeZone(zone) : start)
                                  : QVariant(start.date());
        for (const stats::FrequencySeries &series : m_data.services) {
            table.rows.append({when, ChartStyle::serviceName(series.service), series.service,
                               series.reports.value(bucket), series.installations.value(bucket)});
        }
    }
    return table;
}

} // namespace ehb
