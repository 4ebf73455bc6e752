#pragma once

#include <QTimeZone>

namespace ehb::analysis {

// Working hours are Monday to Friday, 08:00 to 18:00 local time in the zone (public holidays
// are not excluded). Each local day is found through QTimeZone, so DST days are right.
constexpr int workingDayStartHour = 8;
constexpr int workingDayEndHour = 18;

// Working-hours minutes of [fromMs, toMs) in zone (UTC when the zone is not valid).
double workingMinutes(qint64 fromMs, qint64 toMs, const QTimeZone &zone);

} // namespace ehb::analysis
