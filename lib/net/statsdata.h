#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

// What the staff statistics and the live endpoint answer, as plain values (JSON parsed by
// statsjson.h). Times are QDateTime in UTC or with the server's offset; counts are whole.
namespace ehb::stats {

// The question every staff statistic is asked: a half-open period in a time zone, and a
// service ("" = all).
struct Query
{
    QDateTime from;
    QDateTime to;
    QString tz = QStringLiteral("Europe/Brussels");
    QString service;
    QString bucket = QStringLiteral("day"); // frequency only: hour, day, week, month
    std::optional<double> slaTarget;        // episodes only; the server's default when unset
};

struct FrequencySeries
{
    QString service;
    QList<qint64> reports; // one per bucket
    QList<qint64> installations;
};

// GET /api/v1/stats/frequency
struct Frequency
{
    QDateTime from;
    QDateTime to;
    QString tz;
    QString bucket;
    QList<QDateTime> buckets; // local starts, with their offsets
    QList<FrequencySeries> services;
};

// GET /api/v1/stats/heatmap: counts[weekday][hour], Monday first, local hours.
struct Heatmap
{
    QDateTime from;
    QDateTime to;
    QString tz;
    std::array<std::array<qint64, 24>, 7> counts{};
    qint64 total = 0;
};

struct Episode
{
    QString service;
    QDateTime start; // UTC
    QDateTime end;
    double minutes = 0;
    int reports = 0;
    int installations = 0;
    // How far the evidence lets the edges move (UTC; startEarliest <= start <= startLatest <=
    // endEarliest <= end <= endLatest) and the shortest and longest extents that allows: the
    // low end is what the reports prove, the high end what they allow. A server that does not
    // send them (hasRange false) leaves them equal to start, end and minutes.
    bool hasRange = false;
    QDateTime startEarliest{};
    QDateTime startLatest{};
    QDateTime endEarliest{};
    QDateTime endLatest{};
    double minutesLow = 0;
    double minutesHigh = 0;
};

struct ServiceAvailability
{
    QString service;
    int episodes = 0;
    double downtimeMinutes = 0;
    double availability = 1;
    double workingDowntimeMinutes = 0;
    double workingAvailability = 1;
    bool meetsSla = true;
    // The downtime's range, over the period and over working hours (as Episode's); equal to
    // the downtime when the server does not send it (hasRange false).
    bool hasRange = false;
    double downtimeLowMinutes = 0;
    double downtimeHighMinutes = 0;
    double workingDowntimeLowMinutes = 0;
    double workingDowntimeHighMinutes = 0;
};

// GET /api/v1/stats/episodes
struct Episodes
{
    QDateTime from;
    QDateTime to;
    QString tz;
    double slaTarget = 0.999;
    // The analysis parameters as the server reports them (name, value), e.g. grace_minutes.
    QList<std::pair<QString, double>> parameters;
    QList<Episode> episodes;
    QList<ServiceAvailability> services;
};

struct Count
{
    QString key; // "" = not given or other
    qint64 reports = 0;
};

// GET /api/v1/stats/breakdown
struct Breakdown
{
    QDateTime from;
    QDateTime to;
    QString tz;
    qint64 reports = 0;
    QList<Count> symptoms;
    QList<Count> software;
    QList<Count> provinces; // ISO 3166-2:BE codes, then "" = no postcode
};

// The impact figures of a set of reports (GET /api/v1/stats/impact): what GPs said an outage
// cost them. Each report counts once, at its latest revision. A median is unset when no report
// gave that figure; the estimate is unset when there is no median to multiply; the money values
// are set only when the server's operator set an hourly value.
struct ImpactFigures
{
    qint64 reports = 0;
    qint64 reportsWithImpact = 0;
    qint64 installations = 0;
    double minutesLostReported = 0;
    std::optional<double> minutesLostMedian;
    qint64 minutesLostReports = 0; // the reports behind the sum and the median
    qint64 installationsWithoutMinutes = 0;
    // installationsWithoutMinutes × minutesLostMedian: apart from the reported sum.
    std::optional<double> minutesLostEstimated;
    double patientsReported = 0;
    std::optional<double> patientsMedian;
    qint64 patientsReports = 0;
    // Reports per fallback, in the order of ImpactFallback.
    std::array<qint64, 4> fallback{};
    std::optional<double> valueLostReported;
    std::optional<double> valueLostEstimated;
};

// The fallbacks a GP can name, as the API spells them: none, paper, later, other.
enum class ImpactFallback
{
    None,
    Paper,
    Later,
    Other
};

struct ServiceImpact
{
    QString service;
    ImpactFigures figures;
};

struct EpisodeImpact
{
    QString id; // "service@start"
    QString service;
    QDateTime start; // UTC, as the episodes endpoint sends it
    QDateTime end;
    ImpactFigures figures;
};

// GET /api/v1/stats/impact
struct Impact
{
    QDateTime from;
    QDateTime to;
    QString tz;
    QString service;                   // "" = all
    std::optional<double> hourlyValue; // EUR per hour, when the operator set one
    QList<ServiceImpact> services;
    QList<EpisodeImpact> episodes;
    ImpactFigures totals;

    // The impact of the episode of `serviceId` that starts at `start`; nullptr when not listed.
    const EpisodeImpact *findEpisode(const QString &serviceId, const QDateTime &start) const;
    // nullptr when the service is not listed.
    const ServiceImpact *findService(const QString &serviceId) const;
};

// What the official eHealth status page says of a service, from good to worst; Unknown is a
// status name this program does not know (the API's "unknown").
enum class OfficialStatus
{
    Unknown,
    Operational,
    Degraded,
    Partial,
    Major
};

// One crowd episode beside the official record (GET /api/v1/stats/official).
struct OfficialEpisode
{
    QString id; // "service@start"
    QString service;
    QDateTime start; // UTC
    QDateTime end;
    double minutes = 0;
    // The worst official status during the episode; unset when the record says nothing of the
    // service then.
    std::optional<OfficialStatus> status;
    // When the official outage that admits the episode began (may be before its start); unset:
    // never admitted.
    QDateTime acknowledgedAt;
    std::optional<qint64> lagMinutes; // acknowledgedAt - start (negative: admitted before)
    QDateTime officialEnd;            // when that official outage ended; invalid: not (yet)
    std::optional<double> officialEndAfterEndMinutes; // officialEnd - end

    bool acknowledged() const { return acknowledgedAt.isValid(); }
};

// An official outage that admits no crowd episode: admitted with no GP reports.
struct OfficialUnreported
{
    QString service;
    QDateTime start;
    QDateTime end; // invalid: not over
    OfficialStatus status = OfficialStatus::Unknown;
    qint64 minutes = 0; // inside the period
};

struct OfficialServiceSummary
{
    QString service;
    int acknowledged = 0;
    int unacknowledged = 0;
    qint64 unacknowledgedMinutes = 0;
    std::optional<double> medianLagMinutes; // unset when none was admitted
};

// GET /api/v1/stats/official
struct Official
{
    QDateTime from;
    QDateTime to;
    QString tz;
    QString service; // "" = all
    qint64 lateWindowMinutes = 60;
    QList<OfficialEpisode> episodes;
    QList<OfficialUnreported> unreported;
    QList<OfficialServiceSummary> services;

    // nullptr when the service is not listed.
    const OfficialServiceSummary *findService(const QString &serviceId) const;
};

// One change of a status page component's status (GET /api/v1/official/changes).
struct OfficialChange
{
    QString componentId;
    qint64 sequence = 0;
    QString name;
    QString service; // "" = not mapped to one of ours
    std::optional<OfficialStatus> oldStatus;
    OfficialStatus newStatus = OfficialStatus::Unknown;
    QDateTime seenAt; // UTC
};

struct OfficialChanges
{
    QDateTime from;
    QDateTime to;
    QString tz;
    QList<OfficialChange> changes; // oldest first
};

enum class LiveLevel
{
    Normal,
    Possible,
    Outage
};

struct LiveService
{
    QString service;
    std::optional<int> reports; // unset when under 3 (the server does not show them)
    std::optional<int> installations;
    LiveLevel level = LiveLevel::Normal;
    // The official status page's status of the service now; unset when the server does not say
    // (null: the official record says nothing of it; absent: a server older than the field).
    std::optional<OfficialStatus> officialStatus;
    QDateTime officialSince; // when it became that status; invalid when not known
    // Since when the service fails, while at possible or outage; invalid when not known (normal,
    // or a server older than the field).
    QDateTime since;
    // The symptom most practices reported in the window; empty when none (under 3) or not known.
    QString topSymptom;
};

// GET /api/v1/live
struct Live
{
    int minutes = 30;
    QDateTime at;
    QList<LiveService> services;

    // nullptr when the service is not listed.
    const LiveService *find(const QString &service) const;
};

} // namespace ehb::stats

Q_DECLARE_METATYPE(ehb::stats::Frequency)
Q_DECLARE_METATYPE(ehb::stats::Heatmap)
Q_DECLARE_METATYPE(ehb::stats::Episodes)
Q_DECLARE_METATYPE(ehb::stats::Breakdown)
Q_DECLARE_METATYPE(ehb::stats::Live)
Q_DECLARE_METATYPE(ehb::stats::Impact)
Q_DECLARE_METATYPE(ehb::stats::Official)
Q_DECLARE_METATYPE(ehb::stats::OfficialChanges)
