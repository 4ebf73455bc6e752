#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <tuple>

namespace ehb::server {

// The calendar units statistics are counted in. Hours are UTC hours (a local hour in any zone
// whose offsets are whole hours); days, weeks (Monday first) and months are local to a zone.
enum class BucketUnit
{
    Hour,
    Day,
    Week,
    Month
};

QString bucketUnitName(BucketUnit unit);
std::optional<BucketUnit> parseBucketUnit(const QString &name);

// One row of the rollup tables: the counts of `service` in one bucket of `unit` in `zone`.
// Hour buckets live in the zone "UTC" and are numbered in hours since the epoch; local buckets
// are numbered by the Julian day of their first local date.
struct RollupKey
{
    QByteArray zone;
    BucketUnit unit = BucketUnit::Hour;
    QString service;
    qint64 bucket = 0;

    bool operator==(const RollupKey &) const = default;
    // Qt 6.4's strings have no <=>: the order is spelled out.
    friend bool operator<(const RollupKey &a, const RollupKey &b)
    {
        return std::tie(a.zone, a.unit, a.service, a.bucket) <
               std::tie(b.zone, b.unit, b.service, b.bucket);
    }
};

// Bucket arithmetic shared by the write path (which rows a report counts in) and the queries
// (which buckets a period covers and when each one starts).
namespace RollupCalendar {

inline constexpr char utcZone[] = "UTC";

// The rollup rows a report of `service` that started at `startedAt` counts in: its UTC hour
// (unless `withHour` is false), and its local day, week and month in each of `zones`.
QList<RollupKey> keysFor(const QString &service, const QDateTime &startedAt,
                         const QList<QTimeZone> &zones, bool withHour = true);

qint64 hourOf(const QDateTime &time);
// The bucket of `unit` that contains `time` in `zone`.
qint64 bucketOf(BucketUnit unit, const QDateTime &time, const QTimeZone &zone);
// The bucket after `bucket`.
qint64 nextBucket(BucketUnit unit, qint64 bucket);
// When `bucket` starts, as a time in `zone` (for hours: the UTC hour shown in `zone`).
QDateTime bucketStart(BucketUnit unit, qint64 bucket, const QTimeZone &zone);

// True when every offset of `zone` between `from` and `to` is a whole number of hours, so that
// UTC hour buckets are also its local hours.
bool hasWholeHourOffsets(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);

} // namespace RollupCalendar

} // namespace ehb::server
