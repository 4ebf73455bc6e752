#pragma once

#include "export/exportcells.h"

namespace ehb {

// A chart's data as rows for export (lib/export's table: QString, int, qint64, double, bool,
// QDate or QDateTime cells, times already in the zone they are meant to be read in).
using DataTable = exporting::Table;

} // namespace ehb
