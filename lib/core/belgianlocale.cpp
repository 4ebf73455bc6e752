#include "core/belgianlocale.h"

namespace ehb {

std::optional<QLocale> belgianLocale(QStringView language)
{
    if (language == u"fr")
        return QLocale(QLocale::French, QLocale::Belgium);
    if (language == u"nl")
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (language == u"de")
        return QLocale(QLocale::German, QLocale::Belgium);
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::Belgium);
    return std::nullopt;
}

} // namespace ehb
