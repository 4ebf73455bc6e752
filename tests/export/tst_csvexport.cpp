// Excel-ready CSV: byte-exact golden files per locale (BOM, CRLF, separators, quoting, formula
// prefix, numbers and dates), then the same table parsed back as RFC 4180 field by field.

#include "export/csvexport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace ehb::exporting;

namespace {

// Every kind of cell the Analysis view exports, and text that breaks naive CSV writers.
Table trickyTable()
{
    const QTimeZone brussels("Europe/Brussels");
    Table table;
    table.headers = {QStringLiteral("Service"),  QStringLiteral("Start"),
                     QStringLiteral("Minutes"),  QStringLiteral("Availability (%)"),
                     QStringLiteral("Note"),     QStringLiteral("Day"),
                     QStringLiteral("Meets SLA")};
    table.rows = {
        {QStringLiteral("recip-e"), QDateTime(QDate(2024, 3, 5), QTime(9, 10, 42), brussels), 42,
         99.72, QStringLiteral("said \"down\"; again, later"), QDate(2024, 3, 5), false},
        {QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")"),
         QDateTime(QDate(2024, 3, 31), QTime(3, 5), brussels), -3, -0.5,
         QStringLiteral("line one\nline two"), QDate(2024, 12, 31), true},
        {QStringLiteral("+32 2 123 45 67"), QStringLiteral("-minus"), qint64(1234567), 1234567.25,
         QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\tTab first"),
         QStringLiteral("\rCR first")},
        {QStringLiteral("Liège — Hôpital, Zürich"), QVariant(), QString(), 0.1 + 0.2,
         QStringLiteral("  spaces  "), 100.0, QStringLiteral("a;b,c")},
        {QStringLiteral("MyCareNet"), QStringLiteral("2024-03-01"), 0, 1e-7,
         QStringLiteral("x=1 and -2"), 1e21, QStringLiteral("\"")},
    };
    return table;
}

// A minimal RFC 4180 reader: records of fields, with quoted fields holding anything.
QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c; // a bare CR or LF outside quotes would land here and fail the test
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field); // an unterminated last record
    return records;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void parsesBack_data();
    void parsesBack();
    void separatorFollowsDecimalPoint_data();
    void separatorFollowsDecimalPoint();
    void emptyTable();
};

void TestCsvExport::golden_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                        << QStringLiteral("tricky_en.csv");
    QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium)
                           << QStringLiteral("tricky_fr.csv");
    QTest::newRow("nl_BE") << QLocale(QLocale::Dutch, QLocale::Belgium)
                           << QStringLiteral("tricky_nl.csv");
}

void TestCsvExport::golden()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    const QByteArray csv = toCsv(trickyTable(), locale);
    const QString path = QStringLiteral(EHB_GOLDEN_DIR "/") + file;
    if (qEnvironmentVariableIntValue("EHB_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = golden.readAll();
    if (csv != expected) {
        qWarning().noquote() << "got:" << csv.toPercentEncoding(" ;,.-=+@'\"")
                             << "\nwant:" << expected.toPercentEncoding(" ;,.-=+@'\"");
    }
    QCOMPARE(csv, expected);
}

void TestCsvExport::parsesBack_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<QStringList>("numbers"); // column 3 of each row
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',')
                        << QStringList{QStringLiteral("recip-e"),
                                       QStringLiteral("2024-03-05 09:10"),
                                       QStringLiteral("42"),
                                       QStringLiteral("99.72"),
                                       QStringLiteral("said \"down\"; again, later"),
                                       QStringLiteral("2024-03-05"),
                                       QStringLiteral("no")}
                        << QStringList{QStringLiteral("99.72"), QStringLiteral("-0.5"),
                                       QStringLiteral("1234567.25"),
                                       QStringLiteral("0.30000000000000004"),
                                       QStringLiteral("0.0000001")};
    QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium) << QChar(u';')
                           << QStringList{QStringLiteral("recip-e"),
                                          QStringLiteral("2024-03-05 09:10"),
                                          QStringLiteral("42"),
                                          QStringLiteral("99,72"),
                                          QStringLiteral("said \"down\"; again, later"),
                                          QStringLiteral("2024-03-05"),
                                          QStringLiteral("no")}
                           << QStringList{QStringLiteral("99,72"), QStringLiteral("-0,5"),
                                          QStringLiteral("1234567,25"),
                                          QStringLiteral("0,30000000000000004"),
                                          QStringLiteral("0,0000001")};
}

void TestCsvExport::parsesBack()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, separator);
    QFETCH(QStringList, firstRow);
    QFETCH(QStringList, numbers);

    const QByteArray csv = toCsv(trickyTable(), locale);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QList<QStringList> records = parseCsv(text, separator);
    QCOMPARE(records.size(), 6);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 7);
    QCOMPARE(records.at(0).at(3), QStringLiteral("Availability (%)"));
    QCOMPARE(records.at(1), firstRow);
    for (int row = 0; row < numbers.size(); ++row)
        QCOMPARE(records.at(row + 1).at(3), numbers.at(row));

    // Formula-like text gets a leading apostrophe; numbers, even negative, do not.
    QCOMPARE(records.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://x.example\",\"click\")"));
    QCOMPARE(records.at(2).at(2), QStringLiteral("-3"));
    QCOMPARE(records.at(2).at(4), QStringLiteral("line one\nline two"));
    QCOMPARE(records.at(2).at(6), QStringLiteral("yes"));
    QCOMPARE(records.at(3).at(0), QStringLiteral("'+32 2 123 45 67"));
    QCOMPARE(records.at(3).at(1), QStringLiteral("'-minus"));
    QCOMPARE(records.at(3).at(2), QStringLiteral("1234567"));
    QCOMPARE(records.at(3).at(4), QStringLiteral("'@SUM(A1:A2)"));
    QCOMPARE(records.at(3).at(5), QStringLiteral("'\tTab first"));
    QCOMPARE(records.at(3).at(6), QStringLiteral("'\rCR first"));
    // Text in the middle of which = or - appears is left alone, as are spaces and empty cells.
    QCOMPARE(records.at(4).at(0), QStringLiteral("Liège — Hôpital, Zürich"));
    QCOMPARE(records.at(4).at(1), QString());
    QCOMPARE(records.at(4).at(2), QString());
    QCOMPARE(records.at(4).at(4), QStringLiteral("  spaces  "));
    QCOMPARE(records.at(4).at(6), QStringLiteral("a;b,c"));
    QCOMPARE(records.at(5).at(1), QStringLiteral("2024-03-01"));
    QCOMPARE(records.at(5).at(4), QStringLiteral("x=1 and -2"));
    QCOMPARE(records.at(5).at(6), QStringLiteral("\""));
    // Never an exponent, never a thousands separator.
    QCOMPARE(records.at(5).at(5), QStringLiteral("1000000000000000000000"));
}

void TestCsvExport::separatorFollowsDecimalPoint_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("decimalComma");
    QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium) << true;
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << true;
    QTest::newRow("nl_BE") << QLocale(QLocale::Dutch, QLocale::Belgium) << true;
    QTest::newRow("nl_NL") << QLocale(QLocale::Dutch, QLocale::Netherlands) << true;
    QTest::newRow("de_BE") << QLocale(QLocale::German, QLocale::Belgium) << true;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << true;
    // English as Belgians write it (the desktop's "English" setting) has a decimal comma too.
    QTest::newRow("en_BE") << QLocale(QLocale::English, QLocale::Belgium) << true;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << false;
    QTest::newRow("C") << QLocale::c() << false;
}

void TestCsvExport::separatorFollowsDecimalPoint()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, decimalComma);
    QCOMPARE(usesDecimalComma(locale), decimalComma);
    Table table;
    table.headers = {QStringLiteral("a"), QStringLiteral("b")};
    table.rows = {{2.5, -1}};
    const QByteArray expected = decimalComma ? QByteArrayLiteral("\xEF\xBB\xBF"
                                                                 "a;b\r\n2,5;-1\r\n")
                                             : QByteArrayLiteral("\xEF\xBB\xBF"
                                                                 "a,b\r\n2.5,-1\r\n");
    QCOMPARE(toCsv(table, locale), expected);
}

void TestCsvExport::emptyTable()
{
    QCOMPARE(toCsv(Table(), QLocale::c()), QByteArrayLiteral("\xEF\xBB\xBF"));
    Table headersOnly;
    headersOnly.headers = {QStringLiteral("=x")};
    QCOMPARE(toCsv(headersOnly, QLocale::c()), QByteArrayLiteral("\xEF\xBB\xBF'=x\r\n"));
}

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
