#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace ehb {

// One eHealth (or local) service a GP can report, with its names in en, fr, nl and de.
struct Service
{
    QString id;
    QString group; // ehealth, mycarenet, regional, local
    QHash<QString, QString> names;
    QUrl statusPage;

    // The name in `language` ("fr", "nl", "de", "en"), falling back to English.
    QString name(const QString &language) const;
};

class ServiceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)

public:
    // The catalogue shipped in the resources (resources/services.json).
    static const ServiceCatalogue &builtIn();

    static Result<ServiceCatalogue> fromJson(const QByteArray &json);

    const QList<Service> &services() const { return m_services; }
    bool contains(const QString &id) const { return m_index.contains(id); }
    // nullptr when the id is unknown.
    const Service *find(const QString &id) const;
    // The group ids in display order.
    static QStringList groups();
    // The translated group name.
    static QString groupName(const QString &group);

    QJsonArray toJson() const;

private:
    QList<Service> m_services;
    QHash<QString, qsizetype> m_index;
};

} // namespace ehb
