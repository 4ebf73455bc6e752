#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ehb {

// Version shims for time zones live here: Qt 6.4 has Qt::UTC, 6.5+ prefers QTimeZone::UTC.
QDateTime utcDateTime(QDate date, QTime time);
QDateTime utcFromSecs(qint64 secsSinceEpoch);
// The current time in UTC with whole seconds, as reports carry it.
QDateTime utcNowSeconds();

// Fast paths for the times of reports, which the server formats and parses for every one:
// the same results as QDateTime's own formatting and parsing, without locale or time zone work.

// `time` in UTC as "yyyy-MM-ddTHH:mm:ssZ" (fraction dropped), exactly as
// time.toUTC().toString("yyyy-MM-ddTHH:mm:ss'Z'"); nullopt for an invalid time or a year
// outside 1–9999 (then use QDateTime).
std::optional<QString> formatUtcSeconds(const QDateTime &time);
// Parses exactly "YYYY-MM-DDTHH:MM:SSZ" ('t' and 'z' too) with hours 00–23, minutes and seconds
// 00–59, into a UTC time; an invalid QDateTime for a date that does not exist (2023-02-29);
// nullopt for any other text (then use the general parser).
std::optional<QDateTime> parseUtcSeconds(QStringView text);

} // namespace ehb
