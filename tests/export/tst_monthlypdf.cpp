// The monthly PDF report for a synthetic month, read back with poppler's pdftotext, pdfinfo and
// pdfimages: A4, title and month name in the report's locale, figures with its decimal
// separator, the table rows, the charts and the method note; words from the installed translator.
// Where its pages break is in tst_monthlypdfpagebreaks.

#include "monthlypdftest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ehb::exporting;
using namespace ehb::exporting::test;

class TestMonthlyPdf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void report_data();
    void report();
    void longEpisodeTableSpansPages();
    void noEpisodes();
    void methodNoteQuotesTheParameters();
    void impactSection();
    void officialSection();
    void sectionsSayWhyTheyAreMissing();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

void TestMonthlyPdf::init()
{
    QVERIFY(m_dir.isValid());
}

void TestMonthlyPdf::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestMonthlyPdf::report_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("translation"); // a test .qm to install, or empty for English
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("figures"); // availability and downtime as printed
    QTest::addColumn<QString>("sla");
    QTest::addColumn<QStringList>("words"); // words that must come from the translator
    QTest::addColumn<QString>("episode");   // the first episode's row as printed

    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QString()
                        << QStringLiteral("eHealth Bugs — monthly report, March 2024")
                        << QStringLiteral("Period: 1 March 2024 to 31 March 2024 included")
                        << QStringList{QStringLiteral(
                                           "recip-e 1,234 min, 1,200–1,300 99.72 98.61 no"),
                                       QStringLiteral("eHealthBox 0 min 100 100 yes"),
                                       QStringLiteral("MyCareNet 12 min, 3–13 99.97 99.9 yes")}
                        << QStringLiteral("at least 99.9 %, over the whole month")
                        << QStringList{QStringLiteral("Method"), QStringLiteral("Summary"),
                                       QStringLiteral("A length in minutes is followed by its "
                                                      "range, as in “162 min, 150–171”: from the "
                                                      "shortest to the longest the reports "
                                                      "allow; the shortest is the least they "
                                                      "show.")}
                        << QStringLiteral("recip-e 2024-03-05 08:10 2024-03-05 09:52 102 min, "
                                          "95–110 17 12");
    QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium)
                           << QStringLiteral(":/test-i18n/tst_monthlypdf_fr.qm")
                           << QStringLiteral("eHealth Bugs — rapport mensuel, mars 2024")
                           << QStringLiteral("1 mars 2024 to 31 mars 2024")
                           << QStringList{QStringLiteral("recip-e 1 234 min, 1 200–1 300 99,72 "
                                                         "98,61 non"),
                                          QStringLiteral("MyCareNet 12 min, 3–13 99,97 99,9 oui")}
                           << QStringLiteral("at least 99,9 %, over the whole month")
                           << QStringList{QStringLiteral("Méthode"),
                                          QStringLiteral("Une durée en minutes est suivie de sa "
                                                         "fourchette, comme dans « 162 min, "
                                                         "150–171 » : du plus court au plus long")}
                           << QStringLiteral("recip-e 2024-03-05 08:10 2024-03-05 09:52 102 min, "
                                             "95–110 17 12");
    QTest::newRow("nl_BE") << QLocale(QLocale::Dutch, QLocale::Belgium) << QString()
                           << QStringLiteral("eHealth Bugs — monthly report, maart 2024")
                           << QStringLiteral("1 maart 2024 to 31 maart 2024")
                           << QStringList{QStringLiteral("recip-e 1.234 min, 1.200–1.300 99,72 "
                                                         "98,61 no"),
                                          QStringLiteral("MyCareNet 12 min, 3–13 99,97 99,9 yes")}
                           << QStringLiteral("at least 99,9 %, over the whole month")
                           << QStringList{QStringLiteral("Method")}
                           << QStringLiteral("recip-e 2024-03-05 08:10 2024-03-05 09:52 102 min, "
                                             "95–110 17 12");
}

void TestMonthlyPdf::report()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, translation);
    QFETCH(QString, title);
    QFETCH(QString, period);
    QFETCH(QStringList, figures);
    QFETCH(QString, sla);
    QFETCH(QStringList, words);
    QFETCH(QString, episode);

    if (!translation.isEmpty()) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(translation));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    const MonthlyReport report = syntheticMarch(locale, 0);
    QCOMPARE(MonthlyPdf::title(report), title);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(locale.name()));
    const ehb::Result<void> written = writeMonthlyPdf(report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    if (qEnvironmentVariableIsSet("EHB_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("EHB_KEEP_PDF") + QLatin1Char('/') +
                              QFileInfo(path).fileName());

    const QString info = run(EHB_PDFINFO, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path});
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Title:\\s+") + QRegularExpression::escape(title))
                 .match(info)
                 .hasMatch(),
             qPrintable(info));

    const QString images = run(EHB_PDFIMAGES, {QStringLiteral("-list"), path});
    // Two header lines, then one line per image: the two charts, nothing else.
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2 + 2);

    const QString layout = run(EHB_PDFTOTEXT, {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                               QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(!layout.isEmpty());
    // Each table row on one line, in column order.
    QStringList lines;
    for (const QString &line : layout.split(QLatin1Char('\n')))
        lines.append(flattened(line));
    for (const QString &figure : figures)
        QVERIFY2(lines.contains(figure), qPrintable(figure + QLatin1String("\n---\n") + layout));
    QVERIFY2(lines.contains(episode), qPrintable(episode + QLatin1String("\n---\n") + layout));
    // Known to the minute: no range.
    QVERIFY2(lines.contains(QStringLiteral("recip-e 2024-03-31 01:40 2024-03-31 04:00 20 min 4 3")),
             qPrintable(layout));

    const QString text =
        flattened(run(EHB_PDFTOTEXT, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                      QStringLiteral("-")}));
    QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY2(text.contains(period), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Europe/Brussels")), qPrintable(text));
    QVERIFY2(text.contains(sla), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reports ") +
                           locale.toString(1234).replace(QChar(0x202F), QLatin1Char(' '))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reports per day, by service")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reports by weekday and hour")), qPrintable(text));
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word));
    // The method note, whole, with the locale's numbers.
    const QString note = flattened(methodNote(locale));
    QVERIFY2(text.contains(note), qPrintable(note + QLatin1String("\n---\n") + text));
    QVERIFY2(text.contains(QStringLiteral("Page 1 of ")), qPrintable(text));
}

void TestMonthlyPdf::longEpisodeTableSpansPages()
{
    const MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 150);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    const ehb::Result<void> written = writeMonthlyPdf(report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const QString info = run(EHB_PDFINFO, {path});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 4, qPrintable(info));

    const QString layout =
        flattened(run(EHB_PDFTOTEXT, {QStringLiteral("-layout"), path, QStringLiteral("-")}));
    // Every row made it, the header row is repeated on each page the table runs over, and the
    // pages are numbered.
    for (int i = 0; i < 150; ++i)
        QVERIFY2(layout.contains(QStringLiteral("eForms %1 ").arg(i)),
                 qPrintable(QString::number(i)));
    QVERIFY(layout.count(QStringLiteral("Service Start End Minutes Reports Installations")) >= 3);
    QVERIFY(layout.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
}

void TestMonthlyPdf::noEpisodes()
{
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    report.episodes.rows.clear();
    report.charts.clear();
    const QString path = m_dir.filePath(QStringLiteral("quiet.pdf"));
    const ehb::Result<void> written = writeMonthlyPdf(report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QString text = flattened(run(EHB_PDFTOTEXT, {path, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("No outage episode this month.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Installations")));
    QVERIFY(!text.contains(QStringLiteral("Charts")));
    QCOMPARE(run(EHB_PDFIMAGES, {QStringLiteral("-list"), path}).trimmed().count(QLatin1Char('\n')),
             1);
}

void TestMonthlyPdf::methodNoteQuotesTheParameters()
{
    const QString english = methodNote(QLocale(QLocale::English));
    for (const QLatin1String expected :
         {QLatin1String("until 30 minutes after it was sent"),
          QLatin1String("less than 15 minutes apart"),
          QLatin1String("at least 3 different installations"),
          QLatin1String("at least 2 different installations overlap"),
          QLatin1String("at least 25 % of the most installations"),
          QLatin1String("more than 12 hours"), QLatin1String("Monday to Friday, 08:00 to 18:00"),
          QLatin1String("target of 99.9 %"), QLatin1String("at most once in 2 years"),
          QLatin1String("\"resolved\" clicks of 2 different installations that come together "
                        "within 3 hours")})
        QVERIFY2(english.contains(expected), qPrintable(expected));
    QVERIFY(english.contains(QLatin1String("it is the least the reports show")));
    QVERIFY(english.contains(QLatin1String("the two stay separate episodes")));
    QCOMPARE(english.count(QLatin1String("\n\n")), 6); // seven paragraphs

    MethodParameters other;
    other.graceMinutes = 45;
    other.minInstallations = 4;
    other.peakFraction = 0;
    other.chanceLevel = 0;
    other.slaTarget = 0.9995;
    const QString french = methodNote(QLocale(QLocale::French, QLocale::Belgium), other);
    for (const QLatin1String expected :
         {QLatin1String("until 45 minutes after"),
          QLatin1String("at least 4 different installations"), QLatin1String("target of 99,95 %")})
        QVERIFY2(french.contains(expected), qPrintable(expected));
    QVERIFY(!french.contains(QLatin1String("most installations")));
    QVERIFY(!french.contains(QLatin1String("by chance")));
    QCOMPARE(french.count(QLatin1String("\n\n")), 5);
    // Without ranges (from an older server), no word of them.
    other.ranges = false;
    const QString without = methodNote(QLocale(QLocale::English), other);
    QVERIFY(!without.contains(QLatin1String("range")));
    QCOMPARE(without.count(QLatin1String("\n\n")), 4);
}

void TestMonthlyPdf::unwritablePath()
{
    QFile plain(m_dir.filePath(QStringLiteral("file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString path = m_dir.filePath(QStringLiteral("file/report.pdf"));
    const ehb::Result<void> written = writeMonthlyPdf(syntheticMarch(QLocale(), 0), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
}

void TestMonthlyPdf::impactSection()
{
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    addImpact(report);
    const QString path = m_dir.filePath(QStringLiteral("impact.pdf"));
    const ehb::Result<void> written = writeMonthlyPdf(report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    // Laid out as printed: a label and its value on one line.
    const QString text =
        flattened(run(EHB_PDFTOTEXT, {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                      QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    for (const QString &expected :
         {QStringLiteral("What it cost"), QStringLiteral("Reports that gave an impact 10 of 26"),
          QStringLiteral("Minutes lost, as reported 4 h 45 min"),
          QStringLiteral("≈ 3 h 45 min (an estimate)"), QStringLiteral("By service"),
          QStringLiteral("The largest episodes by minutes lost"), QStringLiteral("3 h 30 min"),
          QStringLiteral("Estimate: 9 practices without minutes lost × median 25 min."),
          flattened(MethodNote::impactText())})
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String("\n---\n") + text));
    // Before the method note, after the episodes.
    QVERIFY(text.indexOf(QStringLiteral("What it cost")) >
            text.indexOf(QStringLiteral("Outage episodes")));
    QVERIFY(text.indexOf(QStringLiteral("What it cost")) <
            text.lastIndexOf(QStringLiteral("Method")));
    // Two sentences.
    QCOMPARE(MethodNote::impactText().count(QStringLiteral(". ")) + 1, 2);

    // Without impact figures, no section.
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(writeMonthlyPdf(syntheticMarch(QLocale(QLocale::English), 0), plain).ok());
    QVERIFY(!flattened(run(EHB_PDFTOTEXT, {plain, QStringLiteral("-")}))
                 .contains(QStringLiteral("What it cost")));
}

void TestMonthlyPdf::officialSection()
{
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    addImpact(report);
    addOfficial(report);
    const QString path = m_dir.filePath(QStringLiteral("official.pdf"));
    const ehb::Result<void> written = writeMonthlyPdf(report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QString text =
        flattened(run(EHB_PDFTOTEXT, {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                      QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    for (const QString &expected :
         {QStringLiteral("The official record"),
          QStringLiteral("Outage episodes admitted by the official status page 1 of 2"),
          QStringLiteral("Median lag before it admitted one 25 min"),
          QStringLiteral("Minutes of outage never admitted 30 min"),
          QStringLiteral("Outages never admitted"), QStringLiteral("2024-03-20 13:00"),
          QStringLiteral("Official outages that no GP reported"),
          QStringLiteral("Chapter IV 2024-03-12 11:00 Major outage"),
          flattened(MethodNote::officialText(report.locale, 60))})
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String("\n---\n") + text));
    // After what it cost, before the method note; two sentences of method.
    QVERIFY(text.indexOf(QStringLiteral("The official record")) >
            text.indexOf(QStringLiteral("What it cost")));
    QVERIFY(text.indexOf(QStringLiteral("The official record")) <
            text.lastIndexOf(QStringLiteral("Method")));
    QCOMPARE(MethodNote::officialText(report.locale, 60).count(QStringLiteral(". ")) + 1, 2);

    // Nothing to list: said in words.
    report.officialUnadmitted.rows.clear();
    report.officialUnreported.rows.clear();
    const QString empty = m_dir.filePath(QStringLiteral("official-empty.pdf"));
    QVERIFY(writeMonthlyPdf(report, empty).ok());
    const QString emptyText = flattened(run(EHB_PDFTOTEXT, {empty, QStringLiteral("-")}));
    QVERIFY(emptyText.contains(
        QStringLiteral("The official status page admitted every outage episode of this month.")));
    QVERIFY(emptyText.contains(QStringLiteral("None this month.")));
}

void TestMonthlyPdf::sectionsSayWhyTheyAreMissing()
{
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    report.impactProblem = QStringLiteral("the server had a problem (HTTP 500)");
    report.officialProblem = QStringLiteral("this server does not offer it (HTTP 404)");
    const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
    QVERIFY(writeMonthlyPdf(report, path).ok());
    const QString text = flattened(run(EHB_PDFTOTEXT, {path, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("What it cost The impact figures could not be fetched: "
                                          "the server had a problem (HTTP 500)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The official record The official record could not be "
                                          "fetched: this server does not offer it (HTTP 404)")),
             qPrintable(text));
    // And no figures made up in their place.
    QVERIFY(!text.contains(QStringLiteral("By service")));
    QVERIFY(!text.contains(QStringLiteral("Outages never admitted")));
}

QTEST_MAIN(TestMonthlyPdf)
#include "tst_monthlypdf.moc"
