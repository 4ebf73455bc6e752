#include "core/emrsoftware.h"

namespace ehb {

QStringList usualEmrSoftware()
{
    // Programs registered for Belgian general practice, in alphabetical order. Only names we
    // are sure of: a missing one is typed, and a wrong one would be chosen by mistake.
    return {
        QStringLiteral("CareConnect"), QStringLiteral("Epicure"),    QStringLiteral("HealthOne"),
        QStringLiteral("Medidoc"),     QStringLiteral("Medispring"), QStringLiteral("Omnipro"),
    };
}

} // namespace ehb
