#pragma once

#include "server/official/officialfeed.h"
#include "server/storage/officialrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace ehb::server {

// The official record beside the crowd's: per crowd episode, whether and when the official
// status page admitted the outage, and the official outages no GP reported. Pure: times are UTC
// milliseconds, everything is given.
class OfficialComparison
{
public:
    static constexpr qint64 openEnd = std::numeric_limits<qint64>::max();
    // An official outage that starts this long after a crowd episode's end still admits it
    // (the status page is often updated after the fact).
    static constexpr qint64 lateWindowMs = 60 * 60 * 1000;

    // A time when the official status of a service was not operational.
    struct Segment
    {
        qint64 start = 0;
        qint64 end = openEnd; // openEnd: not over
        OfficialStatus status = OfficialStatus::Unknown;
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    // What the official record says of each service: its non-operational segments (sorted by
    // start, possibly overlapping), the times a component of it had a status we do not know
    // (the feed's other names; we claim neither operational nor an outage then) and since when
    // the feed told anything of it.
    struct Timeline
    {
        QHash<QString, QList<Segment>> segments;
        QHash<QString, QList<Segment>> unknown;
        QHash<QString, qint64> knownSince;
    };

    struct Episode
    {
        QString service;
        qint64 start = 0;
        qint64 end = 0;
    };

    struct EpisodeVerdict
    {
        // The worst status during the episode; Operational when the feed knew the service and
        // said nothing else; nullopt when the record says nothing of the service then.
        std::optional<OfficialStatus> status;
        std::optional<qint64> acknowledgedAt; // the start of the official outage that admits it
        std::optional<qint64> lagMinutes;     // acknowledgedAt - episode start (may be < 0)
        // When that official outage ended (openEnd: not yet); set when acknowledged.
        std::optional<qint64> officialEnd;
    };

    struct Unreported
    {
        QString service;
        qint64 start = 0;
        qint64 end = openEnd;
        OfficialStatus status = OfficialStatus::Unknown; // the worst
    };

    struct ServiceSummary
    {
        QString service;
        int acknowledged = 0;
        int unacknowledged = 0;
        qint64 unacknowledgedMinutes = 0;
        std::optional<double> medianLagMinutes;
    };

    // The official status of a service at one moment and since when it has been that.
    struct Current
    {
        std::optional<OfficialStatus> status; // nullopt: the record says nothing of it then
        std::optional<qint64> since;          // when it became that status; set with status
    };

    struct Outcome
    {
        QList<EpisodeVerdict> episodes; // in the order given
        QList<Unreported> unreported;   // by service, then start
        QList<ServiceSummary> services; // in the order given
    };

    // The timeline of the change log (each component's status lasts until its next change;
    // `changes` may start before the period, and should, so that the state at its start is
    // known) and of the incidents entered by hand. Changes of unmapped components are left out.
    static Timeline timeline(const QList<OfficialChange> &changes,
                             const QList<OfficialIncident> &incidents);

    // The worst status of `service` during [startMs, endMs): Operational when the feed knew the
    // service and said nothing else; Unknown when it said only statuses we do not know and
    // operational; nullopt when the record says nothing of it then.
    static std::optional<OfficialStatus>
    statusDuring(const Timeline &timeline, const QString &service, qint64 startMs, qint64 endMs);
    // The status of `service` at `atMs` (as statusDuring() of that millisecond) and the latest
    // moment before it when the status was another (or nothing was known).
    static Current current(const Timeline &timeline, const QString &service, qint64 atMs);

    // Compares the episodes of [fromMs, toMs) with the timeline; `services` lists the services
    // to summarise (and whose unreported outages to list).
    static Outcome compare(const QList<Episode> &episodes, const Timeline &timeline,
                           const QStringList &services, qint64 fromMs, qint64 toMs);
};

} // namespace ehb::server
