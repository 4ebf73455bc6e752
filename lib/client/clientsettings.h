#pragma once

#include "core/report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
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

    // The collection server, from the strongest source that gives an acceptable address:
    // the managed (system-wide) setting, the user's, the address built into the package
    // (EHB_DEFAULT_SERVER_URL), else none: then nothing is sent and the reports wait, saved.
    enum class ServerSource
    {
        Managed,
        User,
        BuiltIn,
        None
    };
    struct ServerChoice
    {
        QUrl url; // empty when source is None
        ServerSource source = ServerSource::None;
        // Addresses that were set but refused (plain http:// to another computer, not a web
        // address), one translated line each naming where it was set; they are not used.
        QStringList problems;
    };
    static ServerChoice chooseServer(const QString &managed, const QString &user,
                                     const QString &builtIn);
    ServerChoice server() const;
    QUrl serverUrl() const { return server().url; }
    // The user's own address (Settings, --server); an empty url removes it.
    QString userServerUrl() const;
    void setServerUrl(const QUrl &url);
    // The system-wide address set by the practice's administrator (Linux
    // /etc/xdg/GBO/ehealthbugs.conf, Windows HKLM\Software\GBO\ehealthbugs, macOS the
    // system's preferences for com.gbo.ehealthbugs), as written; empty when none.
    QString managedServerUrl() const;
    // Whether a usable managed address decides, so that the user's cannot be changed.
    bool serverUrlManaged() const { return server().source == ServerSource::Managed; }
    // The address built into this program (empty: none); tests replace it.
    QString builtInServerUrl() const { return m_builtInServerUrl; }
    void setBuiltInServerUrl(const QString &url) { m_builtInServerUrl = url; }

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

    // Whether the GP answered the first-start welcome (Skip or Save); kept at once. An answer
    // given to an earlier version, kept in first-start.ini in the data folder, is moved here
    // the first time it is asked for.
    bool welcomeAnswered();
    void setWelcomeAnswered();

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
    // Read only: the administrator's settings for every user of the computer.
    std::unique_ptr<QSettings> m_managed;
    QString m_builtInServerUrl;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_secretsChosen = false;
    std::optional<QString> m_staffToken;
};

} // namespace ehb
