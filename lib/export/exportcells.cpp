#include "export/exportcells.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace ehb::exporting {

bool ExportCells::isNumber(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString ExportCells::plainNumber(double value, bool decimalComma)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0"
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (decimalComma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString ExportCells::isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString ExportCells::isoDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString ExportCells::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

namespace {

QString wholeMinutes(const QLocale &locale, double minutes)
{
    return locale.toString(qint64(std::llround(minutes)));
}

// Kept on one line in a table cell: no-break spaces, and a word joiner after the dash.
QString unbroken(QString text)
{
    text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    text.replace(QChar(0x2013), QStringLiteral("\u2013\u2060"));
    return text;
}

} // namespace

QString ExportCells::minutes(const QLocale &locale, double minutes)
{
    //: A length in minutes on a printed page: "162 min".
    return unbroken(tr("%1 min").arg(wholeMinutes(locale, minutes)));
}

QString ExportCells::minutesRange(const QLocale &locale, double minutes, double low, double high)
{
    if (std::llround(low) == std::llround(high))
        return ExportCells::minutes(locale, minutes);
    //: A length in minutes, then the shortest and the longest the reports allow:
    //: "162 min, 150–171".
    return unbroken(tr("%1 min, %2–%3")
                        .arg(wholeMinutes(locale, minutes), wholeMinutes(locale, low),
                             wholeMinutes(locale, high)));
}

QString ExportCells::display(const QVariant &cell, const QLocale &locale)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::Bool:
        return yesNo(cell.toBool());
    case QMetaType::QDate:
        return isoDate(cell.toDate());
    case QMetaType::QDateTime:
        return isoDateTime(cell.toDateTime());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = cell.toDouble();
        if (!std::isfinite(value))
            return {};
        return locale.toString(value == 0.0 ? 0.0 : value, 'f', QLocale::FloatingPointShortest);
    }
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return locale.toString(cell.toULongLong());
    default:
        if (isNumber(cell))
            return locale.toString(cell.toLongLong());
        return cell.toString();
    }
}

} // namespace ehb::exporting
