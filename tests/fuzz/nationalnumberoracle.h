#pragma once

#include <QString>

// An independent statement of what PrivacyGuard must find (privacyguard.h): 11 ASCII digits
// laid out as YYMMDDSSSCC, each group optionally followed by one '.', '-' or ' ', not part of
// a longer digit run, with a plausible birth date (month 0–12, or +20 / +40 for BIS numbers;
// day 0–31) and mod-97 check digits valid for a birth before or after 2000. Every start
// position counts, and no regular expression is involved, so a PrivacyGuard that skips a
// number (overlapping candidates, text it cannot match) disagrees with it.
namespace ehb::fuzz {

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool validDigits(const QString &d)
{
    const int month = d.mid(2, 2).toInt();
    const int day = d.mid(4, 2).toInt();
    const int m = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
    if (m > 12 || day > 31)
        return false;
    const qint64 base = d.left(9).toLongLong();
    const int check = d.mid(9, 2).toInt();
    return check == 97 - base % 97 || check == 97 - (2000000000LL + base) % 97;
}

inline bool oracleContainsNationalNumber(const QString &text)
{
    static constexpr int groups[] = {2, 2, 2, 3, 2};
    for (qsizetype start = 0; start < text.size(); ++start) {
        if (start > 0 && isAsciiDigit(text.at(start - 1)))
            continue;
        qsizetype i = start;
        QString digits;
        bool ok = true;
        for (int g = 0; g < 5 && ok; ++g) {
            if (g > 0 && i < text.size() &&
                (text.at(i) == u'.' || text.at(i) == u'-' || text.at(i) == u' '))
                ++i;
            for (int k = 0; k < groups[g]; ++k, ++i) {
                if (i >= text.size() || !isAsciiDigit(text.at(i))) {
                    ok = false;
                    break;
                }
                digits += text.at(i);
            }
        }
        if (ok && (i >= text.size() || !isAsciiDigit(text.at(i))) && validDigits(digits))
            return true;
    }
    return false;
}

} // namespace ehb::fuzz
