#pragma once

#include <QLocale>
#include <QString>

namespace ehb {

// The language code the service catalogue knows ("fr", "nl", "de" or "en") for the locale the
// user interface runs in; English for any other locale.
QString catalogueLanguage(const QLocale &locale);

// A service's name without its explanation in brackets ("Recip-e", not "Recip-e (electronic
// prescription)"), in the default locale's catalogue language; the id for an unknown service.
QString briefServiceName(const QString &serviceId);

} // namespace ehb
