#include "analysis/holidays.h"

#include <algorithm>

namespace ehb::analysis {

namespace {

constexpr int firstGregorianYear = 1583;

// Days after Easter Sunday of the federal holidays that follow it: Easter Monday, Ascension Day
// and Whit Monday.
constexpr int easterMonday = 1;
constexpr int ascensionDay = 39;
constexpr int whitMonday = 50;

// The federal holidays on the same date every year, as {month, day}.
constexpr struct
{
    int month;
    int day;
} fixedHolidays[] = {{1, 1}, {5, 1}, {7, 21}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};

bool isFederalHoliday(QDate date)
{
    if (!date.isValid() || date.year() < firstGregorianYear)
        return false;
    for (const auto &fixed : fixedHolidays) {
        if (date.month() == fixed.month && date.day() == fixed.day)
            return true;
    }
    // Easter falls from 22 March to 25 April, so these from 23 March to 14 June.
    if (date.month() < 3 || date.month() > 6)
        return false;
    const qint64 afterEaster = easterSunday(date.year()).daysTo(date);
    return afterEaster == easterMonday || afterEaster == ascensionDay || afterEaster == whitMonday;
}

} // namespace

QDate easterSunday(int year)
{
    if (year < firstGregorianYear)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> belgianFederalHolidays(int year)
{
    if (year < firstGregorianYear)
        return {};
    const QDate easter = easterSunday(year);
    QList<QDate> days;
    for (const auto &fixed : fixedHolidays)
        days.append(QDate(year, fixed.month, fixed.day));
    for (const int after : {easterMonday, ascensionDay, whitMonday})
        days.append(easter.addDays(after));
    std::sort(days.begin(), days.end());
    return days;
}

HolidayCalendar::HolidayCalendar(const QList<QDate> &extraDates)
{
    for (const QDate &date : extraDates) {
        if (date.isValid())
            m_extraDates.append(date);
    }
    std::sort(m_extraDates.begin(), m_extraDates.end());
    m_extraDates.erase(std::unique(m_extraDates.begin(), m_extraDates.end()), m_extraDates.end());
}

bool HolidayCalendar::isHoliday(QDate date) const
{
    return isFederalHoliday(date) ||
           std::binary_search(m_extraDates.cbegin(), m_extraDates.cend(), date);
}

QList<QDate> HolidayCalendar::holidaysBetween(QDate first, QDate last) const
{
    QList<QDate> days;
    if (!first.isValid() || !last.isValid())
        return days;
    for (int year = first.year(); year <= last.year(); ++year) {
        for (const QDate &date : belgianFederalHolidays(year)) {
            if (first <= date && date <= last)
                days.append(date);
        }
    }
    const auto from = std::lower_bound(m_extraDates.cbegin(), m_extraDates.cend(), first);
    const auto to = std::upper_bound(from, m_extraDates.cend(), last);
    days.append(QList<QDate>(from, to));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace ehb::analysis
