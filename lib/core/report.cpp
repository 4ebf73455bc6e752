#include "core/report.h"

#include <QRegularExpression>

namespace ehb {

QStringList knownSymptoms()
{
    return {QStringLiteral("unreachable"),  QStringLiteral("timeout"),
            QStringLiteral("slow"),         QStringLiteral("error_message"),
            QStringLiteral("auth_failure"), QStringLiteral("rejected"),
            QStringLiteral("partial"),      QStringLiteral("other")};
}

QStringList knownFallbacks()
{
    return {QStringLiteral("none"), QStringLiteral("paper"), QStringLiteral("later"),
            QStringLiteral("other")};
}

QUuid newUuid()
{
    return QUuid::createUuid(); // version 4, random
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid parseUuidV4(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-"
                       "9a-fA-F]{12}\\z"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QUuid::fromString(text);
}

} // namespace ehb
