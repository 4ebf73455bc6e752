#include "server/stats/rollupcalendar.h"

#include "core/timeutil.h"

namespace ehb::server {

QString bucketUnitName(BucketUnit unit)
{
    switch (unit) {
    case BucketUnit::Hour:
        return QStringLiteral("hour");
    case BucketUnit::Day:
        return QStringLiteral("day");
    case BucketUnit::Week:
        return QStringLiteral("week");
    case BucketUnit::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<BucketUnit> parseBucketUnit(const QString &name)
{
    for (BucketUnit unit :
         {BucketUnit::Hour, BucketUnit::Day, BucketUnit::Week, BucketUnit::Month}) {
        if (name == bucketUnitName(unit))
            return unit;
    }
    return std::nullopt;
}

namespace RollupCalendar {

namespace {

constexpr qint64 secondsPerHour = 3600;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

qint64 localDateBucket(BucketUnit unit, QDate date)
{
    switch (unit) {
    case BucketUnit::Week:
        return date.addDays(1 - date.dayOfWeek()).toJulianDay();
    case BucketUnit::Month:
        return QDate(date.year(), date.month(), 1).toJulianDay();
    case BucketUnit::Day:
    case BucketUnit::Hour:
        break;
    }
    return date.toJulianDay();
}

} // namespace

QList<RollupKey> keysFor(const QString &service, const QDateTime &startedAt,
                         const QList<QTimeZone> &zones, bool withHour)
{
    QList<RollupKey> keys;
    keys.reserve(1 + 3 * zones.size());
    if (withHour)
        keys.append({QByteArray(utcZone), BucketUnit::Hour, service, hourOf(startedAt)});
    for (const QTimeZone &zone : zones) {
        const QDate local = startedAt.toTimeZone(zone).date();
        for (BucketUnit unit : {BucketUnit::Day, BucketUnit::Week, BucketUnit::Month})
            keys.append({zone.id(), unit, service, localDateBucket(unit, local)});
    }
    return keys;
}

qint64 hourOf(const QDateTime &time)
{
    return floorDiv(time.toSecsSinceEpoch(), secondsPerHour);
}

qint64 bucketOf(BucketUnit unit, const QDateTime &time, const QTimeZone &zone)
{
    if (unit == BucketUnit::Hour)
        return hourOf(time);
    return localDateBucket(unit, time.toTimeZone(zone).date());
}

qint64 nextBucket(BucketUnit unit, qint64 bucket)
{
    switch (unit) {
    case BucketUnit::Hour:
        return bucket + 1;
    case BucketUnit::Day:
        return bucket + 1;
    case BucketUnit::Week:
        return bucket + 7;
    case BucketUnit::Month:
        return QDate::fromJulianDay(bucket).addMonths(1).toJulianDay();
    }
    return bucket + 1;
}

QDateTime bucketStart(BucketUnit unit, qint64 bucket, const QTimeZone &zone)
{
    if (unit == BucketUnit::Hour)
        return utcFromSecs(bucket * secondsPerHour).toTimeZone(zone);
    // Local midnight, or the first valid time of the day where a zone skips midnight (Chile,
    // 2024-09-08): QDateTime(date, 00:00, zone) is invalid there in Qt 6.4.
    return QDate::fromJulianDay(bucket).startOfDay(zone);
}

bool hasWholeHourOffsets(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    if (zone.offsetFromUtc(from) % secondsPerHour != 0)
        return false;
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &transition : transitions) {
        if (transition.offsetFromUtc % secondsPerHour != 0)
            return false;
    }
    return true;
}

} // namespace RollupCalendar

} // namespace ehb::server
