#include "export/exportfile.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

namespace ehb::exporting {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<void> ExportFile::write(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return fail(tr("No file name was given."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(shown(path), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Could not write %1: %2").arg(shown(path), reason));
    }
    if (!file.commit())
        return fail(tr("Could not save %1: %2").arg(shown(path), file.errorString()));
    return {};
}

Result<void> ExportFile::savePng(const QImage &image, const QString &path)
{
    if (image.isNull())
        return fail(tr("There is no image to save in %1.").arg(shown(path)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(tr("Could not encode the image for %1.").arg(shown(path)));
    buffer.close();
    return write(path, bytes);
}

} // namespace ehb::exporting
