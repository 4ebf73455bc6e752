#pragma once

#include <QDate>
#include <QList>

namespace ehb::analysis {

// Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian algorithm, also
// known as Meeus/Jones/Butcher); invalid for years before 1583.
QDate easterSunday(int year);

// The ten Belgian federal public holidays of a year, in date order: New Year's Day (1 January),
// Easter Monday, Labour Day (1 May), Ascension Day (Easter + 39 days), Whit Monday (Easter + 50),
// National Day (21 July), Assumption (15 August), All Saints (1 November), Armistice
// (11 November) and Christmas (25 December). Empty for years before 1583.
QList<QDate> belgianFederalHolidays(int year);

// The days without working hours, whatever their weekday: Belgium's federal public holidays
// (the product is for Belgian GPs) and the further days an operator adds, such as a regional
// holiday or a one-off closure.
class HolidayCalendar
{
public:
    // The federal holidays alone.
    HolidayCalendar() = default;
    // The federal holidays and these further days (invalid dates are left out).
    explicit HolidayCalendar(const QList<QDate> &extraDates);

    bool isHoliday(QDate date) const;
    // The holidays from `first` to `last`, both included, in date order, each once; those on a
    // Saturday or Sunday too.
    QList<QDate> holidaysBetween(QDate first, QDate last) const;
    // The further days: valid, in date order, each once.
    const QList<QDate> &extraDates() const { return m_extraDates; }

    friend bool operator==(const HolidayCalendar &, const HolidayCalendar &) = default;

private:
    QList<QDate> m_extraDates;
};

} // namespace ehb::analysis
