#pragma once

#include <QCoreApplication>
#include <QString>

namespace ehb {

// Finds Belgian national register numbers (rijksregisternummer / numéro de registre national)
// in free text, so that no patient identifier is ever stored or sent.
class PrivacyGuard
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyGuard)

public:
    // True when `text` holds 11 digits, plain or as YY.MM.DD-XXX.CC (dots, dashes or spaces),
    // whose birth date is plausible and whose mod-97 check digits are valid for a person born
    // before or after 2000.
    static bool containsNationalNumber(const QString &text);

    // True when the 11 digits are a valid national number (either century).
    static bool isNationalNumber(const QString &elevenDigits);

    // The translated reason shown when a field is refused.
    static QString refusalMessage();
};

} // namespace ehb
