#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ehb::server {

// What the official eHealth status page says of a component, worst last.
enum class OfficialStatus
{
    Unknown, // a status name we do not know, or none
    Operational,
    Degraded,
    Partial,
    Major,
};

// One component of the official status page, as its JSON feed gives it.
struct OfficialComponent
{
    QString id;    // the feed's id as text (a number in the real feed)
    QString name;  // name_nl, else name_fr, else name
    QString group; // group_name_nl, else group_name_fr, else group_name; may be empty
    OfficialStatus status = OfficialStatus::Unknown;

    friend bool operator==(const OfficialComponent &, const OfficialComponent &) = default;
};

// The components JSON of https://status.ehealth.fgov.be/{nl|fr}/api/components/prod: an array,
// or an object whose `data` member is that array, of components with `id`, `name_nl` (or
// `name_fr`), `group_name_nl` and `status_name`. Parsed tolerantly: unknown fields are ignored,
// entries that are not objects or have neither id nor name are skipped, other status names are
// Unknown. Anything else (an HTML error page, garbage, a JSON of another shape) is an error; it
// never crashes, whatever the bytes.
class OfficialFeed
{
    Q_DECLARE_TR_FUNCTIONS(OfficialFeed)

public:
    static Result<QList<OfficialComponent>> parse(const QByteArray &body);

    // "Operational", "Degraded Performance", "Partial Outage", "Major Outage" (as the feed
    // spells them, any case and spacing) or Unknown.
    static OfficialStatus statusFromName(QStringView name);
    // The API's and the database's spelling: operational, degraded_performance, partial_outage,
    // major_outage, unknown.
    static QString code(OfficialStatus status);
    // The inverse of code(); Unknown for anything else.
    static OfficialStatus fromCode(QStringView code);
    // 0 for Operational and Unknown, then 1 to 3 from Degraded to Major: an outage is admitted
    // when this is above 0.
    static int severity(OfficialStatus status);
};

} // namespace ehb::server
