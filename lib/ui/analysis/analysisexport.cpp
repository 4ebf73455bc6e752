#include "ui/analysis/analysisexport.h"

#include "export/csvexport.h"
#include "export/exportfile.h"
#include "ui/analysis/exportable.h"

#include <QTimeZone>

namespace ehb {

Result<void> AnalysisExport::savePng(const Exportable &item, const QString &path)
{
    const QImage image = item.exportImage(item.exportSize(), 2);
    if (image.isNull())
        return fail(tr("The picture of “%1” could not be drawn.").arg(item.caption()));
    return exporting::savePng(image, path);
}

Result<void> AnalysisExport::saveCsv(const Exportable &item, const QString &path,
                                     const QLocale &locale)
{
    return exporting::writeFile(path, exporting::toCsv(item.exportTable(), locale));
}

QString AnalysisExport::suggestedName(const Exportable &item, const stats::Query &query,
                                      const QString &extension)
{
    const QTimeZone zone(query.tz.toUtf8());
    if (!query.from.isValid() || !query.to.isValid())
        return item.fileStem() + QLatin1Char('.') + extension;
    // The last day shown, not the exclusive end.
    const QDate first = query.from.toTimeZone(zone).date();
    const QDate last = query.to.addSecs(-1).toTimeZone(zone).date();
    return QStringLiteral("%1_%2_%3.%4")
        .arg(item.fileStem(), first.toString(Qt::ISODate), last.toString(Qt::ISODate), extension);
}

} // namespace ehb
