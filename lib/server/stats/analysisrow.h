#pragma once

#include "analysis/observation.h"

#include <QDateTime>
#include <QHash>

namespace ehb::server {

// One report as the analysis keeps it in memory (AnalysisCache): the analysis columns of the
// reports table (AnalysisColumns), 48 bytes instead of a row of text.
struct AnalysisRow
{
    qint64 startedS = 0;
    qint64 installationKey = 0;
    qint32 reportedOffsetS = 0;   // reported_s - started_s
    qint32 endedOffsetS = -1;     // ended_s - started_s; -1 while not over
    qint32 confirmedOffsetS = -1; // confirmed_s - started_s; -1 when never confirmed
    qint32 softwareId = 0;        // 0: no software name
    quint16 symptoms = 0;         // bit i: knownSymptoms()[i]
    quint16 postcode = 0;         // 1000..9999; 0: none or not a Belgian postcode
    // The impact (docs/architecture.md, "The report"); -1 where not given.
    qint16 minutesLost = -1;  // 0..1440
    qint16 patients = -1;     // 0..500
    quint8 fallback = 0;      // 1 + its index in knownFallbacks(); 0: not given
    bool endAnswered = false; // the end is the answer "Resolved now" (in the padding: 48 bytes)

    bool hasImpact() const { return minutesLost >= 0 || patients >= 0 || fallback > 0; }
};
static_assert(sizeof(AnalysisRow) == 48);

// The analysis, for a whole UTC month, keeps (service, month) chunks of rows; a chunk's version
// counts the changes to its reports (table analysis_versions, bumped with every stored report).
struct AnalysisChunkKey
{
    QString service;
    qint64 month = 0; // UTC months since January 1970
    friend bool operator==(const AnalysisChunkKey &, const AnalysisChunkKey &) = default;
};
inline size_t qHash(const AnalysisChunkKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.service, key.month);
}

namespace AnalysisMonths {
// The UTC month of an instant in seconds since the epoch, and the second a month starts.
qint64 monthOf(qint64 secs);
qint64 monthStart(qint64 month);
} // namespace AnalysisMonths

// The observation the outage analysis reads, for service index `service`.
analysis::Observation toObservation(const AnalysisRow &row, int service);

// Whole seconds bounding [from, to): a bound with a fraction compares as the next second.
qint64 secondAtOrAfter(const QDateTime &time);

} // namespace ehb::server
