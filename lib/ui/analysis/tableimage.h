#pragma once

#include <QImage>
#include <QSize>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace ehb {

// A table of `model` drawn offscreen at `size` (× scale) for PNG export, set up by `setUp` as
// the one on screen, which keeps its own size and scroll position.
QImage tableImage(QAbstractItemModel *model, const std::function<void(QTableView *)> &setUp,
                  QSize size, qreal scale);

// A table of figures as the Analysis view shows them: whole rows selected, read-only, one line
// per cell, no row numbers; the columns as wide as their contents but `stretchColumn`, which
// takes the rest.
void setUpFiguresTable(QTableView *view, int stretchColumn);

} // namespace ehb
