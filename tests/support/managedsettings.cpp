#include "managedsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace ehb::test {

ManagedSettings::ManagedSettings()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_dir.path());
}

QString ManagedSettings::filePath() const
{
    return m_dir.filePath(QStringLiteral("GBO/ehealthbugs.conf"));
}

bool ManagedSettings::setServerUrl(const QString &url)
{
    if (!QDir().mkpath(m_dir.filePath(QStringLiteral("GBO"))))
        return false;
    QFile file(filePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write("[server]\nurl=" + url.toUtf8() + '\n') > 0;
}

void ManagedSettings::clear()
{
    QFile::remove(filePath());
}

} // namespace ehb::test
