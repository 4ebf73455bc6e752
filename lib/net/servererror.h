#pragma once

#include <QByteArray>
#include <QString>

namespace ehb {

// The human-readable text of an error body {"error": {"message", "fields": [...]}}:
// the message followed by "path: message" for each field. Empty when the body is not one.
QString serverErrorText(const QByteArray &body);

} // namespace ehb
