#pragma once

#include "export/exportcells.h"

#include <QByteArray>
#include <QLocale>

namespace ehb::exporting {

// True when spreadsheets in this locale expect ';' between fields and a decimal comma (fr, nl,
// de, and en_BE): decided by the locale's decimal point, as Excel decides by the list separator
// that goes with it.
bool usesDecimalComma(const QLocale &locale);

// The table as a CSV file that Excel opens correctly for the locale: UTF-8 with a BOM, CRLF
// after every record, ';' and decimal comma or ',' and decimal point (usesDecimalComma), fields
// quoted as RFC 4180 says (separator, '"', CR or LF inside). Text starting with = + - @ TAB or CR
// gets a leading ' so no spreadsheet runs it as a formula; numbers never do (-3 stays a number).
// Numbers have no thousands separators; dates are ISO (yyyy-MM-dd, yyyy-MM-dd HH:mm); bool
// cells read yes/no in the installed language. No header line when headers is empty.
QByteArray toCsv(const Table &table, const QLocale &locale);

} // namespace ehb::exporting
