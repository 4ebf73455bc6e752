#pragma once

#include "core/result.h"
#include "server/api/serverconfig.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace ehb::server {

// The options that fill ClientRelease: their flags, how each value is read and their part of the
// help. ServerOptions reads them beside its other options; their texts are in ServerOptions'
// translation context.
namespace ClientOptions {

// "--client-latest", "--client-download".
const QList<QLatin1String> &flags();

// Reads the value of one of flags() into `release`; a failure names the flag.
Result<void> read(const QString &flag, const QString &value, ClientRelease &release);

// True for dotted numbers such as 1.4.2: one to four parts, each 0 to 99999, no sign or space.
bool isVersion(const QString &text);

// The "Desktop app updates" section of `ehealthbugs-server --help`.
QString helpText();

} // namespace ClientOptions

} // namespace ehb::server
