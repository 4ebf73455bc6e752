#pragma once

#include "core/report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace ehb {

class SecretStore;

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

    // The newest app version whose "newer version" notice the GP dismissed; empty: none. The
    // notice comes back only for a still newer one.
    QString dismissedUpdate() const;
    void setDismissedUpdate(const QString &version);

    // Random per installation, made on first use; rotate() makes a new one.
    QUuid installationId();
    QUuid rotateInstallationId();

    void sync();

    // The GBO staff token (staff statistics); empty when none is set. Kept in the keychain when
    // one answered when it was saved, else in the settings file. Never logged.
    enum class SecretLocation
    {
        None,
        Keychain,
        SettingsFile
    };
    QString staffToken();
    // Keeps `token` (trimmed) in the keychain when it answers, else in the settings file; an
    // empty token removes it. Returns where it went.
    Result<SecretLocation> setStaffToken(const QString &token);
    SecretLocation staffTokenLocation() const;
    // Whether a keychain answers (asked once).
    bool keychainAvailable();
    // Replaces the keychain, for tests and platforms without one (nullptr: none). By default
    // the operating system's keychain is asked when the staff token is first needed.
    void setSecretStore(std::unique_ptr<SecretStore> store);

private:
    SecretStore *secretStore();

    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_secretsChosen = false;
    std::optional<QString> m_staffToken;
};

} // namespace ehb
