#pragma once

#include "ui/analysis/datatable.h"

#include <QImage>
#include <QString>

namespace ehb {

// A view whose picture and data can be saved: a chart or a table of the Analysis view.
class Exportable
{
public:
    virtual ~Exportable() = default;

    // The caption, translated ("Reports per day").
    virtual QString caption() const = 0;
    // A file name without extension, e.g. "frequency".
    virtual QString fileStem() const = 0;
    // The picture at `size` logical pixels, `scale` device pixels each (2: sharp when printed).
    virtual QImage exportImage(QSize size, qreal scale = 2) const = 0;
    // The picture's natural export size.
    virtual QSize exportSize() const { return {960, 480}; }
    // The data shown, one row per value.
    virtual DataTable exportTable() const = 0;
};

} // namespace ehb
