#include "analysis/workinghours.h"

#include <QDateTime>

#include <algorithm>

namespace ehb::analysis {

namespace {

QTimeZone zoneOrUtc(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

double workingMinutes(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                      const HolidayCalendar &calendar)
{
    if (toMs <= fromMs)
        return 0;
    const QTimeZone tz = zoneOrUtc(zone);
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, tz).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs - 1, tz).date();
    const QTime open(workingDayStartHour, 0);
    const QTime close(workingDayEndHour, 0);
    qint64 total = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || calendar.isHoliday(day))
            continue;
        // Built per local day: the UTC offset of 08:00 and of 18:00 is that day's own.
        const qint64 begin = std::max(fromMs, QDateTime(day, open, tz).toMSecsSinceEpoch());
        const qint64 end = std::min(toMs, QDateTime(day, close, tz).toMSecsSinceEpoch());
        if (end > begin)
            total += end - begin;
    }
    return total / 60000.0;
}

QList<QDate> holidaysIn(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                        const HolidayCalendar &calendar)
{
    if (toMs <= fromMs)
        return {};
    const QTimeZone tz = zoneOrUtc(zone);
    return calendar.holidaysBetween(QDateTime::fromMSecsSinceEpoch(fromMs, tz).date(),
                                    QDateTime::fromMSecsSinceEpoch(toMs - 1, tz).date());
}

} // namespace ehb::analysis
