#pragma once

// Small hand-made cases for the analysis tests (tst_episodes, tst_availability): Brussels times
// in March 2024, practices, reports "since n minutes" and how results print.
#include "analysis/episodes.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ehb::analysis::handmade {

inline const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
constexpr qint64 minute = 60000;
constexpr qint64 hour = 60 * minute;

inline qint64 local(int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(h, m), brussels).toMSecsSinceEpoch();
}

// Tuesday 5 March 2024, local time.
inline qint64 tuesday(int h, int m = 0)
{
    return local(3, 5, h, m);
}

inline QUuid practice(int i)
{
    return QUuid(uint(i + 1), 0x1111, 0x4111, 0x81, 0, 0, 0, 0, 0, 0, 0);
}

// A report sent at `sent`, saying "since `since` minutes", with an optional end.
inline Observation report(int service, int who, qint64 sent, qint64 sinceMinutes = 0,
                          std::optional<qint64> ended = std::nullopt)
{
    return {service, practice(who), sent - sinceMinutes * minute, ended, sent};
}

inline Period period(qint64 from, qint64 to)
{
    return {QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()), brussels};
}

inline Period march()
{
    return period(local(3, 1, 0), local(4, 1, 0));
}

inline QString hhmm(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, brussels).toString(QStringLiteral("ddd HH:mm"));
}

inline QString describe(const Episode &e)
{
    return QStringLiteral("service %1 %2-%3 reports %4 installations %5 peak %6")
        .arg(e.service)
        .arg(e.start)
        .arg(e.end)
        .arg(e.reports)
        .arg(e.installations)
        .arg(e.peakInstallations);
}

inline QString describe(const ServiceThresholds &t)
{
    return QStringLiteral("background %1 overlap %2 installations %3")
        .arg(t.backgroundPerHour, 0, 'g', 17)
        .arg(t.minOverlap)
        .arg(t.minInstallations);
}

inline QString describe(const ServiceAvailability &s)
{
    return QStringLiteral("service %1 episodes %2 down %3 %4 working %5 %6 sla %7 %8 %9 %10")
        .arg(s.service)
        .arg(s.episodes)
        .arg(s.downtimeMinutes, 0, 'g', 17)
        .arg(s.availability, 0, 'g', 17)
        .arg(s.workingDowntimeMinutes, 0, 'g', 17)
        .arg(s.workingAvailability, 0, 'g', 17)
        .arg(s.meetsSla)
        .arg(describe(ServiceThresholds{s.backgroundPerHour, s.minOverlap, s.minInstallations}));
}

// Every field, exactly (doubles with all their digits), so that a QCOMPARE shows the first
// difference.
inline QStringList describe(const EpisodeFindings &findings)
{
    QStringList lines;
    for (const Episode &episode : findings.episodes)
        lines.append(describe(episode));
    for (const ServiceThresholds &thresholds : findings.services)
        lines.append(describe(thresholds));
    return lines;
}

inline QStringList describe(const EpisodeAnalysis &analysis)
{
    QStringList lines;
    for (const Episode &episode : analysis.episodes)
        lines.append(describe(episode));
    for (const ServiceAvailability &service : analysis.services)
        lines.append(describe(service));
    for (const QDate &holiday : analysis.holidays)
        lines.append(QStringLiteral("holiday ") + holiday.toString(Qt::ISODate));
    return lines;
}

} // namespace ehb::analysis::handmade
