// Exports of the Analysis view, without file dialogs: each chart's picture as PNG (at twice its
// export size, showing what the chart shows), its data as CSV that Excel reads in the user's
// locale, and the monthly PDF report made from the server's answers (text checked with
// pdftotext).
#include "fakestatsserver.h"
#include "net/statsjson.h"
#include "statssamples.h"
#include "ui/analysis/analysisexport.h"
#include "ui/analysis/analysisview.h"
#include "ui/analysis/availabilityview.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/impactchart.h"
#include "ui/analysis/impactview.h"
#include "ui/analysis/monthlyreportmaker.h"
#include "ui/analysis/officiallane.h"
#include "ui/analysis/officialmodel.h"
#include "ui/analysis/officialview.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include "export/methodnote.h"
#include "export/monthlypdf.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ehb;

namespace {

template <typename T> T parsed(Result<T> result)
{
    if (!result)
        qFatal("sample does not parse: %s", qPrintable(result.error()));
    return std::move(result).value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// `locale` as the default and the shipped translation of `language` ("" = English, none)
// installed while it lives.
class Language
{
public:
    Language(const QLocale &locale, const QString &language)
        : m_wanted(!language.isEmpty())
    {
        QLocale::setDefault(locale);
        if (m_wanted && m_translator.load(QStringLiteral(":/i18n/ehealthbugs_%1.qm").arg(language)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~Language()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    Q_DISABLE_COPY_MOVE(Language)
    bool ok() const { return !m_wanted || m_installed; }

private:
    QTranslator m_translator;
    bool m_wanted;
    bool m_installed = false;
};

} // namespace

class TestAnalysisExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pngShowsTheChart();
    void everyPanelSaves();
    void csvForTheLocale();
    void impactCsvForTheLocale_data();
    void impactCsvForTheLocale();
    void officialCsvInEveryLanguage_data();
    void officialCsvInEveryLanguage();
    void suggestedNames();
    void monthlyReportPdf();
    void monthlyReportFromTheView();
    void monthlyReportNamesWhatFailed();
    void monthlyReportSections_data();
    void monthlyReportSections();
    void monthlyReportSaysWhatIsMissing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeStatsServer> m_server;
};

void TestAnalysisExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
}

void TestAnalysisExport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_server = std::make_unique<test::FakeStatsServer>();
    QVERIFY(m_server->start());
    m_server->setJson(QStringLiteral("/api/v1/stats/frequency"), test::samples::frequency());
    m_server->setJson(QStringLiteral("/api/v1/stats/heatmap"), test::samples::heatmap());
    m_server->setJson(QStringLiteral("/api/v1/stats/episodes"), test::samples::episodes());
    m_server->setJson(QStringLiteral("/api/v1/stats/breakdown"), test::samples::breakdown());
    m_server->setJson(QStringLiteral("/api/v1/stats/impact"), test::samples::impact());
    m_server->setJson(QStringLiteral("/api/v1/stats/official"), test::samples::official());
    m_server->setJson(QStringLiteral("/api/v1/official/changes"), test::samples::officialChanges());
}

void TestAnalysisExport::pngShowsTheChart()
{
    HeatmapChart chart;
    chart.setData(parsed(stats::StatsJson::heatmap(test::samples::heatmap())));
    const QString path = m_dir.filePath(QStringLiteral("heatmap.png"));
    const Result<void> saved = AnalysisExport::savePng(chart, path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), chart.exportSize() * 2);
    // Twice the pixels: the chart's geometry at the export size, scaled by 2.
    const QRectF area(QPointF(0, 0), QSizeF(chart.exportSize()));
    const QPoint monday9 = (chart.cellRect(0, 9, area).center() * 2).toPoint();
    QCOMPARE(image.pixelColor(monday9).rgb(), chart.colorFor(40).rgb());
    const QPoint sunday23 = (chart.cellRect(6, 23, area).center() * 2).toPoint();
    QCOMPARE(image.pixelColor(sunday23).rgb(), chart.colorFor(20).rgb());
}

void TestAnalysisExport::everyPanelSaves()
{
    AnalysisView view;
    view.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy refreshed(&view, &AnalysisView::refreshed);
    view.refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(view.exportables().size(), 10);
    for (Exportable *item : view.exportables()) {
        const QString png = m_dir.filePath(item->fileStem() + QStringLiteral(".png"));
        const QString csv = m_dir.filePath(item->fileStem() + QStringLiteral(".csv"));
        const Result<void> image = AnalysisExport::savePng(*item, png);
        QVERIFY2(image.ok(), qPrintable(image.error()));
        const Result<void> data = AnalysisExport::saveCsv(*item, csv);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QImage loaded;
        QVERIFY2(loaded.load(png, "PNG"), qPrintable(png));
        QCOMPARE(loaded.size(), item->exportSize() * 2);
        const QByteArray text = readAll(csv);
        QVERIFY(text.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM: Excel reads it as UTF-8
        const qsizetype lines = text.count("\r\n");
        QCOMPARE(lines, item->exportTable().rows.size() + 1);
    }
}

void TestAnalysisExport::csvForTheLocale()
{
    AvailabilityView view;
    view.setData(parsed(stats::StatsJson::episodes(test::samples::episodes())));
    const QString english = m_dir.filePath(QStringLiteral("availability-en.csv"));
    QVERIFY(AnalysisExport::saveCsv(view, english, QLocale(QLocale::English)).ok());
    const QList<QByteArray> enLines = readAll(english).mid(3).split('\n');
    QCOMPARE(enLines.at(0).trimmed(),
             QByteArrayLiteral("Service,Service id,Episodes,Downtime (minutes),\"Downtime, low "
                               "(minutes)\",\"Downtime, high (minutes)\",Availability (%),"
                               "\"Downtime, working hours (minutes)\",\"Downtime, working hours, "
                               "low (minutes)\",\"Downtime, working hours, high (minutes)\","
                               "\"Availability, working hours (%)\",SLA target (%),SLA met"));
    QVERIFY2(enLines.at(2).startsWith(
                 "Recip-e (electronic prescription),recip-e,1,60,45,67,99.8654,60,45,67,"),
             enLines.at(2).constData());
    // French (Belgium): ';' between fields and a decimal comma, as Excel expects there.
    const QString french = m_dir.filePath(QStringLiteral("availability-fr.csv"));
    QVERIFY(AnalysisExport::saveCsv(view, french, QLocale(QLocale::French, QLocale::Belgium)).ok());
    const QList<QByteArray> frLines = readAll(french).mid(3).split('\n');
    QVERIFY2(frLines.at(2).startsWith(
                 "Recip-e (electronic prescription);recip-e;1;60;45;67;99,8654;60;45;67;"),
             frLines.at(2).constData());

    // The episodes: the minutes' range and the edges' ranges in local time, Excel-ready.
    TimelineChart timeline;
    timeline.setData(parsed(stats::StatsJson::episodes(test::samples::episodes())));
    const QString episodes = m_dir.filePath(QStringLiteral("episodes-fr.csv"));
    QVERIFY(AnalysisExport::saveCsv(timeline, episodes, QLocale(QLocale::French, QLocale::Belgium))
                .ok());
    const QList<QByteArray> episodeLines = readAll(episodes).mid(3).split('\n');
    QCOMPARE(episodeLines.at(0).trimmed(),
             QByteArrayLiteral("Service;Service id;Start;End;Minutes;Minutes, low;Minutes, high;"
                               "Start, earliest;Start, latest;End, earliest;End, latest;Reports;"
                               "Practices"));
    QCOMPARE(episodeLines.at(1).trimmed(),
             QByteArrayLiteral("Recip-e (electronic prescription);recip-e;2025-03-05 09:00;"
                               "2025-03-05 10:00;60;45;67;2025-03-05 08:55;2025-03-05 09:05;"
                               "2025-03-05 09:50;2025-03-05 10:02;17;12"));
}

void TestAnalysisExport::impactCsvForTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("recipe");
    QTest::addColumn<QByteArray>("totals");
    // Excel in fr, nl and de reads ';' between fields and a decimal comma; English ','.
    const QByteArray recipe = "Recip-e (electronic prescription);recip-e;20;8;14;240;8;30;6;180;"
                              "40;5;1;4;2;1;90;360;270";
    const QByteArray totals = "All services;;26;10;19;285;10;25;9;225;46;4;1;6;2;1;90;427,5;337,5";
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::Belgium) << recipe << totals;
    QTest::newRow("nl") << QLocale(QLocale::Dutch, QLocale::Belgium) << recipe << totals;
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Belgium) << recipe << totals;
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << QByteArray(recipe).replace(';', ',').replace("tion),", "tion),")
                        << QByteArray(
                               "All services,,26,10,19,285,10,25,9,225,46,4,1,6,2,1,90,427.5,"
                               "337.5");
}

void TestAnalysisExport::impactCsvForTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, recipe);
    QFETCH(QByteArray, totals);
    ImpactView view;
    view.setData(parsed(stats::StatsJson::impact(test::samples::impact())));
    const QString path = m_dir.filePath(QStringLiteral("impact-%1.csv").arg(locale.name()));
    QVERIFY(AnalysisExport::saveCsv(view, path, locale).ok());
    const QByteArray text = readAll(path);
    QVERIFY(text.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = text.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, two services, totals, and the final line end
    QVERIFY2(lines.at(0).startsWith(locale.language() == QLocale::English
                                        ? "Service,Service id,Reports,Reports with an impact,"
                                        : "Service;Service id;Reports;Reports with an impact;"),
             lines.at(0).constData());
    QVERIFY2(lines.at(0).contains("estimate for practices without"), lines.at(0).constData());
    QCOMPARE(lines.at(1).trimmed(), recipe);
    QCOMPARE(lines.at(3).trimmed(), totals);
    // The eHealthBox's half minutes keep their decimal, with the locale's separator.
    QVERIFY2(lines.at(2).contains(locale.language() == QLocale::English ? ",22.5," : ";22,5;"),
             lines.at(2).constData());

    // The chart's CSV: reported and estimated apart.
    ImpactChart chart;
    chart.setData(parsed(stats::StatsJson::impact(test::samples::impact())));
    const DataTable table = chart.exportTable();
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(2).toDouble(), 240.0);
    QCOMPARE(table.rows.at(0).at(3).toDouble(), 180.0);
}

void TestAnalysisExport::suggestedNames()
{
    FrequencyChart chart;
    stats::Query query = MonthlyReportMaker::monthQuery(QDate(2025, 3, 14));
    QCOMPARE(AnalysisExport::suggestedName(chart, query, QStringLiteral("png")),
             QStringLiteral("frequency_2025-03-01_2025-03-31.png"));
}

void TestAnalysisExport::monthlyReportPdf()
{
    MonthlyReportMaker maker;
    maker.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy finished(&maker, &MonthlyReportMaker::finished);
    const QString path = m_dir.filePath(QStringLiteral("march.pdf"));
    maker.start(QDate(2025, 3, 20), path);
    QVERIFY(maker.isBusy());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    // It asked for the whole of March in Brussels, with day buckets.
    for (const auto &request : m_server->requests()) {
        // The official change log from its beginning (for the timeline's lanes).
        const bool log = request.path.endsWith(QLatin1String("/official/changes"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("from")),
                 log ? QStringLiteral("2000-01-01") : QStringLiteral("2025-03-01"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("to")), QStringLiteral("2025-04-01"));
    }
    QVERIFY(readAll(path).startsWith("%PDF"));
    if (!qEnvironmentVariableIsEmpty("EHB_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("EHB_KEEP_PDF"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("March 2025")), qPrintable(text.left(2000)));
    for (const char *expected :
         {"Reports", "Outage episodes", "Services below the SLA target", "1 of 14", "90 min, 48–97",
          "60 min, 45–67", "30 min, 3–30", "A length in minutes is followed by its range",
          "from the shortest to the longest the reports allow", "Least available service",
          "Reports per day", "Reports by weekday and hour", "Top symptoms", "Reports by province",
          "Recip-e (electronic prescription)", "99.8654", "eHealthBox"}) {
        // Words, whatever the lines they were laid out on.
        QVERIFY2(text.simplified().contains(QString::fromUtf8(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                .arg(QString::fromUtf8(expected), text.left(3000))));
    }
}

void TestAnalysisExport::monthlyReportFromTheView()
{
    // In the interface's language: here French (Belgium) for dates and numbers.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    AnalysisView view;
    view.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy finished(&view, &AnalysisView::monthlyReportFinished);
    const QString path = m_dir.filePath(QStringLiteral("mars.pdf"));
    view.saveMonthlyReport(QDate(2025, 3, 1), path);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("mars 2025")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QLatin1String("99,8654")), qPrintable(text.left(3000)));
}

void TestAnalysisExport::monthlyReportNamesWhatFailed()
{
    m_server->setError(QStringLiteral("/api/v1/stats/episodes"), 401, QStringLiteral("No."));
    MonthlyReportMaker maker;
    maker.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy finished(&maker, &MonthlyReportMaker::finished);
    const QString path = m_dir.filePath(QStringLiteral("never.pdf"));
    maker.start(QDate(2025, 3, 1), path);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QVERIFY(finished.constFirst().at(1).toString().contains(
        QLatin1String("the staff token was refused")));
    QVERIFY(!QFile::exists(path));
}

void TestAnalysisExport::monthlyReportSections_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language"); // the shipped translation to install; "" = English
    QTest::addColumn<QString>("money");    // the reported value as the locale prints it
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QString()
                        << QStringLiteral("€427.50");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::Belgium) << QStringLiteral("fr")
                        << QStringLiteral("427,50 €");
    QTest::newRow("nl") << QLocale(QLocale::Dutch, QLocale::Belgium) << QStringLiteral("nl")
                        << QStringLiteral("€ 427,50");
}

void TestAnalysisExport::monthlyReportSections()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QFETCH(QString, money);
    const Language installed(locale, language);
    QVERIFY(installed.ok());
    MonthlyReportMaker maker;
    maker.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy finished(&maker, &MonthlyReportMaker::finished);
    const QString path = m_dir.filePath(QStringLiteral("impact-%1.pdf").arg(locale.name()));
    maker.start(QDate(2025, 3, 1), path);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    if (!qEnvironmentVariableIsEmpty("EHB_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("EHB_KEEP_PDF") + QLatin1Char('/') +
                              QFileInfo(path).fileName());
    // Ligatures ("ﬃ" in "official") spelled out.
    const QString text = pdfText(path)
                             .normalized(QString::NormalizationForm_KC)
                             .simplified()
                             .replace(QChar(0x202F), QLatin1Char(' '))
                             .replace(QChar(0x00A0), QLatin1Char(' '));
    const auto flat = [](QString words) {
        return words.replace(QChar(0x202F), QLatin1Char(' '))
            .replace(QChar(0x00A0), QLatin1Char(' '))
            .simplified();
    };
    // The section's words in the report's language, the figures in its locale.
    const QString heading = exporting::MonthlyPdf::tr("What it cost");
    if (!language.isEmpty())
        QVERIFY2(heading != QLatin1String("What it cost"), qPrintable(heading));
    for (const QString &expected :
         {heading, exporting::MonthlyPdf::tr("The largest episodes by minutes lost"),
          MonthlyReportMaker::tr("Minutes lost, as reported"),
          // 285 min in all, 210 min in the largest episode, in the language's units.
          ChartStyle::duration(285), ChartStyle::duration(210), flat(money),
          flat(exporting::MethodNote::impactText()).left(60),
          // The official record: one of two admitted, the unreported Chapter IV outage.
          exporting::MonthlyPdf::tr("The official record"),
          MonthlyReportMaker::tr("Outage episodes admitted by the official status page"),
          MonthlyReportMaker::tr("%1 of %2").arg(QStringLiteral("1"), QStringLiteral("2")),
          exporting::MonthlyPdf::tr("Outages never admitted"),
          exporting::MonthlyPdf::tr("Official outages that no GP reported"),
          ChartStyle::serviceName(QStringLiteral("chapter-iv"), true),
          OfficialLane::name(OfficialLane::Status::Major)})
        QVERIFY2(text.contains(flat(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
}

void TestAnalysisExport::monthlyReportSaysWhatIsMissing()
{
    // A server without the impact figures or the official record still gets its report; the
    // two sections say why they have no figures.
    m_server->setError(QStringLiteral("/api/v1/stats/impact"), 404, QStringLiteral("Not here."));
    m_server->setError(QStringLiteral("/api/v1/stats/official"), 500, QStringLiteral("Disk full."));
    MonthlyReportMaker maker;
    maker.setServer(m_server->url(), QStringLiteral("tok"));
    QSignalSpy finished(&maker, &MonthlyReportMaker::finished);
    const QString path = m_dir.filePath(QStringLiteral("no-impact.pdf"));
    maker.start(QDate(2025, 3, 1), path);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    const QString text = pdfText(path).normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY(text.contains(QLatin1String("Outage episodes")));
    QVERIFY2(text.contains(QLatin1String(
                 "What it cost The impact figures could not be fetched: Could not load what the "
                 "outages cost: this server does not offer it (HTTP 404)")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(
                 "The official record The official record could not be fetched: Could not load "
                 "the official status page's record beside the episodes: the server had a "
                 "problem (HTTP 500): Disk full.")),
             qPrintable(text));
}

void TestAnalysisExport::officialCsvInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language"); // the shipped translation to install; "" = English
    QTest::addColumn<QByteArray>("unreported");
    // Excel in fr, nl and de reads ';' between fields and a decimal comma; English ','.
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QString()
                        << QByteArray(",chapter-iv,2025-03-12 11:00,2025-03-12 12:30,90,");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::Belgium) << QStringLiteral("fr")
                        << QByteArray(";chapter-iv;2025-03-12 11:00;2025-03-12 12:30;90;");
    QTest::newRow("nl") << QLocale(QLocale::Dutch, QLocale::Belgium) << QStringLiteral("nl")
                        << QByteArray(";chapter-iv;2025-03-12 11:00;2025-03-12 12:30;90;");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Belgium) << QStringLiteral("de")
                        << QByteArray(";chapter-iv;2025-03-12 11:00;2025-03-12 12:30;90;");
}

void TestAnalysisExport::officialCsvInEveryLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QFETCH(QByteArray, unreported);
    const Language installed(locale, language);
    QVERIFY(installed.ok());
    OfficialView view;
    view.setData(parsed(stats::StatsJson::official(test::samples::official())));
    const QString path = m_dir.filePath(QStringLiteral("official-%1.csv").arg(locale.name()));
    QVERIFY(AnalysisExport::saveCsv(view, path, locale).ok());
    const QByteArray text = readAll(path);
    QVERIFY(text.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = text.mid(3).split('\n');
    // Header, two episodes, three services and all, the unreported outage, the final line end.
    QCOMPARE(lines.size(), 9);
    const QString header = QString::fromUtf8(lines.at(0)).trimmed();
    const QChar separator = locale.language() == QLocale::English ? u',' : u';';
    const QString admittedAt = OfficialModel::tr("Admitted at");
    if (!language.isEmpty())
        QVERIFY2(admittedAt != QLatin1String("Admitted at"), qPrintable(admittedAt));
    QVERIFY2(header.split(separator).contains(admittedAt), qPrintable(header));
    // Recip-e: admitted 25 min late, the status page's end 40 min after the GPs'.
    const QString recipe = QString::fromUtf8(lines.at(1));
    const QString s(separator);
    QVERIFY2(recipe.contains(s + QStringLiteral("recip-e") + s +
                             QStringLiteral("2025-03-05 09:00") + s +
                             QStringLiteral("2025-03-05 10:00") + s + QStringLiteral("60") + s +
                             OfficialLane::name(OfficialLane::Status::Partial) + s +
                             QStringLiteral("2025-03-05 09:25") + s + QStringLiteral("25") + s +
                             QStringLiteral("2025-03-05 10:40") + s + QStringLiteral("40")),
             qPrintable(recipe));
    QVERIFY2(lines.at(7).contains(unreported), lines.at(7).constData());
    QVERIFY2(lines.at(7).startsWith(OfficialModel::tr("Official outage no GP reported").toUtf8()),
             lines.at(7).constData());

    // The picture: the three tables, as tall as their rows.
    const QImage image = view.exportImage(view.exportSize(), 1);
    QCOMPARE(image.size(), view.exportSize());
}

QTEST_MAIN(TestAnalysisExport)
#include "tst_analysisexport.moc"
