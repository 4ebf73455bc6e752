#pragma once

#include "core/result.h"
#include "net/statsdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ehb {

class Exportable;

// Saves what the Analysis view shows, without asking anything: the callers choose the paths
// (file dialogs in the view, temporary files in tests).
class AnalysisExport
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisExport)

public:
    // The chart's picture as PNG, at its export size and twice the pixels (sharp in print).
    static Result<void> savePng(const Exportable &item, const QString &path);
    // The chart's data as CSV that Excel opens correctly for `locale` (lib/export).
    static Result<void> saveCsv(const Exportable &item, const QString &path,
                                const QLocale &locale = QLocale());
    // "frequency_2025-03-01_2025-03-31.png": what and when, for the save dialog.
    static QString suggestedName(const Exportable &item, const stats::Query &query,
                                 const QString &extension);
};

} // namespace ehb
