// Belgium's federal public holidays: Easter from the Gregorian computus against known dates, the
// ten holidays of 2025 and 2026 in full, and a calendar with an operator's further days.
#include "analysis/holidays.h"

#include <QTest>

using namespace ehb::analysis;

class TestHolidays : public QObject
{
    Q_OBJECT

private slots:
    void easter_data();
    void easter();
    void holidaysOfAYear_data();
    void holidaysOfAYear();
    void isHoliday();
    void extraDates();
    void holidaysBetween();
    void beforeTheGregorianCalendar();
};

void TestHolidays::easter_data()
{
    QTest::addColumn<QDate>("sunday");
    // Published Easter Sundays, among them the earliest (22 March) and latest (25 April) ones.
    for (const QDate &date :
         {QDate(2024, 3, 31), QDate(2025, 4, 20), QDate(2026, 4, 5), QDate(2027, 3, 28),
          QDate(2030, 4, 21), QDate(2038, 4, 25), QDate(1818, 3, 22), QDate(2000, 4, 23),
          QDate(2019, 4, 21), QDate(2285, 3, 22)})
        QTest::addRow("%d", date.year()) << date;
}

void TestHolidays::easter()
{
    QFETCH(QDate, sunday);
    QCOMPARE(easterSunday(sunday.year()), sunday);
    QCOMPARE(sunday.dayOfWeek(), 7);
}

void TestHolidays::holidaysOfAYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // New Year, Easter Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption,
    // All Saints, Armistice, Christmas.
    QTest::newRow("2025") << 2025 << QList<QDate>{{2025, 1, 1},  {2025, 4, 21}, {2025, 5, 1},
                                                  {2025, 5, 29}, {2025, 6, 9},  {2025, 7, 21},
                                                  {2025, 8, 15}, {2025, 11, 1}, {2025, 11, 11},
                                                  {2025, 12, 25}};
    QTest::newRow("2026") << 2026 << QList<QDate>{{2026, 1, 1},  {2026, 4, 6},  {2026, 5, 1},
                                                  {2026, 5, 14}, {2026, 5, 25}, {2026, 7, 21},
                                                  {2026, 8, 15}, {2026, 11, 1}, {2026, 11, 11},
                                                  {2026, 12, 25}};
    // Easter on 31 March: Easter Monday is 1 April, Ascension 9 May, Whit Monday 20 May.
    QTest::newRow("2024") << 2024 << QList<QDate>{{2024, 1, 1},  {2024, 4, 1},  {2024, 5, 1},
                                                  {2024, 5, 9},  {2024, 5, 20}, {2024, 7, 21},
                                                  {2024, 8, 15}, {2024, 11, 1}, {2024, 11, 11},
                                                  {2024, 12, 25}};
}

void TestHolidays::holidaysOfAYear()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(belgianFederalHolidays(year), expected);
    const HolidayCalendar calendar;
    QCOMPARE(calendar.holidaysBetween(QDate(year, 1, 1), QDate(year, 12, 31)), expected);
    int days = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        days += calendar.isHoliday(day) ? 1 : 0;
    QCOMPARE(days, 10);
}

void TestHolidays::isHoliday()
{
    const HolidayCalendar calendar;
    QVERIFY(calendar.isHoliday(QDate(2025, 5, 29)));   // Ascension: Easter + 39
    QVERIFY(calendar.isHoliday(QDate(2025, 6, 9)));    // Whit Monday: Easter + 50
    QVERIFY(!calendar.isHoliday(QDate(2025, 4, 20)));  // Easter Sunday itself is no extra day
    QVERIFY(!calendar.isHoliday(QDate(2025, 6, 8)));   // nor Whit Sunday
    QVERIFY(!calendar.isHoliday(QDate(2025, 11, 15))); // King's Feast: not a federal holiday
    QVERIFY(!calendar.isHoliday(QDate(2025, 12, 26))); // nor Boxing Day
    QVERIFY(!calendar.isHoliday(QDate()));
}

void TestHolidays::extraDates()
{
    // An operator's further days: unsorted, repeated, one of them already a federal holiday,
    // one invalid.
    const HolidayCalendar calendar(
        {QDate(2025, 7, 11), QDate(2025, 5, 2), QDate(2025, 7, 11), QDate(2025, 5, 1), QDate()});
    QCOMPARE(calendar.extraDates(),
             (QList<QDate>{QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 7, 11)}));
    QVERIFY(calendar.isHoliday(QDate(2025, 7, 11)));
    QVERIFY(calendar.isHoliday(QDate(2025, 5, 2)));
    QVERIFY(calendar.isHoliday(QDate(2025, 12, 25))); // the federal ones stay
    QVERIFY(!calendar.isHoliday(QDate(2025, 7, 10)));
    QVERIFY(!HolidayCalendar().isHoliday(QDate(2025, 7, 11)));
    QCOMPARE(calendar, HolidayCalendar({QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 7, 11)}));
    QVERIFY(!(calendar == HolidayCalendar()));
}

void TestHolidays::holidaysBetween()
{
    const HolidayCalendar calendar({QDate(2025, 5, 2), QDate(2025, 5, 1), QDate(2026, 1, 2)});
    // Each once, in date order; the ends are included.
    QCOMPARE(calendar.holidaysBetween(QDate(2025, 4, 21), QDate(2025, 5, 29)),
             (QList<QDate>{QDate(2025, 4, 21), QDate(2025, 5, 1), QDate(2025, 5, 2),
                           QDate(2025, 5, 29)}));
    // Across the new year.
    QCOMPARE(calendar.holidaysBetween(QDate(2025, 12, 20), QDate(2026, 1, 5)),
             (QList<QDate>{QDate(2025, 12, 25), QDate(2026, 1, 1), QDate(2026, 1, 2)}));
    QCOMPARE(calendar.holidaysBetween(QDate(2025, 3, 1), QDate(2025, 3, 31)), QList<QDate>{});
    QCOMPARE(calendar.holidaysBetween(QDate(2025, 5, 2), QDate(2025, 5, 1)), QList<QDate>{});
    QCOMPARE(calendar.holidaysBetween(QDate(), QDate(2025, 5, 1)), QList<QDate>{});
}

void TestHolidays::beforeTheGregorianCalendar()
{
    QVERIFY(!easterSunday(1582).isValid());
    QVERIFY(belgianFederalHolidays(1582).isEmpty());
    QVERIFY(!HolidayCalendar().isHoliday(QDate(1582, 12, 25)));
    QCOMPARE(easterSunday(1583), QDate(1583, 4, 10));
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
