#include "core/servicecatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehb {

QString Service::name(const QString &language) const
{
    const QString localized = names.value(language);
    return localized.isEmpty() ? names.value(QStringLiteral("en"), id) : localized;
}

const ServiceCatalogue &ServiceCatalogue::builtIn()
{
    static const ServiceCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/ehealthbugs/services.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in service catalogue is missing from the resources");
        Result<ServiceCatalogue> loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("The built-in service catalogue is invalid: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return catalogue;
}

Result<ServiceCatalogue> ServiceCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("The service catalogue is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonArray entries = document.object().value(QLatin1String("services")).toArray();
    ServiceCatalogue catalogue;
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        Service service;
        service.id = object.value(QLatin1String("id")).toString();
        service.group = object.value(QLatin1String("group")).toString();
        const QJsonObject names = object.value(QLatin1String("names")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            service.names.insert(it.key(), it.value().toString());
        service.statusPage = QUrl(object.value(QLatin1String("status_page")).toString());
        if (service.id.isEmpty() || !groups().contains(service.group) ||
            service.names.value(QStringLiteral("en")).isEmpty())
            return fail(tr("The service catalogue has an incomplete entry: %1").arg(service.id));
        if (catalogue.m_index.contains(service.id))
            return fail(tr("The service catalogue lists %1 twice").arg(service.id));
        catalogue.m_index.insert(service.id, catalogue.m_services.size());
        catalogue.m_services.append(service);
    }
    if (catalogue.m_services.isEmpty())
        return fail(tr("The service catalogue is empty"));
    return catalogue;
}

const Service *ServiceCatalogue::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_services.at(*it);
}

QStringList ServiceCatalogue::groups()
{
    return {QStringLiteral("ehealth"), QStringLiteral("mycarenet"), QStringLiteral("regional"),
            QStringLiteral("local")};
}

QString ServiceCatalogue::groupName(const QString &group)
{
    if (group == QLatin1String("ehealth"))
        return tr("eHealth platform");
    if (group == QLatin1String("mycarenet"))
        return tr("MyCareNet (mutualities)");
    if (group == QLatin1String("regional"))
        return tr("Regional hubs");
    if (group == QLatin1String("local"))
        return tr("My practice");
    return group;
}

QJsonArray ServiceCatalogue::toJson() const
{
    QJsonArray array;
    for (const Service &service : m_services) {
        QJsonObject names;
        for (auto it = service.names.cbegin(); it != service.names.cend(); ++it)
            names.insert(it.key(), it.value());
        QJsonObject object{{QStringLiteral("id"), service.id},
                           {QStringLiteral("group"), service.group},
                           {QStringLiteral("names"), names}};
        if (service.statusPage.isValid())
            object.insert(QStringLiteral("status_page"), service.statusPage.toString());
        array.append(object);
    }
    return array;
}

} // namespace ehb
