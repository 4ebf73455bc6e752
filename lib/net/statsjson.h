#pragma once

#include "core/result.h"
#include "net/statsdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ehb::stats {

// Reads the JSON bodies of the staff statistics and the live endpoint. A body that is not what
// the API contract says fails with a translated message naming the first wrong field.
class StatsJson
{
    Q_DECLARE_TR_FUNCTIONS(StatsJson)

public:
    static Result<Frequency> frequency(const QByteArray &body);
    static Result<Heatmap> heatmap(const QByteArray &body);
    static Result<Episodes> episodes(const QByteArray &body);
    static Result<Breakdown> breakdown(const QByteArray &body);
    static Result<Live> live(const QByteArray &body);
    // Impact figures (impactjson.cpp). Tolerant of what a newer or older server may add or
    // leave out: unknown fields and fallbacks are skipped, a missing optional figure reads as
    // 0 or unset; a figure of the wrong type or negative fails like any other field.
    static Result<Impact> impact(const QByteArray &body);
    // The official record beside the episodes, and its change log (officialjson.cpp). Nullable
    // fields may be null or missing; an unknown status name reads as Unknown; a time, number or
    // list of the wrong type fails naming the field.
    static Result<Official> official(const QByteArray &body);
    static Result<OfficialChanges> officialChanges(const QByteArray &body);
    // "operational", "degraded_performance", "partial_outage", "major_outage"; anything else
    // is Unknown.
    static OfficialStatus officialStatus(const QString &code);

    // "normal", "possible", "outage"; anything else reads as normal.
    static LiveLevel liveLevel(const QString &name);
};

} // namespace ehb::stats
