#pragma once

#include "analysis/holidays.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace ehb::analysis {

// Working hours are Monday to Friday, 08:00 to 18:00 local time in the zone, except on the
// calendar's holidays (Belgium's federal public holidays and an operator's further days). Each
// local day is found through QTimeZone, so DST days are right.
constexpr int workingDayStartHour = 8;
constexpr int workingDayEndHour = 18;

// Working-hours minutes of [fromMs, toMs) in zone (UTC when the zone is not valid).
double workingMinutes(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                      const HolidayCalendar &calendar);

// The calendar's holidays among the local days in zone (UTC when the zone is not valid) that
// [fromMs, toMs) reaches, in date order; also those on a Saturday or Sunday.
QList<QDate> holidaysIn(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                        const HolidayCalendar &calendar);

} // namespace ehb::analysis
