#include "ui/uilanguage.h"

namespace ehb {

QString catalogueLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Dutch:
        return QStringLiteral("nl");
    case QLocale::German:
        return QStringLiteral("de");
    default:
        return QStringLiteral("en");
    }
}

} // namespace ehb
