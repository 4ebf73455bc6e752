#pragma once

#include "ui/analysis/exportable.h"

#include <QWidget>

namespace ehb {

// A chart painted with QPainter: the same paintChart() draws the widget and, offscreen, the
// exported image at any size. Colours are fixed (ChartStyle), not the desktop theme's. Tooltips
// come from toolTipAt(). Subclasses call retranslate() at the end of their constructor; it runs
// again on every language change.
class ChartWidget : public QWidget, public Exportable
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    QImage exportImage(QSize size, qreal scale = 2) const override;
    // True when there is nothing to draw (the chart says "No data").
    virtual bool isEmpty() const = 0;

    QSize sizeHint() const override { return {600, 300}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

    // The tooltip for the point `position` of a chart drawn into `rect`; empty for none.
    virtual QString toolTipAt(const QPointF &position, const QRectF &rect) const;

protected:
    // Draws the whole chart into `rect` (background included).
    virtual void paintChart(QPainter &painter, const QRectF &rect) const = 0;
    // Translated texts and anything derived from them; subclasses extend it.
    virtual void retranslate();
    // Refreshes the accessible description from describe() and repaints.
    void dataChanged();
    // A sentence or two saying what the chart shows, for screen readers.
    virtual QString describe() const = 0;

    // Paints `text` centred in `rect` in the muted colour (the "No data" message).
    static void paintMessage(QPainter &painter, const QRectF &rect, const QString &text);

    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
};

// Rounded axis ticks: 0 to at least `maximum` in steps of 1, 2 or 5 × 10^n, about `count`.
QList<double> niceTicks(double maximum, int count = 5);

} // namespace ehb
