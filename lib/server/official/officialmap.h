#pragma once

#include "core/result.h"
#include "server/official/officialfeed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// Which of our services (resources/services.json) an official component stands for. Read from
// resources/official-components.json (built in) or from `serve --official-map FILE`:
//   {"version": 1, "components": [
//     {"id": "12", "service": "recip-e"},                  the feed's component id, exactly
//     {"name": "eHealthBox", "service": "ehealthbox"},     the whole name, any case
//     {"name_contains": "recip-e", "service": "recip-e"}]} part of the name, any case
// The first entry that matches wins, ids before names before parts of names. A component that
// no entry matches is unmapped: kept and recorded all the same, and listed by unmapped().
class OfficialMap
{
    Q_DECLARE_TR_FUNCTIONS(OfficialMap)

public:
    struct Entry
    {
        QString id;
        QString name;
        QString nameContains;
        QString service;
    };

    // Every service must be in `catalogue`; a failure names the entry and its field.
    static Result<OfficialMap> parse(const QByteArray &json, const ServiceCatalogue &catalogue);
    static Result<OfficialMap> fromFile(const QString &path, const ServiceCatalogue &catalogue);
    // resources/official-components.json as built into the server.
    static const OfficialMap &builtIn();

    // The service id of a component; empty when unmapped.
    QString serviceFor(const OfficialComponent &component) const;
    // "NAME (id ID)" of each component that no entry maps, in the given order.
    QStringList unmapped(const QList<OfficialComponent> &components) const;
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace ehb::server
