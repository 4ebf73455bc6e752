#include "server/official/officialmap.h"

#include "core/servicecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ehb::server {

Result<OfficialMap> OfficialMap::parse(const QByteArray &json, const ServiceCatalogue &catalogue)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("The component map is not JSON: %1 at byte %2.")
                        .arg(error.errorString())
                        .arg(error.offset));
    const QJsonValue list = document.object().value(QLatin1String("components"));
    if (!document.isObject() || !list.isArray())
        return fail(tr("The component map needs an object with a \"components\" list."));

    OfficialMap map;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        const QString where = QStringLiteral("components[%1]").arg(i);
        Entry entry;
        entry.id = object.value(QLatin1String("id")).toVariant().toString().trimmed();
        entry.name = object.value(QLatin1String("name")).toString().trimmed();
        entry.nameContains = object.value(QLatin1String("name_contains")).toString().trimmed();
        entry.service = object.value(QLatin1String("service")).toString();
        if (int(!entry.id.isEmpty()) + int(!entry.name.isEmpty()) +
                int(!entry.nameContains.isEmpty()) !=
            1)
            return fail(
                tr("%1: give exactly one of \"id\", \"name\" and \"name_contains\".").arg(where));
        if (!catalogue.contains(entry.service))
            return fail(tr("%1.service: \"%2\" is not a service of the catalogue.")
                            .arg(where, entry.service));
        map.m_entries.append(entry);
    }
    return map;
}

Result<OfficialMap> OfficialMap::fromFile(const QString &path, const ServiceCatalogue &catalogue)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the component map %1: %2").arg(path, file.errorString()));
    const Result<OfficialMap> map = parse(file.readAll(), catalogue);
    if (!map)
        return fail(QStringLiteral("%1: %2").arg(path, map.error()));
    return map;
}

const OfficialMap &OfficialMap::builtIn()
{
    static const OfficialMap map = [] {
        QFile file(QStringLiteral(":/ehealthbugs-server/official-components.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The official component map is missing from the resources");
        const Result<OfficialMap> parsed = parse(file.readAll(), ServiceCatalogue::builtIn());
        if (!parsed)
            qFatal("The built-in official component map is invalid: %s",
                   qPrintable(parsed.error()));
        return parsed.value();
    }();
    return map;
}

QString OfficialMap::serviceFor(const OfficialComponent &component) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.id.isEmpty() && entry.id == component.id)
            return entry.service;
    }
    for (const Entry &entry : m_entries) {
        if (!entry.name.isEmpty() && entry.name.compare(component.name, Qt::CaseInsensitive) == 0)
            return entry.service;
    }
    for (const Entry &entry : m_entries) {
        if (!entry.nameContains.isEmpty() &&
            component.name.contains(entry.nameContains, Qt::CaseInsensitive))
            return entry.service;
    }
    return {};
}

QStringList OfficialMap::unmapped(const QList<OfficialComponent> &components) const
{
    QStringList names;
    for (const OfficialComponent &component : components) {
        if (serviceFor(component).isEmpty())
            names.append(QStringLiteral("%1 (id %2)").arg(component.name, component.id));
    }
    return names;
}

} // namespace ehb::server
