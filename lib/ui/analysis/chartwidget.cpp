#include "ui/analysis/chartwidget.h"

#include "ui/analysis/chartstyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace ehb {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Reachable by keyboard so that screen readers can read the description.
    setFocusPolicy(Qt::TabFocus);
}

QImage ChartWidget::exportImage(QSize size, qreal scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::background());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QString ChartWidget::toolTipAt(const QPointF &, const QRectF &) const
{
    return {};
}

void ChartWidget::retranslate()
{
    setAccessibleName(caption());
    dataChanged();
}

void ChartWidget::dataChanged()
{
    setAccessibleDescription(describe());
    update();
}

void ChartWidget::paintMessage(QPainter &painter, const QRectF &rect, const QString &text)
{
    painter.save();
    painter.setPen(ChartStyle::mutedText());
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(painter, QRectF(rect()));
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos(), QRectF(rect()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<double> niceTicks(double maximum, int count)
{
    if (!(maximum > 0))
        maximum = 1;
    const double rough = maximum / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    step = std::max(step, 1.0); // counts are whole
    QList<double> ticks;
    for (double value = 0; value < maximum + step - 1e-9; value += step)
        ticks.append(value);
    if (ticks.size() < 2)
        ticks.append(step);
    return ticks;
}

} // namespace ehb
