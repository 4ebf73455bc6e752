#include "ui/uilanguage.h"

#include "core/servicecatalogue.h"

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

QString briefServiceName(const QString &serviceId)
{
    const Service *service = ServiceCatalogue::builtIn().find(serviceId);
    if (!service)
        return serviceId;
    QString name = service->name(catalogueLanguage(QLocale()));
    const qsizetype bracket = name.indexOf(QStringLiteral(" ("));
    return bracket > 0 ? name.left(bracket) : name;
}

} // namespace ehb
