#include "ui/analysis/heatmapchart.h"

#include "ui/analysis/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <array>
#include <cmath>

namespace ehb {

namespace {

constexpr double Padding = 8;
constexpr double LegendHeight = 12;

// A sequential blue scale (ColorBrewer "Blues"), light to dark.
const std::array<QRgb, 6> scale{0xf7fbff, 0xc6dbef, 0x9ecae1, 0x4292c6, 0x2171b5, 0x08306b};

QColor interpolate(double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(scale.size() - 1);
    const int low = std::min(int(t), int(scale.size()) - 2);
    const double f = t - low;
    const QColor a = QColor::fromRgb(scale.at(size_t(low)));
    const QColor b = QColor::fromRgb(scale.at(size_t(low) + 1));
    return QColor::fromRgb(int(std::lround(a.red() + (b.red() - a.red()) * f)),
                           int(std::lround(a.green() + (b.green() - a.green()) * f)),
                           int(std::lround(a.blue() + (b.blue() - a.blue()) * f)));
}

} // namespace

HeatmapChart::HeatmapChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("heatmapChart"));
    retranslate();
}

void HeatmapChart::retranslate()
{
    ChartWidget::retranslate();
}

QString HeatmapChart::caption() const
{
    return tr("Reports by weekday and hour");
}

QString HeatmapChart::weekdayName(int weekday, bool brief)
{
    return QLocale().dayName(weekday + 1, brief ? QLocale::ShortFormat : QLocale::LongFormat);
}

void HeatmapChart::setData(const stats::Heatmap &heatmap)
{
    m_data = heatmap;
    m_maximum = 0;
    for (const auto &day : m_data.counts) {
        for (const qint64 count : day)
            m_maximum = std::max(m_maximum, count);
    }
    dataChanged();
}

void HeatmapChart::clear()
{
    setData({});
}

bool HeatmapChart::isEmpty() const
{
    return m_maximum == 0;
}

QColor HeatmapChart::colorFor(qint64 count) const
{
    return interpolate(m_maximum > 0 ? double(count) / double(m_maximum) : 0);
}

HeatmapChart::Layout HeatmapChart::layout(const QRectF &rect) const
{
    const QFontMetricsF metrics(font());
    Layout result;
    for (int day = 0; day < 7; ++day)
        result.labelWidth =
            std::max(result.labelWidth, metrics.horizontalAdvance(weekdayName(day)));
    result.labelWidth += Padding;
    const double line = metrics.height();
    const double left = rect.left() + Padding + result.labelWidth;
    const double width = rect.width() - 2 * Padding - result.labelWidth;
    // Hours on top, then the grid, then the legend bar with its numbers below it.
    const double top = rect.top() + Padding + line;
    const double legendSpace = Padding + LegendHeight + line + Padding;
    result.grid = QRectF(left, top, width, rect.bottom() - top - legendSpace);
    result.legend =
        QRectF(left + width / 4, result.grid.bottom() + Padding, width / 2, LegendHeight);
    return result;
}

QRectF HeatmapChart::cellRect(int weekday, int hour, const QRectF &rect) const
{
    const QRectF grid = layout(rect).grid;
    const double w = grid.width() / 24;
    const double h = grid.height() / 7;
    return QRectF(grid.left() + w * hour, grid.top() + h * weekday, w, h);
}

QRectF HeatmapChart::legendBar(const QRectF &rect) const
{
    return layout(rect).legend;
}

QPointF HeatmapChart::legendPoint(qint64 count, const QRectF &rect) const
{
    const QRectF bar = legendBar(rect);
    const double t = m_maximum > 0 ? double(count) / double(m_maximum) : 0;
    return QPointF(bar.left() + t * bar.width(), bar.center().y());
}

void HeatmapChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect, tr("No reports in this period."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect);
    const double w = geometry.grid.width() / 24;
    const double h = geometry.grid.height() / 7;

    // Cells, with a hairline gap so that neighbours of the same colour stay apart.
    const bool antialias = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const QRectF cell(geometry.grid.left() + w * hour, geometry.grid.top() + h * day, w, h);
            painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5),
                             colorFor(m_data.counts[size_t(day)][size_t(hour)]));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, antialias);

    painter.setPen(ChartStyle::text());
    for (int day = 0; day < 7; ++day)
        painter.drawText(QRectF(rect.left() + Padding, geometry.grid.top() + h * day,
                                geometry.labelWidth - Padding, h),
                         Qt::AlignLeft | Qt::AlignVCenter, weekdayName(day));
    painter.setPen(ChartStyle::mutedText());
    const int every = w < metrics.horizontalAdvance(QStringLiteral("00")) + 4 ? 3 : 1;
    for (int hour = 0; hour < 24; hour += every)
        painter.drawText(
            QRectF(geometry.grid.left() + w * hour, rect.top() + Padding, w, metrics.height()),
            Qt::AlignCenter, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));

    // Legend: the scale from 0 to the maximum, with a few counts under it.
    const QRectF &bar = geometry.legend;
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int steps = std::max(1, int(bar.width()));
    for (int i = 0; i < steps; ++i)
        painter.fillRect(QRectF(bar.left() + bar.width() * i / steps, bar.top(),
                                bar.width() / steps + 0.5, bar.height()),
                         interpolate((i + 0.5) / steps));
    painter.setRenderHint(QPainter::Antialiasing, antialias);
    painter.setPen(ChartStyle::axis());
    painter.drawRect(bar);
    painter.setPen(ChartStyle::mutedText());
    const QList<qint64> marks{0, m_maximum / 2, m_maximum};
    for (const qint64 mark : marks) {
        const double x = legendPoint(mark, rect).x();
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3));
        const QString label = ChartStyle::count(mark);
        const double width = metrics.horizontalAdvance(label) + 4;
        painter.drawText(QRectF(x - width / 2, bar.bottom() + 3, width, metrics.height()),
                         Qt::AlignCenter, label);
    }
    const QString unit = tr("reports");
    painter.drawText(QRectF(bar.right() + Padding, bar.top() - metrics.height() / 4,
                            metrics.horizontalAdvance(unit) + 4, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, unit);
}

QString HeatmapChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    const QRectF grid = layout(rect).grid;
    if (isEmpty() || !grid.contains(position))
        return {};
    const int hour = std::clamp(int((position.x() - grid.left()) / grid.width() * 24), 0, 23);
    const int day = std::clamp(int((position.y() - grid.top()) / grid.height() * 7), 0, 6);
    //: Heatmap tooltip: weekday, hour range, count. E.g. "Tuesday 09:00–10:00: 12 reports".
    return tr("%1 %2:00–%3:00: %n report(s)", nullptr,
              int(m_data.counts[size_t(day)][size_t(hour)]))
        .arg(weekdayName(day, false))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(hour + 1, 2, 10, QLatin1Char('0'));
}

QString HeatmapChart::describe() const
{
    if (isEmpty())
        return tr("No reports in this period.");
    int bestDay = 0;
    int bestHour = 0;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (m_data.counts[size_t(day)][size_t(hour)] >
                m_data.counts[size_t(bestDay)][size_t(bestHour)]) {
                bestDay = day;
                bestHour = hour;
            }
        }
    }
    return tr("%1 reports; the most on %2 from %3:00 (%4).")
        .arg(ChartStyle::count(m_data.total), weekdayName(bestDay, false))
        .arg(bestHour, 2, 10, QLatin1Char('0'))
        .arg(ChartStyle::count(m_maximum));
}

DataTable HeatmapChart::exportTable() const
{
    DataTable table;
    table.headers.append(tr("Weekday"));
    for (int hour = 0; hour < 24; ++hour)
        table.headers.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    for (int day = 0; day < 7; ++day) {
        QVariantList row{weekdayName(day, false)};
        for (int hour = 0; hour < 24; ++hour)
            row.append(m_data.counts[size_t(day)][size_t(hour)]);
        table.rows.append(row);
    }
    return table;
}

} // namespace ehb
