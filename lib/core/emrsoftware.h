#pragma once

#include <QStringList>

namespace ehb {

// The EMR programs Belgian GPs usually use, as their makers spell them, offered when the GP
// names theirs (the field "software.name"); any other name may be typed. Not translated.
QStringList usualEmrSoftware();

} // namespace ehb
