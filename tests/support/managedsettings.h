#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ehb::test {

// The administrator's system-wide settings (on Linux /etc/xdg/GBO/ehealthbugs.conf), moved to a
// temporary folder for the whole test process, so that tests can write them and the machine's
// own are never read. Construct it once, before any ClientSettings (QSettings keeps the path).
class ManagedSettings
{
public:
    ManagedSettings();

    bool isValid() const { return m_dir.isValid(); }
    // Writes server/url as an administrator would; false when the file cannot be written.
    bool setServerUrl(const QString &url);
    // Removes the file: nothing is managed.
    void clear();

private:
    QString filePath() const;

    QTemporaryDir m_dir;
};

} // namespace ehb::test
