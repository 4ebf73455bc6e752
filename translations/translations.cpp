#include "translations.h"

namespace ehb {

QString translationsDirectory()
{
    return QStringLiteral(":/i18n");
}

} // namespace ehb
