#include "client/firststart.h"

#include "client/clientsettings.h"

#include <QDir>
#include <QSettings>

namespace ehb {

namespace {

const QString kWelcomeAnswered = QStringLiteral("welcome/answered");

QString flagFile(const ClientSettings &settings)
{
    return settings.dataDir() + QStringLiteral("/first-start.ini");
}

} // namespace

bool welcomeAnswered(const ClientSettings &settings)
{
    return QSettings(flagFile(settings), QSettings::IniFormat).value(kWelcomeAnswered).toBool();
}

void setWelcomeAnswered(const ClientSettings &settings)
{
    QDir().mkpath(settings.dataDir());
    QSettings flag(flagFile(settings), QSettings::IniFormat);
    flag.setValue(kWelcomeAnswered, true);
    flag.sync();
}

} // namespace ehb
