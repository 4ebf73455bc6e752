// Working-hours minutes (Monday to Friday, 08:00-18:00 local) in Europe/Brussels, including the
// DST changes of 2024 (31 March and 27 October), checked against figures worked out by hand.
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
    // Friday 16:00 to Monday 09:00 across the spring change: 120 + 60.
    QTest::newRow("Friday to Monday over 31 March")
        << local(2024, 3, 29, 16) << local(2024, 4, 1, 9) << 180.0;
    // 08:00 is 07:00 UTC in winter (CET) and 06:00 UTC in summer (CEST).
    QTest::newRow("Friday 29 March 06:30-07:30 UTC (CET)")
        << utc(2024, 3, 29, 6, 30) << utc(2024, 3, 29, 7, 30) << 30.0;
    QTest::newRow("Monday 1 April 05:30-06:30 UTC (CEST)")
        << utc(2024, 4, 1, 5, 30) << utc(2024, 4, 1, 6, 30) << 30.0;
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
    // 21 and 23 weekdays.
    QTest::newRow("March 2024") << local(2024, 3, 1, 0) << local(2024, 4, 1, 0) << 12600.0;
    QTest::newRow("October 2024") << local(2024, 10, 1, 0) << local(2024, 11, 1, 0) << 13800.0;
    // 262 weekdays in 2024.
    QTest::newRow("the year 2024") << local(2024, 1, 1, 0) << local(2025, 1, 1, 0) << 157200.0;
}

void TestWorkingHours::minutes()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, expected);
    QCOMPARE(workingMinutes(from, to, brussels), expected);
}

void TestWorkingHours::invalidZoneIsUtc()
{
    // Monday 4 March 2024, 07:00-09:00 UTC: one hour of it is after 08:00 UTC.
    QCOMPARE(workingMinutes(utc(2024, 3, 4, 7), utc(2024, 3, 4, 9), QTimeZone()), 60.0);
    QCOMPARE(workingMinutes(utc(2024, 3, 4, 7), utc(2024, 3, 4, 9), brussels), 120.0);
}

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
