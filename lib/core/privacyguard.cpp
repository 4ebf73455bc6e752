#include "core/privacyguard.h"

#include <QRegularExpression>

namespace ehb {

namespace {

// Birth date part YYMMDD: month 0–12 (0 when unknown), or +20 / +40 for BIS numbers;
// day 0–31 (0 when unknown).
bool plausibleDate(int month, int day)
{
    const int m = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
    return m >= 0 && m <= 12 && day >= 0 && day <= 31;
}

} // namespace

bool PrivacyGuard::isNationalNumber(const QString &digits)
{
    if (digits.size() != 11)
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const int month = QStringView(digits).mid(2, 2).toInt();
    const int day = QStringView(digits).mid(4, 2).toInt();
    if (!plausibleDate(month, day))
        return false;
    const qint64 base = QStringView(digits).left(9).toLongLong();
    const int check = QStringView(digits).mid(9, 2).toInt();
    const bool before2000 = 97 - base % 97 == check;
    const bool after2000 = 97 - (2000000000LL + base) % 97 == check;
    return before2000 || after2000;
}

bool PrivacyGuard::containsNationalNumber(const QString &text)
{
    // Eleven digits, optionally grouped as YY.MM.DD-XXX.CC with dots, dashes or single spaces,
    // and not part of a longer run of digits.
    static const QRegularExpression candidate(
        QStringLiteral("(?<![0-9])([0-9]{2})[-. ]?([0-9]{2})[-. ]?([0-9]{2})[-. ]?([0-9]{3})[-. "
                       "]?([0-9]{2})(?![0-9])"));
    // QRegularExpression matches nothing at all in text with an unpaired surrogate: replace
    // those first, or such a character would hide a number.
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            clean[i] = QChar::ReplacementCharacter;
    }
    // A candidate that fails the check may have taken digits of a real number that follows:
    // look again from the next position, not after the candidate.
    qsizetype offset = 0;
    while (offset < clean.size()) {
        const QRegularExpressionMatch match = candidate.match(clean, offset);
        if (!match.hasMatch())
            break;
        QString digits;
        for (int group = 1; group <= 5; ++group)
            digits += match.capturedView(group);
        if (isNationalNumber(digits))
            return true;
        offset = match.capturedStart() + 1;
    }
    return false;
}

QString PrivacyGuard::refusalMessage()
{
    return tr("contains what looks like a national register number; remove patient data");
}

} // namespace ehb
