#include "core/fielderror.h"

#include <QStringList>

namespace ehb {

QString describe(const FieldErrors &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const FieldError &error : errors)
        lines.append(error.path + QLatin1String(": ") + error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ehb
