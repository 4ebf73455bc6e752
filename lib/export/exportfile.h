#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace ehb::exporting {

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // Writes the whole file or nothing (QSaveFile: a temporary file renamed at the end, so a
    // failure leaves an existing file as it was and no partial one). The error names the path.
    static Result<void> write(const QString &path, const QByteArray &bytes);
    // The image as PNG, written like write().
    static Result<void> savePng(const QImage &image, const QString &path);
};

inline Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    return ExportFile::write(path, bytes);
}

inline Result<void> savePng(const QImage &image, const QString &path)
{
    return ExportFile::savePng(image, path);
}

} // namespace ehb::exporting
