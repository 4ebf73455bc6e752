#include "ui/analysis/provincenames.h"

namespace ehb {

QString ProvinceNames::name(const QString &code)
{
    if (code.isEmpty())
        return tr("No postcode");
    if (code == QLatin1String("BE-BRU"))
        return tr("Brussels-Capital");
    if (code == QLatin1String("BE-VAN"))
        return tr("Antwerp");
    if (code == QLatin1String("BE-VBR"))
        return tr("Flemish Brabant");
    if (code == QLatin1String("BE-VLI"))
        return tr("Limburg");
    if (code == QLatin1String("BE-VOV"))
        return tr("East Flanders");
    if (code == QLatin1String("BE-VWV"))
        return tr("West Flanders");
    if (code == QLatin1String("BE-WBR"))
        return tr("Walloon Brabant");
    if (code == QLatin1String("BE-WHT"))
        return tr("Hainaut");
    if (code == QLatin1String("BE-WLG"))
        return tr("Liège");
    if (code == QLatin1String("BE-WLX"))
        return tr("Luxembourg");
    if (code == QLatin1String("BE-WNA"))
        return tr("Namur");
    return code;
}

} // namespace ehb
