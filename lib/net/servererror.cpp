#include "net/servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ehb {

QString serverErrorText(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    QStringList lines;
    const QString message = error.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        lines.append(message);
    const QJsonArray fields = error.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &field : fields) {
        const QJsonObject object = field.toObject();
        lines.append(object.value(QLatin1String("path")).toString() + QLatin1String(": ") +
                     object.value(QLatin1String("message")).toString());
    }
    return lines.join(QLatin1Char('\n')).left(2000);
}

} // namespace ehb
