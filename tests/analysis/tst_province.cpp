// Postcode to ISO 3166-2:BE province, at every range boundary, and what is not a postcode.
#include "analysis/province.h"

#include <QSet>
#include <QTest>

using namespace ehb::analysis;

class TestProvince : public QObject
{
    Q_OBJECT

private slots:
    void province_data();
    void province();
    void codes();
};

void TestProvince::province_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("code");

    const struct
    {
        const char *postcode;
        const char *code;
    } rows[] = {
        {"1000", "BE-BRU"},
        {"1299", "BE-BRU"},
        {"1300", "BE-WBR"},
        {"1499", "BE-WBR"},
        {"1500", "BE-VBR"},
        {"1999", "BE-VBR"},
        {"2000", "BE-VAN"},
        {"2999", "BE-VAN"},
        {"3000", "BE-VBR"},
        {"3499", "BE-VBR"},
        {"3500", "BE-VLI"},
        {"3999", "BE-VLI"},
        {"4000", "BE-WLG"},
        {"4999", "BE-WLG"},
        {"5000", "BE-WNA"},
        {"5999", "BE-WNA"},
        {"6000", "BE-WHT"},
        {"6599", "BE-WHT"},
        {"6600", "BE-WLX"},
        {"6999", "BE-WLX"},
        {"7000", "BE-WHT"},
        {"7999", "BE-WHT"},
        {"8000", "BE-VWV"},
        {"8999", "BE-VWV"},
        {"9000", "BE-VOV"},
        {"9999", "BE-VOV"},
        {" 9000 ", "BE-VOV"},
        // Not a Belgian postcode we can place.
        {"", ""},
        {"0999", ""},
        {"999", ""},
        {"10000", ""},
        {"B-1000", ""},
        {"abcd", ""},
        {"10 0", ""},
        {"-100", ""},
        {"+100", ""},
    };
    for (const auto &row : rows)
        QTest::newRow(row.postcode)
            << QString::fromLatin1(row.postcode) << QString::fromLatin1(row.code);
    // Arabic-Indic digits are digits to QChar::isDigit, not to a postcode.
    QTest::newRow("other digits") << QStringLiteral("\u0661\u0660\u0660\u0660") << QString();
}

void TestProvince::province()
{
    QFETCH(QString, postcode);
    QFETCH(QString, code);
    QCOMPARE(provinceForPostcode(postcode), code);
}

void TestProvince::codes()
{
    const QStringList expected{
        QStringLiteral("BE-BRU"), QStringLiteral("BE-WBR"), QStringLiteral("BE-VBR"),
        QStringLiteral("BE-VAN"), QStringLiteral("BE-VLI"), QStringLiteral("BE-WLG"),
        QStringLiteral("BE-WNA"), QStringLiteral("BE-WHT"), QStringLiteral("BE-WLX"),
        QStringLiteral("BE-VWV"), QStringLiteral("BE-VOV")};
    QCOMPARE(provinceCodes(), expected);
    // Every postcode lands on one of them.
    QSet<QString> seen;
    for (int postcode = 1000; postcode <= 9999; ++postcode) {
        const QString code = provinceForPostcode(QString::number(postcode));
        QVERIFY2(expected.contains(code), qPrintable(QString::number(postcode)));
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 11);
}

QTEST_GUILESS_MAIN(TestProvince)
#include "tst_province.moc"
