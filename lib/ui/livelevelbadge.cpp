#include "ui/livelevelbadge.h"

#include <QPainter>
#include <QPixmap>

namespace ehb {

QString LiveLevelBadge::text(stats::LiveLevel level)
{
    switch (level) {
    case stats::LiveLevel::Outage:
        //: Live level of a service, shown after its name in the service list.
        return tr("outage reported by other practices");
    case stats::LiveLevel::Possible:
        //: Live level of a service, shown after its name in the service list.
        return tr("possible problem");
    case stats::LiveLevel::Normal:
        break;
    }
    return {};
}

QColor LiveLevelBadge::color(stats::LiveLevel level)
{
    switch (level) {
    case stats::LiveLevel::Outage:
        return QColor(0xc6, 0x28, 0x28);
    case stats::LiveLevel::Possible:
        return QColor(0xef, 0x8f, 0x00);
    case stats::LiveLevel::Normal:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

QIcon LiveLevelBadge::icon(stats::LiveLevel level)
{
    if (level == stats::LiveLevel::Normal)
        return {};
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color(level).darker(130), size / 16.0));
        painter.setBrush(color(level));
        const double margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ehb
