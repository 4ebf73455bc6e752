#include "core/symptoms.h"

namespace ehb {

QString Labels::symptom(const QString &id)
{
    if (id == QLatin1String("unreachable"))
        return tr("Unreachable");
    if (id == QLatin1String("timeout"))
        return tr("Timeout");
    if (id == QLatin1String("slow"))
        return tr("Very slow");
    if (id == QLatin1String("error_message"))
        return tr("Error message");
    if (id == QLatin1String("auth_failure"))
        return tr("Login or certificate refused");
    if (id == QLatin1String("rejected"))
        return tr("Request rejected");
    if (id == QLatin1String("partial"))
        return tr("Partly working");
    if (id == QLatin1String("other"))
        return tr("Other");
    return id;
}

QString Labels::fallback(const QString &id)
{
    if (id == QLatin1String("none"))
        return tr("No fallback");
    if (id == QLatin1String("paper"))
        return tr("Paper");
    if (id == QLatin1String("later"))
        return tr("Done later");
    if (id == QLatin1String("other"))
        return tr("Other");
    return id;
}

} // namespace ehb
