#pragma once

#include "net/statsdata.h"
#include "ui/analysis/chartwidget.h"

namespace ehb {

// Minutes lost per service as horizontal bars: the minutes GPs reported, solid in the service's
// colour, then the estimate for the practices that gave none, hatched and outlined after it, so
// that the two never read as one figure. A legend says which is which.
class ImpactChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactChart)

public:
    explicit ImpactChart(QWidget *parent = nullptr);

    void setData(const stats::Impact &impact);
    void clear();
    // The services drawn (some minutes reported or estimated), in catalogue order.
    const QList<stats::ServiceImpact> &rows() const { return m_rows; }

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("minutes-lost"); }
    QSize exportSize() const override;
    DataTable exportTable() const override;
    bool isEmpty() const override { return m_rows.isEmpty(); }

    // Where the chart drawn into `rect` puts the reported and the estimated bar of rows()[index].
    QRectF reportedRect(int index, const QRectF &rect) const;
    QRectF estimatedRect(int index, const QRectF &rect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {240, sizeHint().height()}; }
    QString toolTipAt(const QPointF &position, const QRectF &rect) const override;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) const override;
    QString describe() const override;

private:
    struct Layout
    {
        QRectF plot;
        double labelWidth = 0;
        double rowHeight = 0;
    };
    Layout layout(const QRectF &rect) const;
    double total(const stats::ImpactFigures &figures) const;

    stats::Impact m_data;
    QList<stats::ServiceImpact> m_rows;
    double m_maximum = 0;
};

} // namespace ehb
