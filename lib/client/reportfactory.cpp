#include "client/reportfactory.h"

#include "client/clientsettings.h"

#include <QLocale>
#include <QSysInfo>

namespace ehb {

ClientInfo currentClientInfo()
{
    return {QStringLiteral(EHB_VERSION), QSysInfo::prettyProductName().left(80), QLocale().name()};
}

Report makeReport(ClientSettings &settings, const QString &service, const QStringList &symptoms,
                  int sinceMinutes, const QDateTime &now)
{
    Report report;
    report.id = newUuid();
    report.revision = 1;
    report.installation = settings.installationId();
    report.service = service;
    report.reportedAt = now;
    report.startedAt = now.addSecs(-qint64(std::max(0, sinceMinutes)) * 60);
    report.symptoms = symptoms;
    report.postcode = settings.postcode();
    report.software = {settings.softwareName(), settings.softwareVersion()};
    report.client = currentClientInfo();
    return report;
}

} // namespace ehb
