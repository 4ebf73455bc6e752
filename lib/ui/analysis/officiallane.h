#pragma once

#include "net/statsdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QTimeZone>

#include <functional>

class QPainter;

namespace ehb {

// The "official status" lane of the episode timeline: what the official eHealth status page
// said of a service over the period, from its change log and the official outages the
// comparison found (which include the incidents staff entered for the time before the poller).
class OfficialLane
{
    Q_DECLARE_TR_FUNCTIONS(OfficialLane)

public:
    // From nothing known to the worst: a service with several components shows the worst of
    // them; a status name the program does not know (Unknown) shows above Operational.
    enum class Status
    {
        NoRecord, // the record says nothing of the service then
        Operational,
        Unknown,
        Degraded,
        Partial,
        Major
    };

    struct Segment
    {
        QDateTime start; // UTC, within the period
        QDateTime end;
        Status status = Status::NoRecord;
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    // Per service, the lane over [from, to): consecutive segments covering the whole period.
    // Each component's status lasts from its change until its next one (before its first
    // change: no record); where the change log says nothing worse than operational, the
    // official outages of `official` (admitting an episode, or unreported) show. Changes of
    // components mapped to no service are left out. Services without any record are absent.
    static QHash<QString, QList<Segment>> build(const stats::OfficialChanges &changes,
                                                const stats::Official *official,
                                                const QDateTime &from, const QDateTime &to);

    static Status fromOfficial(stats::OfficialStatus status);
    static QColor color(Status status);
    // The translated name: "Operational", "Partial outage", "No record", …
    static QString name(Status status);
    static QString name(stats::OfficialStatus status) { return name(fromOfficial(status)); }
    // Fills `rect` as a segment of `status` is drawn (no record: a dotted line only).
    static void paintStatus(QPainter &painter, const QRectF &rect, Status status);
    // One lane into `strip`; `x` maps a time to its x.
    static void paint(QPainter &painter, const QRectF &strip, const QList<Segment> &segments,
                      const std::function<double(const QDateTime &)> &x);
    // The legend: "Official status:" then a swatch and name per status, over as many lines of
    // `lineHeight` as `width` needs (legendLines) from the top of `rect`.
    static int legendLines(const QFont &font, double width);
    static void paintLegend(QPainter &painter, const QRectF &rect, double lineHeight);
    // "Official status: Partial outage, 05/03/2025 09:25 – 10:40" in `zone`.
    static QString describe(const Segment &segment, const QTimeZone &zone);
};

} // namespace ehb
