#pragma once

#include "net/statsdata.h"
#include "ui/analysis/chartwidget.h"

namespace ehb {

// Reports by weekday (rows, Monday first) and local hour (columns) as coloured cells, light for
// few and dark for many, with a colour legend from 0 to the largest count.
class HeatmapChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapChart)

public:
    explicit HeatmapChart(QWidget *parent = nullptr);

    void setData(const stats::Heatmap &heatmap);
    void clear();
    const stats::Heatmap &data() const { return m_data; }
    qint64 maximum() const { return m_maximum; }

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("heatmap"); }
    QSize exportSize() const override { return {960, 360}; }
    DataTable exportTable() const override;
    bool isEmpty() const override;

    // The colour of a cell holding `count` (the legend's scale).
    QColor colorFor(qint64 count) const;
    // Where the chart drawn into `rect` puts a cell; weekday 0 is Monday.
    QRectF cellRect(int weekday, int hour, const QRectF &rect) const;
    // The legend's colour bar, and the point on it that stands for `count`.
    QRectF legendBar(const QRectF &rect) const;
    QPointF legendPoint(qint64 count, const QRectF &rect) const;
    // The weekday's name in the interface language; 0 is Monday.
    static QString weekdayName(int weekday, bool brief = true);

    QString toolTipAt(const QPointF &position, const QRectF &rect) const override;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) const override;
    QString describe() const override;
    void retranslate() override;

private:
    struct Layout
    {
        QRectF grid;
        QRectF legend;
        double labelWidth = 0;
    };
    Layout layout(const QRectF &rect) const;

    stats::Heatmap m_data;
    qint64 m_maximum = 0;
};

} // namespace ehb
