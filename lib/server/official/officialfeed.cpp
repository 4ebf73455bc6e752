#include "server/official/officialfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ehb::server {

namespace {

// A member as text: strings as they are, numbers in their shortest form, else empty.
QString text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Only a number within qint64's range may be converted to it (beyond, undefined).
        constexpr double limit = 9223372036854775808.0; // 2^63
        if (number > -limit && number < limit) {
            const qint64 whole = qint64(number);
            if (double(whole) == number)
                return QString::number(whole);
        }
        return QString::number(number);
    }
    return {};
}

QString firstText(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        if (QString value = text(object, key); !value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

Result<QList<OfficialComponent>> OfficialFeed::parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(tr("The official status feed is not JSON (%1 at byte %2).")
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    QJsonArray entries;
    if (document.isArray()) {
        entries = document.array();
    } else if (document.isObject() && document.object().value(QLatin1String("data")).isArray()) {
        entries = document.object().value(QLatin1String("data")).toArray();
    } else {
        return fail(tr("The official status feed is neither a list of components nor an object "
                       "with a \"data\" list."));
    }

    QList<OfficialComponent> components;
    for (const QJsonValue &entry : std::as_const(entries)) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        OfficialComponent component;
        component.name = firstText(
            object, {QLatin1String("name_nl"), QLatin1String("name_fr"), QLatin1String("name")});
        component.id = text(object, QLatin1String("id"));
        if (component.id.isEmpty())
            component.id = component.name; // without an id, the name is all that identifies it
        if (component.id.isEmpty())
            continue;
        component.group =
            firstText(object, {QLatin1String("group_name_nl"), QLatin1String("group_name_fr"),
                               QLatin1String("group_name")});
        const QString status = firstText(object, {QLatin1String("status_name")});
        component.status = statusFromName(status);
        components.append(component);
    }
    return components;
}

OfficialStatus OfficialFeed::statusFromName(QStringView name)
{
    const QString simple = name.toString().simplified();
    const struct
    {
        QLatin1String name;
        OfficialStatus status;
    } known[] = {
        {QLatin1String("Operational"), OfficialStatus::Operational},
        {QLatin1String("Degraded Performance"), OfficialStatus::Degraded},
        {QLatin1String("Partial Outage"), OfficialStatus::Partial},
        {QLatin1String("Major Outage"), OfficialStatus::Major},
    };
    for (const auto &entry : known) {
        if (simple.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return OfficialStatus::Unknown;
}

QString OfficialFeed::code(OfficialStatus status)
{
    switch (status) {
    case OfficialStatus::Operational:
        return QStringLiteral("operational");
    case OfficialStatus::Degraded:
        return QStringLiteral("degraded_performance");
    case OfficialStatus::Partial:
        return QStringLiteral("partial_outage");
    case OfficialStatus::Major:
        return QStringLiteral("major_outage");
    case OfficialStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

OfficialStatus OfficialFeed::fromCode(QStringView code)
{
    for (const OfficialStatus status : {OfficialStatus::Operational, OfficialStatus::Degraded,
                                        OfficialStatus::Partial, OfficialStatus::Major}) {
        if (code == OfficialFeed::code(status))
            return status;
    }
    return OfficialStatus::Unknown;
}

int OfficialFeed::severity(OfficialStatus status)
{
    switch (status) {
    case OfficialStatus::Degraded:
        return 1;
    case OfficialStatus::Partial:
        return 2;
    case OfficialStatus::Major:
        return 3;
    case OfficialStatus::Operational:
    case OfficialStatus::Unknown:
        break;
    }
    return 0;
}

} // namespace ehb::server
