#pragma once

#include "net/statsdata.h"
#include "ui/analysis/chartwidget.h"

#include <functional>

namespace ehb {

// Counts by category as horizontal bars, in the order given (the server sends the largest
// first), each with its count and share of the total: symptoms, EMR software, provinces.
class RankingChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingChart)

public:
    enum class Kind
    {
        Symptoms,
        Software,
        Provinces
    };

    explicit RankingChart(Kind kind, QWidget *parent = nullptr);

    // `total` is the number of reports the shares are of.
    void setData(const QList<stats::Count> &counts, qint64 total);
    void clear();
    const QList<stats::Count> &counts() const { return m_counts; }
    // The label a key is shown with (translated symptom, "Not given", province name).
    QString label(const QString &key) const;

    QString caption() const override;
    QString fileStem() const override;
    QSize exportSize() const override;
    DataTable exportTable() const override;
    bool isEmpty() const override;

    // Where the chart drawn into `rect` puts the bar of counts()[index].
    QRectF barRect(int index, const QRectF &rect) const;

    QSize sizeHint() const override;
    // One line per row at least: the rows never get squeezed.
    QSize minimumSizeHint() const override { return {240, sizeHint().height()}; }

    QString toolTipAt(const QPointF &position, const QRectF &rect) const override;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) const override;
    QString describe() const override;
    void retranslate() override;

private:
    struct Layout
    {
        QRectF plot;
        double labelWidth = 0;
        double valueWidth = 0;
        double rowHeight = 0;
    };
    Layout layout(const QRectF &rect) const;
    QString share(qint64 reports) const;

    Kind m_kind;
    QList<stats::Count> m_counts;
    qint64 m_total = 0;
    qint64 m_maximum = 0;
};

} // namespace ehb
