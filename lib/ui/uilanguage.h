#pragma once

#include <QLocale>
#include <QString>

namespace ehb {

// The language code the service catalogue knows ("fr", "nl", "de" or "en") for the locale the
// user interface runs in; English for any other locale.
QString catalogueLanguage(const QLocale &locale);

} // namespace ehb
