// Working-hours minutes (Monday to Friday, 08:00-18:00 local, not on public holidays) in
// Europe/Brussels, including the DST changes of 2024 (31 March and 27 October), Belgium's federal
// holidays and an operator's further days, checked against figures worked out by hand.
#include "analysis/workinghours.h"

#include <QDateTime>
#include <QTest>

using namespace ehb::analysis;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));

qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), brussels).toMSecsSinceEpoch();
}

qint64 utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestWorkingHours : public QObject
{
    Q_OBJECT

private slots:
    void minutes_data();
    void minutes();
    void easterMondayIsTenHoursLess();
    void extraDates();
    void holidaysInAPeriod();
    void invalidZoneIsUtc();
};

void TestWorkingHours::minutes_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<double>("expected");

    // 5 days x 600 min.
    QTest::newRow("a whole week") << local(2024, 3, 4, 0) << local(2024, 3, 11, 0) << 3000.0;
    QTest::newRow("a weekend") << local(2024, 3, 9, 0) << local(2024, 3, 11, 0) << 0.0;
    QTest::newRow("empty") << local(2024, 3, 4, 9) << local(2024, 3, 4, 9) << 0.0;
    QTest::newRow("reversed") << local(2024, 3, 4, 10) << local(2024, 3, 4, 9) << 0.0;
    QTest::newRow("inside one day")
        << local(2024, 3, 5, 9, 15) << local(2024, 3, 5, 11, 45) << 150.0;
    QTest::newRow("evening to morning") << local(2024, 3, 5, 17) << local(2024, 3, 6, 9) << 120.0;
    // Friday 16:00 to Tuesday 09:00 across the spring change: 120 + 60 (Monday 1 April 2024 is
    // Easter Monday).
    QTest::newRow("Friday to Tuesday over 31 March and Easter Monday")
        << local(2024, 3, 29, 16) << local(2024, 4, 2, 9) << 180.0;
    // 08:00 is 07:00 UTC in winter (CET) and 06:00 UTC in summer (CEST).
    QTest::newRow("Friday 29 March 06:30-07:30 UTC (CET)")
        << utc(2024, 3, 29, 6, 30) << utc(2024, 3, 29, 7, 30) << 30.0;
    QTest::newRow("Tuesday 2 April 05:30-06:30 UTC (CEST)")
        << utc(2024, 4, 2, 5, 30) << utc(2024, 4, 2, 6, 30) << 30.0;
    QTest::newRow("Friday 25 October 05:30-06:30 UTC (CEST)")
        << utc(2024, 10, 25, 5, 30) << utc(2024, 10, 25, 6, 30) << 30.0;
    QTest::newRow("Monday 28 October 06:30-07:30 UTC (CET)")
        << utc(2024, 10, 28, 6, 30) << utc(2024, 10, 28, 7, 30) << 30.0;
    // 18:00 local: 16:00 UTC in summer, 17:00 UTC in winter.
    QTest::newRow("Friday 25 October 15:30-16:30 UTC (CEST)")
        << utc(2024, 10, 25, 15, 30) << utc(2024, 10, 25, 16, 30) << 30.0;
    QTest::newRow("Monday 28 October 15:30-16:30 UTC (CET)")
        << utc(2024, 10, 28, 15, 30) << utc(2024, 10, 28, 16, 30) << 60.0;
    // The DST Sundays themselves (23 and 25 hours) hold no working hours.
    QTest::newRow("Sunday 31 March") << local(2024, 3, 31, 0) << local(2024, 4, 1, 0) << 0.0;
    QTest::newRow("Sunday 27 October") << local(2024, 10, 27, 0) << local(2024, 10, 28, 0) << 0.0;
    // 21 and 23 weekdays, no holiday.
    QTest::newRow("March 2024") << local(2024, 3, 1, 0) << local(2024, 4, 1, 0) << 12600.0;
    QTest::newRow("October 2024") << local(2024, 10, 1, 0) << local(2024, 11, 1, 0) << 13800.0;
    // 262 weekdays in 2024, 9 of them federal holidays (21 July was a Sunday).
    QTest::newRow("the year 2024") << local(2024, 1, 1, 0) << local(2025, 1, 1, 0) << 151800.0;
    // Holidays are local days: Labour Day 2025 (a Thursday) from 10:00 to 12:00, and Whit Monday
    // 2025 (summer time: 08:00-18:00 is 06:00-16:00 UTC) against the Tuesday after it.
    QTest::newRow("Labour Day 2025 10:00-12:00")
        << local(2025, 5, 1, 10) << local(2025, 5, 1, 12) << 0.0;
    QTest::newRow("Whit Monday 2025 05:00-17:00 UTC")
        << utc(2025, 6, 9, 5) << utc(2025, 6, 9, 17) << 0.0;
    QTest::newRow("Tuesday 10 June 2025 05:00-17:00 UTC")
        << utc(2025, 6, 10, 5) << utc(2025, 6, 10, 17) << 600.0;
    // Wednesday 31 December 2025 17:00 to Friday 2 January 2026 09:00: 60 + 0 + 60.
    QTest::newRow("over New Year's Day")
        << local(2025, 12, 31, 17) << local(2026, 1, 2, 9) << 120.0;
    // Ascension Day (Thursday 29 May 2025) and Friday 30 May: only the Friday.
    QTest::newRow("Ascension Day and the Friday after")
        << local(2025, 5, 29, 0) << local(2025, 5, 31, 0) << 600.0;
}

void TestWorkingHours::minutes()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, expected);
    QCOMPARE(workingMinutes(from, to, brussels, HolidayCalendar()), expected);
}

void TestWorkingHours::easterMondayIsTenHoursLess()
{
    // April 2025 has 22 weekdays; Easter Monday (21 April) is not a working day.
    const qint64 from = local(2025, 4, 1, 0);
    const qint64 to = local(2025, 5, 1, 0);
    int weekdays = 0;
    for (QDate day(2025, 4, 1); day.month() == 4; day = day.addDays(1))
        weekdays += day.dayOfWeek() <= 5 ? 1 : 0;
    QCOMPARE(weekdays, 22);
    QCOMPARE(workingMinutes(from, to, brussels, HolidayCalendar()), weekdays * 600.0 - 600);
    // The week of Easter Monday has four working days.
    QCOMPARE(
        workingMinutes(local(2025, 4, 21, 0), local(2025, 4, 28, 0), brussels, HolidayCalendar()),
        2400.0);
}

void TestWorkingHours::extraDates()
{
    // Friday 11 July 2025 (the Flemish Community's holiday, not a federal one) only when the
    // operator adds it; the federal holidays stay.
    const HolidayCalendar flemish({QDate(2025, 7, 11)});
    QCOMPARE(
        workingMinutes(local(2025, 7, 11, 10), local(2025, 7, 11, 12), brussels, HolidayCalendar()),
        120.0);
    QCOMPARE(workingMinutes(local(2025, 7, 11, 10), local(2025, 7, 11, 12), brussels, flemish),
             0.0);
    // July 2025: 23 weekdays, less National Day (Monday 21 July) and 11 July.
    QCOMPARE(workingMinutes(local(2025, 7, 1, 0), local(2025, 8, 1, 0), brussels, flemish),
             21 * 600.0);
}

void TestWorkingHours::holidaysInAPeriod()
{
    const HolidayCalendar flemish({QDate(2025, 7, 11)});
    // The local days the period reaches, weekends too (Assumption 2026 is a Saturday).
    QCOMPARE(holidaysIn(local(2025, 7, 1, 0), local(2025, 8, 1, 0), brussels, flemish),
             (QList<QDate>{QDate(2025, 7, 11), QDate(2025, 7, 21)}));
    QCOMPARE(holidaysIn(local(2026, 8, 1, 0), local(2026, 9, 1, 0), brussels, flemish),
             QList<QDate>{QDate(2026, 8, 15)});
    // [from, to): a period ending at local midnight of a holiday does not reach it; one
    // starting at 23:30 on it does.
    QCOMPARE(holidaysIn(local(2025, 4, 14, 0), local(2025, 4, 21, 0), brussels, flemish),
             QList<QDate>{});
    QCOMPARE(holidaysIn(local(2025, 4, 21, 23, 30), local(2025, 4, 22, 1), brussels, flemish),
             QList<QDate>{QDate(2025, 4, 21)});
    // Local days: 23:30 UTC on 30 April is already 1 May in Brussels.
    QCOMPARE(holidaysIn(utc(2025, 4, 30, 22, 30), utc(2025, 4, 30, 23), brussels, flemish),
             QList<QDate>{QDate(2025, 5, 1)});
    QCOMPARE(holidaysIn(utc(2025, 4, 30, 22, 30), utc(2025, 4, 30, 23), QTimeZone(), flemish),
             QList<QDate>{});
    QCOMPARE(holidaysIn(local(2025, 5, 2, 0), local(2025, 5, 1, 0), brussels, flemish),
             QList<QDate>{});
}

void TestWorkingHours::invalidZoneIsUtc()
{
    // Monday 4 March 2024, 07:00-09:00 UTC: one hour of it is after 08:00 UTC.
    const HolidayCalendar calendar;
    QCOMPARE(workingMinutes(utc(2024, 3, 4, 7), utc(2024, 3, 4, 9), QTimeZone(), calendar), 60.0);
    QCOMPARE(workingMinutes(utc(2024, 3, 4, 7), utc(2024, 3, 4, 9), brussels, calendar), 120.0);
}

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
