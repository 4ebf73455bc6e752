#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace ehb {

// A chart's data as rows for export: QString, int, qint64, double, bool, QDate or QDateTime
// cells (times already in the zone they are meant to be read in).
struct DataTable
{
    QStringList headers;
    QList<QVariantList> rows;
};

} // namespace ehb
