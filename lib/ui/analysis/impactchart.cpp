#include "ui/analysis/impactchart.h"

#include "ui/analysis/chartstyle.h"
#include "ui/analysis/impactmodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace ehb {

namespace {

constexpr double Padding = 8;

// The estimate's bar: the service's colour, hatched, outlined.
QBrush estimateBrush(const QColor &color)
{
    return QBrush(color, Qt::BDiagPattern);
}

} // namespace

ImpactChart::ImpactChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("impactChart"));
    retranslate();
}

QString ImpactChart::caption() const
{
    return tr("Minutes lost per service: reported and estimated");
}

double ImpactChart::total(const stats::ImpactFigures &figures) const
{
    return figures.minutesLostReported + figures.minutesLostEstimated.value_or(0);
}

void ImpactChart::setData(const stats::Impact &impact)
{
    m_data = impact;
    m_rows.clear();
    m_maximum = 0;
    for (const stats::ServiceImpact &service : impact.services) {
        if (total(service.figures) > 0) {
            m_rows.append(service);
            m_maximum = std::max(m_maximum, total(service.figures));
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const stats::ServiceImpact &a, const stats::ServiceImpact &b) {
                         return ChartStyle::serviceOrder(a.service) <
                                ChartStyle::serviceOrder(b.service);
                     });
    updateGeometry();
    dataChanged();
}

void ImpactChart::clear()
{
    setData({});
}

QSize ImpactChart::sizeHint() const
{
    const double line = QFontMetricsF(font()).height() * 1.8;
    return {480, int(3 * Padding + (std::max<qsizetype>(2, m_rows.size()) + 1) * line)};
}

QSize ImpactChart::exportSize() const
{
    return {900, sizeHint().height() + 20};
}

ImpactChart::Layout ImpactChart::layout(const QRectF &rect) const
{
    const QFontMetricsF metrics(font());
    Layout result;
    for (const stats::ServiceImpact &row : m_rows)
        result.labelWidth =
            std::max(result.labelWidth,
                     metrics.horizontalAdvance(ChartStyle::serviceName(row.service, true)));
    result.labelWidth = std::min(result.labelWidth + Padding, rect.width() * 0.35);
    // The legend takes the first line; every bar leaves room for its figures on the right.
    const double legend = metrics.height() * 1.6;
    const double values = metrics.horizontalAdvance(QStringLiteral("00 h 00 min + ≈ 00 h 00 min"));
    result.plot = QRectF(rect.left() + Padding + result.labelWidth, rect.top() + Padding + legend,
                         std::max(10.0, rect.width() - 2 * Padding - result.labelWidth - values),
                         rect.height() - 2 * Padding - legend);
    result.rowHeight =
        m_rows.isEmpty() ? 0 : std::min(result.plot.height() / m_rows.size(), metrics.height() * 2);
    return result;
}

QRectF ImpactChart::reportedRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_rows.size() || m_maximum <= 0)
        return {};
    const Layout geometry = layout(rect);
    const double width =
        geometry.plot.width() * m_rows.at(index).figures.minutesLostReported / m_maximum;
    return QRectF(geometry.plot.left(),
                  geometry.plot.top() + geometry.rowHeight * index + geometry.rowHeight * 0.15,
                  width, geometry.rowHeight * 0.7);
}

QRectF ImpactChart::estimatedRect(int index, const QRectF &rect) const
{
    const QRectF reported = reportedRect(index, rect);
    if (reported.isNull() && reported.top() == 0)
        return {};
    const Layout geometry = layout(rect);
    const double width = geometry.plot.width() *
                         m_rows.at(index).figures.minutesLostEstimated.value_or(0) / m_maximum;
    return QRectF(reported.right(), reported.top(), width, reported.height());
}

void ImpactChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect, tr("No minutes lost reported in this period."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect);

    // Legend: a solid swatch for what was reported, a hatched one for the estimate.
    const double swatch = metrics.height() * 0.8;
    QPointF at(rect.left() + Padding + geometry.labelWidth, rect.top() + Padding);
    const auto legendItem = [&](const QBrush &brush, const QString &text) {
        const QRectF box(at.x(), at.y() + (metrics.height() - swatch) / 2, swatch, swatch);
        painter.fillRect(box, brush);
        painter.setPen(ChartStyle::axis());
        painter.drawRect(box);
        painter.setPen(ChartStyle::text());
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(box.right() + 4, at.y(), width + 2, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        at.rx() += swatch + 4 + width + 3 * Padding;
    };
    // Neutral swatches: the bars take each service's colour, the pattern tells the two apart.
    legendItem(ChartStyle::mutedText(), tr("Reported by GPs"));
    legendItem(estimateBrush(ChartStyle::mutedText()),
               tr("Estimate for practices that gave no minutes (median × practices)"));

    for (int i = 0; i < m_rows.size(); ++i) {
        const stats::ServiceImpact &row = m_rows.at(i);
        const QColor color = ChartStyle::serviceColor(row.service);
        const QRectF line(rect.left() + Padding, geometry.plot.top() + geometry.rowHeight * i,
                          geometry.labelWidth - Padding, geometry.rowHeight);
        painter.setPen(ChartStyle::text());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(ChartStyle::serviceName(row.service, true),
                                            Qt::ElideRight, line.width()));
        const QRectF reported = reportedRect(i, rect);
        painter.fillRect(reported, color);
        const QRectF estimated = estimatedRect(i, rect);
        if (estimated.width() > 0) {
            painter.fillRect(estimated, estimateBrush(color));
            painter.setPen(QPen(color, 1, Qt::DashLine));
            painter.drawRect(estimated.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        QString value = ChartStyle::duration(row.figures.minutesLostReported);
        if (row.figures.minutesLostEstimated)
            //: Minutes lost as reported, then the estimate for the practices that gave none.
            value =
                tr("%1 + ≈ %2").arg(value, ChartStyle::duration(*row.figures.minutesLostEstimated));
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(QRectF(std::max(reported.right(), estimated.right()) + 4, line.top(),
                                rect.right() - estimated.right(), line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
    }
    painter.setPen(ChartStyle::axis());
    painter.drawLine(QLineF(geometry.plot.left(), geometry.plot.top(), geometry.plot.left(),
                            geometry.plot.top() + geometry.rowHeight * m_rows.size()));
}

QString ImpactChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    const Layout geometry = layout(rect);
    if (isEmpty() || geometry.rowHeight <= 0 || position.y() < geometry.plot.top())
        return {};
    const int index = int((position.y() - geometry.plot.top()) / geometry.rowHeight);
    if (index < 0 || index >= m_rows.size())
        return {};
    const stats::ImpactFigures &figures = m_rows.at(index).figures;
    //: A service's minutes lost: name, the reported sum and how many reports gave it; then the
    //: estimate's basis on a line of its own.
    return tr("%1: %2 reported by %n report(s)", nullptr, int(figures.minutesLostReports))
               .arg(ChartStyle::serviceName(m_rows.at(index).service),
                    ChartStyle::duration(figures.minutesLostReported)) +
           QLatin1Char('\n') + ImpactModel::estimateBasis(figures);
}

QString ImpactChart::describe() const
{
    if (isEmpty())
        return tr("No minutes lost reported in this period.");
    return tr("%1 reported in all, and an estimated %2 more for the practices that gave no "
              "minutes.")
        .arg(ChartStyle::duration(m_data.totals.minutesLostReported),
             ChartStyle::duration(m_data.totals.minutesLostEstimated.value_or(0)));
}

DataTable ImpactChart::exportTable() const
{
    DataTable table;
    table.headers = {tr("Service"), tr("Service id"), tr("Minutes lost, reported"),
                     tr("Minutes lost, estimate for practices without")};
    for (const stats::ServiceImpact &row : m_rows)
        table.rows.append({ChartStyle::serviceName(row.service), row.service,
                           std::round(row.figures.minutesLostReported * 10) / 10,
                           row.figures.minutesLostEstimated
                               ? QVariant(std::round(*row.figures.minutesLostEstimated * 10) / 10)
                               : QVariant()});
    return table;
}

} // namespace ehb
