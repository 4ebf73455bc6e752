#include "ui/appicon.h"

#include <QPainter>
#include <QPixmap>

namespace ehb {

namespace {

QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size / 16.0;
    const QRectF circle(margin, margin, size - 2 * margin, size - 2 * margin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawEllipse(circle);

    // An exclamation mark: a bar and a dot.
    painter.setBrush(Qt::white);
    const qreal barWidth = size * 0.14;
    const qreal centre = size / 2.0;
    painter.drawRoundedRect(QRectF(centre - barWidth / 2, size * 0.2, barWidth, size * 0.38),
                            barWidth / 2, barWidth / 2);
    painter.drawEllipse(QPointF(centre, size * 0.73), barWidth * 0.65, barWidth * 0.65);
    return pixmap;
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64, 128})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace ehb
