#pragma once

#include "core/fielderror.h"
#include "core/result.h"
#include "server/storage/officialrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// Official incidents from before the poller, entered by staff: read from a CSV file
// (`ehealthbugs-server official import FILE`) or from the JSON of
// POST /api/v1/official/incidents. All or nothing: one bad row refuses the whole input.
//
// One incident: service (an id of the catalogue), start, end (RFC 3339 with an offset; end may
// be empty while not over, and is not before start), status (degraded_performance,
// partial_outage, major_outage, or the page's "Major Outage" spelling) and source (free text,
// at most maxSourceLength characters, such as a press article's address).
class OfficialIncidents
{
    Q_DECLARE_TR_FUNCTIONS(OfficialIncidents)

public:
    static constexpr qsizetype maxSourceLength = 2000;
    static constexpr qsizetype maxIncidents = 10000;

    // CSV (RFC 4180: commas, double quotes, CRLF or LF) with the columns
    // service,start,end,status,source; a first line naming them is skipped. A failure names
    // the line: "line 7: ...". Each incident is marked imported.
    static Result<QList<OfficialIncident>> fromCsv(const QByteArray &csv,
                                                   const ServiceCatalogue &catalogue);
    // {"incidents": [{"service", "start", "end", "status", "source"}, ...]}; each failure names
    // its field, such as incidents[2].start. Entered by hand: not marked imported.
    static Result<QList<OfficialIncident>, FieldErrors> fromJson(const QJsonObject &body,
                                                                 const ServiceCatalogue &catalogue);
    static QJsonObject toJson(const OfficialIncident &incident);
};

} // namespace ehb::server
