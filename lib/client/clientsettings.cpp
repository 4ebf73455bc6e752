#include "clientsettings.h"

#include <QDir>
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
} // namespace

ClientSettings::ClientSettings(const QString &dataDir)
{
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

QUrl ClientSettings::defaultServerUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

QUrl ClientSettings::serverUrl() const
{
    const QUrl url(m_settings->value(kServerUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void ClientSettings::setServerUrl(const QUrl &url)
{
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

} // namespace ehb
