#pragma once

#include "net/statsdata.h"
#include "ui/analysis/chartwidget.h"

namespace ehb {

// Reports per bucket (day, week or month) as bars, one colour per service stacked in catalogue
// order from the bottom, with a legend; a tooltip lists a bucket's figures.
class FrequencyChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyChart)

public:
    explicit FrequencyChart(QWidget *parent = nullptr);

    void setData(const stats::Frequency &frequency);
    void clear();
    const stats::Frequency &data() const { return m_data; }

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("frequency"); }
    DataTable exportTable() const override;
    bool isEmpty() const override;

    // Where the chart drawn into `rect` puts a bucket's bar part for a series (index into
    // data().services, which are kept in catalogue order); empty when the value is 0.
    QRectF barRect(int bucket, int series, const QRectF &rect) const;
    // The bucket's label as on the axis ("3 Mar", "Mar 2025").
    QString bucketLabel(int bucket) const;

    QString toolTipAt(const QPointF &position, const QRectF &rect) const override;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) const override;
    QString describe() const override;
    void retranslate() override;

private:
    struct Layout
    {
        QRectF plot;
        QRectF legend;
        double maximum = 1;
        QList<double> ticks;
    };
    Layout layout(const QRectF &rect, const QFontMetricsF &metrics) const;
    qint64 bucketTotal(int bucket) const;
    QRectF bar(const Layout &geometry, int bucket, double below, double value) const;

    stats::Frequency m_data;
    qint64 m_maximum = 0;
};

} // namespace ehb
