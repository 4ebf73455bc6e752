#pragma once

#include <QDateTime>

namespace ehb {

// Version shims for time zones live here: Qt 6.4 has Qt::UTC, 6.5+ prefers QTimeZone::UTC.
QDateTime utcDateTime(QDate date, QTime time);
QDateTime utcFromSecs(qint64 secsSinceEpoch);
// The current time in UTC with whole seconds, as reports carry it.
QDateTime utcNowSeconds();

} // namespace ehb
