#pragma once

#include "core/result.h"
#include "server/api/serverconfig.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace ehb::server {

// The options of the public status page (PublicPageConfig): their flags, how each value is
// read and their part of the help. ServerOptions reads them beside its other options; their
// texts are in ServerOptions' translation context.
namespace PublicOptions {

constexpr int maxCacheSeconds = 3600;

// "--public-page", "--public-cache".
const QList<QLatin1String> &flags();

// Reads the value of one of flags() into `config`; a failure names the flag.
Result<void> read(const QString &flag, const QString &value, PublicPageConfig &config);

// The "Public status page" section of `ehealthbugs-server --help`.
QString helpText();

} // namespace PublicOptions

} // namespace ehb::server
