#include "client/clientsettings.h"

#include "client/builtinserver.h"
#include "client/secretstore.h"
#include "net/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace ehb {

namespace {
const QString kServerUrl = QStringLiteral("server/url");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPostcode = QStringLiteral("practice/postcode");
const QString kSoftwareName = QStringLiteral("practice/software_name");
const QString kSoftwareVersion = QStringLiteral("practice/software_version");
const QString kInstallation = QStringLiteral("installation/id");
const QString kDismissedUpdate = QStringLiteral("update/dismissed_version");
const QString kWelcomeAnswered = QStringLiteral("welcome/answered");
// Where earlier versions kept kWelcomeAnswered: a file of its own in the data folder.
const QString kOldFirstStartFile = QStringLiteral("/first-start.ini");
const QString kStaffTokenLocation = QStringLiteral("staff/token_location");
const QString kStaffToken = QStringLiteral("staff/token");
// The keychain entry's name.
const QString kStaffTokenKey = QStringLiteral("staff-token");
} // namespace

ClientSettings::ClientSettings(const QString &dataDir)
    // The managed file's place is documented for administrators: the names are fixed here, not
    // taken from the application object.
    : m_managed(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                            QStringLiteral("GBO"), QStringLiteral("ehealthbugs")))
    , m_builtInServerUrl(QStringLiteral(EHB_DEFAULT_SERVER_URL))
{
    m_managed->setFallbacksEnabled(false);
    if (dataDir.isEmpty()) {
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        m_settings = std::make_unique<QSettings>();
    } else {
        m_dataDir = QDir(dataDir).absolutePath();
        QDir().mkpath(m_dataDir);
        m_settings = std::make_unique<QSettings>(m_dataDir + QStringLiteral("/settings.ini"),
                                                 QSettings::IniFormat);
    }
}

ClientSettings::~ClientSettings() = default;

QString ClientSettings::databasePath() const
{
    return m_dataDir + QStringLiteral("/reports.sqlite");
}

ClientSettings::ServerChoice
ClientSettings::chooseServer(const QString &managed, const QString &user, const QString &builtIn)
{
    ServerChoice choice;
    const std::pair<ServerSource, QString> sources[] = {{ServerSource::Managed, managed},
                                                        {ServerSource::User, user},
                                                        {ServerSource::BuiltIn, builtIn}};
    for (const auto &[source, text] : sources) {
        if (text.trimmed().isEmpty())
            continue;
        const QString field = source == ServerSource::Managed
                                  ? tr("Server address set by your practice's administrator")
                              : source == ServerSource::User ? tr("Server address")
                                                             : tr("Server address built into "
                                                                  "this program");
        const Result<QUrl> url = ServerAddress::parse(text, field);
        if (!url) {
            choice.problems.append(url.error());
            continue;
        }
        choice.url = url.value();
        choice.source = source;
        break;
    }
    return choice;
}

ClientSettings::ServerChoice ClientSettings::server() const
{
    return chooseServer(managedServerUrl(), userServerUrl(), m_builtInServerUrl);
}

QString ClientSettings::managedServerUrl() const
{
    return m_managed->value(kServerUrl).toString();
}

QString ClientSettings::userServerUrl() const
{
    return m_settings->value(kServerUrl).toString();
}

void ClientSettings::setServerUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(kServerUrl);
    else
        m_settings->setValue(kServerUrl, url.toString());
}

QString ClientSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void ClientSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString ClientSettings::dismissedUpdate() const
{
    return m_settings->value(kDismissedUpdate).toString();
}

void ClientSettings::setDismissedUpdate(const QString &version)
{
    m_settings->setValue(kDismissedUpdate, version);
}

bool ClientSettings::welcomeAnswered()
{
    if (m_settings->contains(kWelcomeAnswered))
        return m_settings->value(kWelcomeAnswered).toBool();
    // Answered with an older version: moved here once, so that the welcome does not come back.
    const QString oldFile = m_dataDir + kOldFirstStartFile;
    if (!QFile::exists(oldFile))
        return false;
    const bool answered = QSettings(oldFile, QSettings::IniFormat).value(kWelcomeAnswered).toBool();
    if (!answered)
        return false;
    setWelcomeAnswered();
    if (m_settings->status() == QSettings::NoError)
        QFile::remove(oldFile);
    return true;
}

void ClientSettings::setWelcomeAnswered()
{
    m_settings->setValue(kWelcomeAnswered, true);
    m_settings->sync();
}

QString ClientSettings::postcode() const
{
    return m_settings->value(kPostcode).toString();
}

void ClientSettings::setPostcode(const QString &postcode)
{
    m_settings->setValue(kPostcode, postcode);
}

QString ClientSettings::softwareName() const
{
    return m_settings->value(kSoftwareName).toString();
}

void ClientSettings::setSoftwareName(const QString &name)
{
    m_settings->setValue(kSoftwareName, name);
}

QString ClientSettings::softwareVersion() const
{
    return m_settings->value(kSoftwareVersion).toString();
}

void ClientSettings::setSoftwareVersion(const QString &version)
{
    m_settings->setValue(kSoftwareVersion, version);
}

QUuid ClientSettings::installationId()
{
    const QUuid stored = parseUuidV4(m_settings->value(kInstallation).toString());
    return stored.isNull() ? rotateInstallationId() : stored;
}

QUuid ClientSettings::rotateInstallationId()
{
    const QUuid id = newUuid();
    m_settings->setValue(kInstallation, uuidText(id));
    m_settings->sync();
    return id;
}

void ClientSettings::sync()
{
    m_settings->sync();
}

// The staff token -------------------------------------------------------------------------

void ClientSettings::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
    m_secretsChosen = true;
    m_staffToken.reset();
}

SecretStore *ClientSettings::secretStore()
{
    if (!m_secretsChosen) {
        m_secrets = systemSecretStore(QCoreApplication::organizationName() + QLatin1Char('/') +
                                      QCoreApplication::applicationName());
        m_secretsChosen = true;
    }
    return m_secrets.get();
}

bool ClientSettings::keychainAvailable()
{
    SecretStore *store = secretStore();
    return store && store->isAvailable();
}

ClientSettings::SecretLocation ClientSettings::staffTokenLocation() const
{
    const QString location = m_settings->value(kStaffTokenLocation).toString();
    if (location == QLatin1String("keychain"))
        return SecretLocation::Keychain;
    if (location == QLatin1String("settings"))
        return SecretLocation::SettingsFile;
    return SecretLocation::None;
}

QString ClientSettings::staffToken()
{
    if (m_staffToken)
        return *m_staffToken;
    QString token;
    switch (staffTokenLocation()) {
    case SecretLocation::None:
        break;
    case SecretLocation::SettingsFile:
        token = m_settings->value(kStaffToken).toString();
        break;
    case SecretLocation::Keychain:
        if (SecretStore *store = secretStore()) {
            const Result<QString> read = store->read(kStaffTokenKey);
            // A keychain that does not answer now may answer later: not remembered.
            if (!read)
                return {};
            token = read.value();
        }
        break;
    }
    m_staffToken = token;
    return token;
}

Result<ClientSettings::SecretLocation> ClientSettings::setStaffToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    SecretStore *store = secretStore();
    if (trimmed.isEmpty()) {
        if (staffTokenLocation() == SecretLocation::Keychain && store)
            (void)store->write(kStaffTokenKey, {});
        m_settings->remove(kStaffToken);
        m_settings->remove(kStaffTokenLocation);
        m_settings->sync();
        m_staffToken = QString();
        return SecretLocation::None;
    }
    SecretLocation location = SecretLocation::SettingsFile;
    if (store && store->isAvailable() && store->write(kStaffTokenKey, trimmed).ok())
        location = SecretLocation::Keychain;
    if (location == SecretLocation::Keychain) {
        m_settings->remove(kStaffToken);
        m_settings->setValue(kStaffTokenLocation, QStringLiteral("keychain"));
    } else {
        m_settings->setValue(kStaffToken, trimmed);
        m_settings->setValue(kStaffTokenLocation, QStringLiteral("settings"));
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(tr("The staff token could not be saved in the settings file."));
    m_staffToken = trimmed;
    return location;
}

} // namespace ehb
