#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace ehb {

// The GP's settings and the installation id. Stored in QSettings: the platform's usual place,
// or settings.ini inside a data directory given on the command line.
class ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)

public:
    // An empty `dataDir` means the standard locations.
    explicit ClientSettings(const QString &dataDir = {});
    ~ClientSettings();

    // Where reports.sqlite lives.
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    static QUrl defaultServerUrl();

    // "" (follow the system), "fr", "nl", "de" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    QString postcode() const;
    void setPostcode(const QString &postcode);

    QString softwareName() const;
    void setSoftwareName(const QString &name);
    QString softwareVersion() const;
    void setSoftwareVersion(const QString &version);

    // Random per installation, made on first use; rotate() makes a new one.
    QUuid installationId();
    QUuid rotateInstallationId();

    void sync();

private:
    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ehb
