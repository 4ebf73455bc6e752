#include "export/csvexport.h"

#include <QDate>
#include <QDateTime>

namespace ehb::exporting {

namespace {

// Text that a spreadsheet would read as a formula (or as a DDE call) if opened as is.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString quoted(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString textField(QString text, QChar separator)
{
    if (looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    return quoted(text, separator);
}

QString cellField(const QVariant &cell, bool decimalComma, QChar separator)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::Double:
    case QMetaType::Float:
        return ExportCells::plainNumber(cell.toDouble(), decimalComma);
    case QMetaType::QDate:
        return ExportCells::isoDate(cell.toDate());
    case QMetaType::QDateTime:
        return ExportCells::isoDateTime(cell.toDateTime());
    case QMetaType::Bool:
        return textField(ExportCells::yesNo(cell.toBool()), separator);
    default:
        // Integers print as plain digits and a minus: never quoted, never prefixed.
        if (ExportCells::isNumber(cell))
            return cell.toString();
        return textField(cell.toString(), separator);
    }
}

} // namespace

bool usesDecimalComma(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",");
}

QByteArray toCsv(const Table &table, const QLocale &locale)
{
    const bool decimalComma = usesDecimalComma(locale);
    const QChar separator = decimalComma ? QLatin1Char(';') : QLatin1Char(',');
    const QLatin1String endOfRecord("\r\n");

    QString text;
    if (!table.headers.isEmpty()) {
        for (qsizetype i = 0; i < table.headers.size(); ++i) {
            if (i > 0)
                text += separator;
            text += textField(table.headers.at(i), separator);
        }
        text += endOfRecord;
    }
    for (const QVariantList &row : table.rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += separator;
            text += cellField(row.at(i), decimalComma, separator);
        }
        text += endOfRecord;
    }
    // The BOM is what makes Excel read UTF-8 rather than the ANSI code page.
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ehb::exporting
