#include "ui/analysis/rankingchart.h"

#include "core/symptoms.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/provincenames.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace ehb {

namespace {

constexpr double Padding = 8;

} // namespace

RankingChart::RankingChart(Kind kind, QWidget *parent)
    : ChartWidget(parent)
    , m_kind(kind)
{
    setObjectName(fileStem() + QStringLiteral("Chart"));
    retranslate();
}

void RankingChart::retranslate()
{
    ChartWidget::retranslate();
}

QString RankingChart::caption() const
{
    switch (m_kind) {
    case Kind::Symptoms:
        return tr("Top symptoms");
    case Kind::Software:
        return tr("Reports by EMR software");
    case Kind::Provinces:
        return tr("Reports by province");
    }
    return {};
}

QString RankingChart::fileStem() const
{
    switch (m_kind) {
    case Kind::Symptoms:
        return QStringLiteral("symptoms");
    case Kind::Software:
        return QStringLiteral("software");
    case Kind::Provinces:
        return QStringLiteral("provinces");
    }
    return {};
}

QString RankingChart::label(const QString &key) const
{
    switch (m_kind) {
    case Kind::Symptoms:
        return key.isEmpty() ? tr("Not given") : Labels::symptom(key);
    case Kind::Software:
        return key.isEmpty() ? tr("Not given or other") : key;
    case Kind::Provinces:
        return ProvinceNames::name(key);
    }
    return key;
}

void RankingChart::setData(const QList<stats::Count> &counts, qint64 total)
{
    m_counts = counts;
    m_total = total;
    m_maximum = 0;
    for (const stats::Count &count : counts)
        m_maximum = std::max(m_maximum, count.reports);
    updateGeometry();
    dataChanged();
}

void RankingChart::clear()
{
    setData({}, 0);
}

bool RankingChart::isEmpty() const
{
    return m_maximum == 0;
}

QSize RankingChart::sizeHint() const
{
    const double line = QFontMetricsF(font()).height() * 1.5;
    return {360, int(2 * Padding + std::max<qsizetype>(3, m_counts.size()) * line)};
}

QSize RankingChart::exportSize() const
{
    const double line = QFontMetricsF(font()).height() * 1.5;
    return {720, int(2 * Padding + std::max<qsizetype>(3, m_counts.size()) * line)};
}

QString RankingChart::share(qint64 reports) const
{
    return m_total > 0 ? ChartStyle::percent(double(reports) / double(m_total), 1) : QString();
}

RankingChart::Layout RankingChart::layout(const QRectF &rect) const
{
    const QFontMetricsF metrics(font());
    Layout result;
    for (const stats::Count &count : m_counts) {
        result.labelWidth =
            std::max(result.labelWidth, metrics.horizontalAdvance(label(count.key)));
        result.valueWidth = std::max(
            result.valueWidth,
            metrics.horizontalAdvance(ChartStyle::count(count.reports) + QStringLiteral(" (") +
                                      share(count.reports) + QLatin1Char(')')));
    }
    result.labelWidth = std::min(result.labelWidth + Padding, rect.width() * 0.4);
    result.valueWidth += Padding;
    result.plot =
        QRectF(rect.left() + Padding + result.labelWidth, rect.top() + Padding,
               std::max(10.0, rect.width() - 2 * Padding - result.labelWidth - result.valueWidth),
               rect.height() - 2 * Padding);
    result.rowHeight = m_counts.isEmpty()
                           ? 0
                           : std::min(result.plot.height() / m_counts.size(), metrics.height() * 2);
    return result;
}

QRectF RankingChart::barRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_counts.size() || m_maximum == 0)
        return {};
    const Layout geometry = layout(rect);
    const double width =
        geometry.plot.width() * double(m_counts.at(index).reports) / double(m_maximum);
    return QRectF(geometry.plot.left(),
                  geometry.plot.top() + geometry.rowHeight * index + geometry.rowHeight * 0.15,
                  width, geometry.rowHeight * 0.7);
}

void RankingChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect, tr("No reports in this period."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect);
    for (int i = 0; i < m_counts.size(); ++i) {
        const stats::Count &count = m_counts.at(i);
        const QRectF row(rect.left() + Padding, geometry.plot.top() + geometry.rowHeight * i,
                         rect.width() - 2 * Padding, geometry.rowHeight);
        painter.setPen(ChartStyle::text());
        painter.drawText(
            QRectF(row.left(), row.top(), geometry.labelWidth - Padding, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(label(count.key), Qt::ElideRight, geometry.labelWidth - Padding));
        const QRectF bar = barRect(i, rect);
        // "Not given" is grey: it is not a category of its own.
        painter.fillRect(bar, count.key.isEmpty() ? ChartStyle::axis() : ChartStyle::accent());
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(QRectF(bar.right() + 4, row.top(), geometry.valueWidth, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         ChartStyle::count(count.reports) + QStringLiteral(" (") +
                             share(count.reports) + QLatin1Char(')'));
    }
}

QString RankingChart::toolTipAt(const QPointF &position, const QRectF &rect) const
{
    const Layout geometry = layout(rect);
    if (isEmpty() || geometry.rowHeight <= 0 || position.y() < geometry.plot.top())
        return {};
    const int index = int((position.y() - geometry.plot.top()) / geometry.rowHeight);
    if (index < 0 || index >= m_counts.size())
        return {};
    const stats::Count &count = m_counts.at(index);
    return tr("%1: %n report(s) (%2)", nullptr, int(count.reports))
        .arg(label(count.key), share(count.reports));
}

QString RankingChart::describe() const
{
    if (isEmpty())
        return tr("No reports in this period.");
    const stats::Count &first = m_counts.constFirst();
    return tr("%1 categories; first %2 with %3 reports.")
        .arg(m_counts.size())
        .arg(label(first.key), ChartStyle::count(first.reports));
}

DataTable RankingChart::exportTable() const
{
    DataTable table;
    QString category;
    switch (m_kind) {
    case Kind::Symptoms:
        category = tr("Symptom");
        break;
    case Kind::Software:
        category = tr("EMR software");
        break;
    case Kind::Provinces:
        category = tr("Province");
        break;
    }
    table.headers = {category, tr("Key"), tr("Reports"), tr("Share (%)")};
    for (const stats::Count &count : m_counts)
        table.rows.append({label(count.key), count.key, count.reports,
                           m_total > 0
                               ? std::round(double(count.reports) / double(m_total) * 1000) / 10
                               : QVariant()});
    return table;
}

} // namespace ehb
