#pragma once

#include "core/result.h"
#include "server/http/httplimits.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace ehb::server {

// The self-protection options of `serve`, which fill ServerLimits: their flags, how each value
// is read and their part of the help. ServerOptions reads them beside its other options; their
// texts are in ServerOptions' translation context.
namespace LimitOptions {

// The flags as written: "--max-header-bytes", "--head-timeout", ...
const QList<QLatin1String> &flags();

// Reads the value of one of flags() into `limits`; a failure names the flag.
Result<void> read(const QString &flag, const QString &value, ServerLimits &limits);

// The "Self-protection" section of `ehealthbugs-server --help`.
QString helpText();

} // namespace LimitOptions

} // namespace ehb::server
