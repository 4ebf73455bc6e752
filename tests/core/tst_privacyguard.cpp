// The national register number guard: what must be refused in free text, and what must not
// (phone numbers, dates, amounts, order numbers). Valid numbers are computed from the mod-97 rule
// here, with two literal anchors checked against an independent calculation.

#include "core/privacyguard.h"

#include <QRegularExpression>
#include <QTest>

using namespace ehb;

namespace {

// The two check digits for a 9-digit base (YYMMDD + serial), for either century.
QString checkDigits(const QString &nineDigits, bool bornAfter2000)
{
    const qint64 base = nineDigits.toLongLong() + (bornAfter2000 ? 2000000000LL : 0);
    return QStringLiteral("%1").arg(97 - base % 97, 2, 10, QLatin1Char('0'));
}

QString nationalNumber(const QString &nineDigits, bool bornAfter2000 = false)
{
    return nineDigits + checkDigits(nineDigits, bornAfter2000);
}

// The number with its check digits moved by `delta` (still two digits).
QString withWrongCheck(const QString &nineDigits, int delta, bool bornAfter2000 = false)
{
    const int check = checkDigits(nineDigits, bornAfter2000).toInt() + delta;
    return nineDigits + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

// YY<a>MM<b>DD<c>XXX<d>CC.
QString formatted(const QString &digits, const char *a, const char *b, const char *c, const char *d)
{
    return digits.left(2) + QLatin1String(a) + digits.mid(2, 2) + QLatin1String(b) +
           digits.mid(4, 2) + QLatin1String(c) + digits.mid(6, 3) + QLatin1String(d) +
           digits.mid(9, 2);
}

QString usual(const QString &digits)
{
    return formatted(digits, ".", ".", "-", ".");
}

const QString born1985 = QStringLiteral("850730033");
const QString born2005 = QStringLiteral("050101123");
const QString bis40 = QStringLiteral("854730033"); // BIS number, gender known: month + 40
const QString bis20 = QStringLiteral("852730033"); // BIS number, gender unknown: month + 20

} // namespace

class TestPrivacyGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigitsMatchAnIndependentCalculation();
    void containsNationalNumber_data();
    void containsNationalNumber();
    void isNationalNumberNeedsElevenAsciiDigits_data();
    void isNationalNumberNeedsElevenAsciiDigits();
    void refusalMessageIsNotEmpty();
};

void TestPrivacyGuard::checkDigitsMatchAnIndependentCalculation()
{
    // 850730033 mod 97 = 69 → 28; (2000000000 + 50101123) mod 97 = 12 → 85 (worked out apart).
    QCOMPARE(nationalNumber(born1985), QStringLiteral("85073003328"));
    QCOMPARE(nationalNumber(born2005, true), QStringLiteral("05010112385"));
}

void TestPrivacyGuard::containsNationalNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");

    const QString n1985 = nationalNumber(born1985);
    const QString n2005 = nationalNumber(born2005, true);

    // Valid numbers, plain and formatted.
    QTest::newRow("plain born 1985") << n1985 << true;
    QTest::newRow("plain born 2005") << n2005 << true;
    QTest::newRow("plain literal 1985") << QStringLiteral("85073003328") << true;
    QTest::newRow("plain BIS month +40") << nationalNumber(bis40) << true;
    QTest::newRow("plain BIS month +20") << nationalNumber(bis20) << true;
    QTest::newRow("plain BIS born 2005")
        << nationalNumber(QStringLiteral("054101123"), true) << true;
    QTest::newRow("plain unknown birth date")
        << nationalNumber(QStringLiteral("000000123")) << true;
    QTest::newRow("formatted born 1985") << usual(n1985) << true;
    QTest::newRow("formatted born 2005") << usual(n2005) << true;
    QTest::newRow("formatted BIS") << usual(nationalNumber(bis40)) << true;
    QTest::newRow("spaces") << formatted(n1985, " ", " ", " ", " ") << true;
    QTest::newRow("spaces born 2005") << formatted(n2005, " ", " ", " ", " ") << true;
    QTest::newRow("dashes") << formatted(n1985, "-", "-", "-", "-") << true;
    QTest::newRow("date then dashes") << formatted(n1985, "", "", "-", "-") << true;
    QTest::newRow("dots only") << formatted(n1985, ".", ".", ".", ".") << true;
    QTest::newRow("among words") << QStringLiteral("patient ") + usual(n1985) +
                                        QStringLiteral(" see")
                                 << true;
    QTest::newRow("among words born 2005")
        << QStringLiteral("Refused for ") + n2005 + QStringLiteral(", retry later") << true;
    QTest::newRow("on its own line")
        << QStringLiteral("SOA-00001\n") + usual(n2005) + QStringLiteral("\nend") << true;
    QTest::newRow("glued to letters") << QStringLiteral("NN") + n1985 + QStringLiteral("x") << true;
    QTest::newRow("second of two numbers")
        << QStringLiteral("12345678901 and ") + usual(n1985) << true;

    // Wrong check digits.
    QTest::newRow("check +1 born 1985") << withWrongCheck(born1985, +1) << false;
    QTest::newRow("check -1 born 1985") << withWrongCheck(born1985, -1) << false;
    QTest::newRow("check +1 born 2005") << withWrongCheck(born2005, +1, true) << false;
    QTest::newRow("check -1 born 2005") << withWrongCheck(born2005, -1, true) << false;
    QTest::newRow("formatted check +1") << usual(withWrongCheck(born1985, +1)) << false;

    // Not exactly 11 digits.
    QTest::newRow("10 digits") << n1985.left(10) << false;
    QTest::newRow("12 digits") << n1985 + QLatin1Char('0') << false;
    QTest::newRow("inside a longer run")
        << QStringLiteral("ref 4") + n1985 + QStringLiteral("7 end") << false;
    QTest::newRow("digit before formatted") << QLatin1Char('1') + usual(n1985) << false;
    QTest::newRow("digit after formatted") << usual(n1985) + QLatin1Char('9') << false;

    // Impossible birth dates, even with correct check digits.
    QTest::newRow("month 13") << nationalNumber(QStringLiteral("851330033")) << false;
    QTest::newRow("month 13 born 2005")
        << nationalNumber(QStringLiteral("051301123"), true) << false;
    QTest::newRow("BIS month 53") << nationalNumber(QStringLiteral("855330033")) << false;
    QTest::newRow("day 32") << nationalNumber(QStringLiteral("850732033")) << false;

    // Ordinary numbers in error messages and comments.
    QTest::newRow("mobile") << QStringLiteral("0475 12 34 56") << false;
    QTest::newRow("mobile international") << QStringLiteral("+32 475 12 34 56") << false;
    QTest::newRow("mobile 0032") << QStringLiteral("0032475123456") << false;
    QTest::newRow("mobile +32 compact") << QStringLiteral("+32475123456") << false;
    QTest::newRow("landline") << QStringLiteral("02 123 45 67") << false;
    QTest::newRow("iso date") << QStringLiteral("2024-01-15") << false;
    QTest::newRow("date and time") << QStringLiteral("15.01.2024 08:00") << false;
    QTest::newRow("amount") << QStringLiteral("12.345,67") << false;
    QTest::newRow("order number wrong check")
        << QStringLiteral("Order 24011500112 was not sent") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no digits") << QStringLiteral("Recip-e timeout after 30 s") << false;
}

void TestPrivacyGuard::containsNationalNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, flagged);

    QCOMPARE(PrivacyGuard::containsNationalNumber(text), flagged);

    static const QRegularExpression elevenDigits(QStringLiteral("^[0-9]{11}\\z"));
    if (elevenDigits.match(text).hasMatch())
        QCOMPARE(PrivacyGuard::isNationalNumber(text), flagged);
}

void TestPrivacyGuard::isNationalNumberNeedsElevenAsciiDigits_data()
{
    QTest::addColumn<QString>("digits");

    const QString valid = nationalNumber(born1985);
    QTest::newRow("10 digits") << valid.left(10);
    QTest::newRow("12 digits") << valid + QLatin1Char('1');
    QTest::newRow("formatted") << usual(valid);
    QTest::newRow("letter") << valid.left(10) + QLatin1Char('a');
    QTest::newRow("space") << QLatin1Char(' ') + valid.left(10);
    QTest::newRow("empty") << QString();
}

void TestPrivacyGuard::isNationalNumberNeedsElevenAsciiDigits()
{
    QFETCH(QString, digits);
    QVERIFY(PrivacyGuard::isNationalNumber(nationalNumber(born1985))); // the base is valid
    QVERIFY(!PrivacyGuard::isNationalNumber(digits));
}

void TestPrivacyGuard::refusalMessageIsNotEmpty()
{
    QVERIFY(!PrivacyGuard::refusalMessage().trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestPrivacyGuard)
#include "tst_privacyguard.moc"
