#include "ui/analysis/tableimage.h"

#include "ui/analysis/chartstyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace ehb {

QImage tableImage(QAbstractItemModel *model, const std::function<void(QTableView *)> &setUp,
                  QSize size, qreal scale)
{
    QTableView table;
    table.setAttribute(Qt::WA_DontShowOnScreen);
    table.setModel(model);
    setUp(&table);
    table.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table.setFrameShape(QFrame::NoFrame);
    QPalette palette = table.palette();
    palette.setColor(QPalette::Base, ChartStyle::background());
    palette.setColor(QPalette::Text, ChartStyle::text());
    table.setPalette(palette);
    table.resize(size);
    table.ensurePolished();

    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::background());
    QPainter painter(&image);
    table.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void setUpFiguresTable(QTableView *view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
}

} // namespace ehb
