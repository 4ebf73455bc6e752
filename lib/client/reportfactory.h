#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QStringList>

namespace ehb {

class ClientSettings;

// Fills in what the app adds to what the GP typed: ids, times, installation, postcode, EMR
// software and client info.
Report makeReport(ClientSettings &settings, const QString &service, const QStringList &symptoms,
                  int sinceMinutes, const QDateTime &now);

// This build's client object (app version, OS, locale name).
ClientInfo currentClientInfo();

} // namespace ehb
