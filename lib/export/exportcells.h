#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ehb::exporting {

// A table to export (CSV) or print (PDF). Cells are QString (text), int, qint64, double, bool
// (yes/no), QDate, QDateTime (shown in its own time zone: convert it first) or a null QVariant
// (empty). Numbers keep their full value: round them to the precision you mean before.
struct Table
{
    QStringList headers;
    QList<QVariantList> rows;
};

// How a cell reads in a document, shared by the CSV and the PDF so both say the same.
class ExportCells
{
    Q_DECLARE_TR_FUNCTIONS(ExportCells)

public:
    static bool isNumber(const QVariant &cell);
    // Shortest decimal text that reads back as `value`, never with an exponent or thousands
    // separators; `decimalComma` swaps '.' for ','. Empty for NaN and infinities.
    static QString plainNumber(double value, bool decimalComma);
    // ISO 8601 as Excel reads it in every locale: yyyy-MM-dd, yyyy-MM-dd HH:mm.
    static QString isoDate(const QDate &date);
    static QString isoDateTime(const QDateTime &dateTime);
    static QString yesNo(bool value);
    // For a printed table: numbers with the locale's decimal and group separators, dates ISO.
    static QString display(const QVariant &cell, const QLocale &locale);
    // A length in whole minutes for a printed page, numbers in `locale`: "162 min", kept on
    // one line (no-break spaces, a word joiner after the dash).
    static QString minutes(const QLocale &locale, double minutes);
    // The same with its range, the shortest and the longest the reports allow:
    // "162 min, 150–171"; as minutes() when the range is a single minute.
    static QString minutesRange(const QLocale &locale, double minutes, double low, double high);
};

} // namespace ehb::exporting
