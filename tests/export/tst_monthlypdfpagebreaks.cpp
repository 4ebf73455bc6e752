// Where the monthly PDF report's pages break: a block over a page edge, headings kept with their
// text, table rows kept whole, checked on the layout and read back with poppler's pdfinfo and
// pdftotext. What the report says is in tst_monthlypdf.

#include "monthlypdftest.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb::exporting;
using namespace ehb::exporting::test;

class TestMonthlyPdfPageBreaks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pageCrossing_data();
    void pageCrossing();
    void headingsStayWithTheirText();
    void tableRowsStayWhole();
    void methodHeadingNeverEndsAPage();

private:
    QTemporaryDir m_dir;
};

void TestMonthlyPdfPageBreaks::init()
{
    QVERIFY(m_dir.isValid());
}

void TestMonthlyPdfPageBreaks::pageCrossing_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("bottom");
    QTest::addColumn<bool>("crosses");
    QTest::newRow("inside the first page") << 10.0 << 90.0 << false;
    QTest::newRow("ends on the page edge") << 60.0 << 100.0 << false;
    QTest::newRow("starts on the page edge") << 100.0 << 130.0 << false;
    QTest::newRow("over the edge") << 95.0 << 105.0 << true;
    QTest::newRow("over the third edge") << 290.0 << 310.0 << true;
    QTest::newRow("empty") << 95.0 << 95.0 << false;
}

void TestMonthlyPdfPageBreaks::pageCrossing()
{
    QFETCH(double, top);
    QFETCH(double, bottom);
    QFETCH(bool, crosses);
    QCOMPARE(PageBreaks::crosses(top, bottom, 100), crosses);
}

void TestMonthlyPdfPageBreaks::headingsStayWithTheirText()
{
    // As the filler grows, each heading passes every spot on the page, the bottom too; Qt alone
    // leaves some of them alone at the bottom of a page, the report never.
    int unkept = 0;
    for (int filler = 0; filler < 70; filler += 1) {
        MonthlyReport report = withFiller(filler);
        addImpact(report);
        addOfficial(report);
        const PageBreakProblems kept = MonthlyPdf::layoutProblems(report, true);
        QVERIFY2(kept.headings.isEmpty(), qPrintable(QStringLiteral("filler %1").arg(filler)));
        unkept += int(MonthlyPdf::layoutProblems(report, false).headings.size());
    }
    QVERIFY2(unkept > 0, "the filler never brought a heading to the bottom of a page");
}

void TestMonthlyPdfPageBreaks::tableRowsStayWhole()
{
    // Service names that wrap over three lines in a table that runs over pages.
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    for (int i = 0; i < 120; ++i)
        report.availability.rows.append(
            {QStringLiteral("Service %1 with a name long enough to wrap over several lines in its "
                            "narrow column of the availability table")
                 .arg(i),
             ExportCells::minutes(report.locale, i), 99.5, 99.1, i % 2 == 0});
    int cut = 0;
    for (int filler = 0; filler < 12; ++filler) {
        for (int i = 0; i < filler; ++i)
            report.summary.append({QStringLiteral("Filler"), QString::number(i)});
        const PageBreakProblems left = MonthlyPdf::layoutProblems(report, true);
        QString rows;
        for (const auto &[table, row] : left.rows)
            rows += QStringLiteral(" %1:%2").arg(table).arg(row);
        QVERIFY2(left.rows.isEmpty(),
                 qPrintable(QStringLiteral("filler %1:%2").arg(filler).arg(rows)));
        cut += int(MonthlyPdf::layoutProblems(report, false).rows.size());
    }
    QVERIFY2(cut > 0, "Qt never cut a row: the test shows nothing");

    // Every row is still there, whole, in the PDF.
    const QString path = m_dir.filePath(QStringLiteral("rows.pdf"));
    QVERIFY(writeMonthlyPdf(report, path).ok());
    const QString text = flattened(run(EHB_PDFTOTEXT, {path, QStringLiteral("-")}));
    for (int i = 0; i < 120; ++i)
        QVERIFY2(text.contains(QStringLiteral("Service %1 with a name").arg(i)),
                 qPrintable(QString::number(i)));
}

void TestMonthlyPdfPageBreaks::methodHeadingNeverEndsAPage()
{
    // Read back from the PDF: on the page where "Method" is a heading, its first words follow.
    const QString firstWords = flattened(methodNote(QLocale(QLocale::English))).left(40);
    for (int filler = 0; filler < 70; filler += 3) {
        const QString path = m_dir.filePath(QStringLiteral("filler-%1.pdf").arg(filler));
        QVERIFY(writeMonthlyPdf(withFiller(filler), path).ok());
        const QString info = run(EHB_PDFINFO, {path});
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages > 0);
        bool found = false;
        for (int page = 1; page <= pages; ++page) {
            const QString number = QString::number(page);
            const QStringList lines =
                run(EHB_PDFTOTEXT, {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                    path, QStringLiteral("-")})
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (!lines.contains(QStringLiteral("Method")))
                continue;
            found = true;
            const QString text = flattened(lines.join(QLatin1Char(' ')));
            QVERIFY2(text.contains(firstWords),
                     qPrintable(
                         QStringLiteral("filler %1, page %2: %3").arg(filler).arg(page).arg(text)));
        }
        QVERIFY(found);
    }
}

QTEST_MAIN(TestMonthlyPdfPageBreaks)
#include "tst_monthlypdfpagebreaks.moc"
