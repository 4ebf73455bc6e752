#include "server/stats/analysisrow.h"

#include "server/stats/analysiscolumns.h"

#include <QDate>

namespace ehb::server {

namespace {
constexpr qint64 secondsPerDay = 86400;
} // namespace

qint64 AnalysisMonths::monthOf(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / secondsPerDay : -((-secs - 1) / secondsPerDay) - 1;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    return qint64(date.year() - 1970) * 12 + date.month() - 1;
}

qint64 AnalysisMonths::monthStart(qint64 month)
{
    const qint64 year = month >= 0 ? month / 12 : -((-month - 1) / 12) - 1;
    const QDate first(int(1970 + year), int(month - year * 12) + 1, 1);
    return QDate(1970, 1, 1).daysTo(first) * secondsPerDay;
}

analysis::Observation toObservation(const AnalysisRow &row, int service)
{
    analysis::Observation observation;
    observation.service = service;
    // The key tells installations apart; key 0 (possible, if unlikely) falls back to the UUID
    // that stands for it.
    observation.installationKey = quint64(row.installationKey);
    if (row.installationKey == 0)
        observation.installation = AnalysisColumns::installationFromKey(0);
    observation.startedAt = row.startedS * 1000;
    observation.reportedAt = (row.startedS + row.reportedOffsetS) * 1000;
    if (row.endedOffsetS >= 0)
        observation.endedAt = (row.startedS + row.endedOffsetS) * 1000;
    if (row.confirmedOffsetS >= 0)
        observation.confirmedAt = (row.startedS + row.confirmedOffsetS) * 1000;
    observation.endAnswered = row.endAnswered && observation.endedAt.has_value();
    return observation;
}

qint64 secondAtOrAfter(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs >= 0 ? (msecs + 999) / 1000 : -(-msecs / 1000);
}

} // namespace ehb::server
