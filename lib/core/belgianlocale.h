#pragma once

#include <QLocale>
#include <QStringView>

#include <optional>

namespace ehb {

// The locale of a language the product speaks, "fr", "nl", "de" or "en": its Belgian variant, so
// that dates and numbers read as GPs expect them (fr_BE, nl_BE, de_BE, en_BE); nullopt for any
// other language.
std::optional<QLocale> belgianLocale(QStringView language);

} // namespace ehb
