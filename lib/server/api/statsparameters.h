#pragma once

#include "core/fielderror.h"
#include "core/result.h"
#include "server/stats/rollupcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUrlQuery>

#include <optional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// The period and filters of a staff query (docs/architecture.md, "The protocol"): `from` and `to`
// are half-open, each a date (local midnight in `tz`) or an RFC 3339 time with an offset; `tz` is
// an IANA zone, Europe/Brussels by default; `service` is optional and must be in the catalogue.
struct StatsParameters
{
    Q_DECLARE_TR_FUNCTIONS(StatsParameters)

public:
    static constexpr char defaultZone[] = "Europe/Brussels";
    static constexpr qint64 maxBuckets = 10000;

    QDateTime from; // UTC
    QDateTime to;   // UTC
    QTimeZone zone;
    QString service; // empty: every service
    BucketUnit unit = BucketUnit::Day;

    // Reads from, to, tz and service, and bucket when `withBucket`; every problem is a field
    // error named after its parameter.
    static Result<StatsParameters, FieldErrors>
    parse(const QUrlQuery &query, const ServiceCatalogue &catalogue, bool withBucket);

    // True for an IANA time zone id this system knows, such as Europe/Brussels.
    static bool isKnownZone(const QByteArray &id);
    // A target availability: a number strictly between 0 and 1 (such as 0.999).
    static std::optional<double> parseSlaTarget(const QString &text);
    // A date or an RFC 3339 time with an offset; an invalid QDateTime when it is neither.
    static QDateTime parseInstant(const QString &text, const QTimeZone &zone);
    // The time as RFC 3339 in the query's zone, e.g. 2024-03-31T00:00:00+01:00.
    QString local(const QDateTime &time) const;
};

} // namespace ehb::server
