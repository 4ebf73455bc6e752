// The Analysis tab in the desktop program: there only with a staff token, filled by one refresh
// that asks everything at once without blocking the window, showing progress, dropping the
// answers of an older question, and naming what failed.
#include "client/clientsettings.h"
#include "core/timeutil.h"
#include "fakestatsserver.h"
#include "memorysecretstore.h"
#include "net/statsclient.h"
#include "statssamples.h"
#include "ui/analysis/analysisfilters.h"
#include "ui/analysis/analysisview.h"
#include "ui/analysis/availabilitymodel.h"
#include "ui/analysis/availabilityview.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/impactchart.h"
#include "ui/analysis/impactepisodesmodel.h"
#include "ui/analysis/impactmodel.h"
#include "ui/analysis/impactview.h"
#include "ui/analysis/officialmodel.h"
#include "ui/analysis/officialview.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ehb;

class TestAnalysisView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabOnlyWithAStaffToken();
    void refreshFillsEveryChart();
    void refreshNeverBlocksTheWindow();
    void presetsAskForTheirPeriod_data();
    void presetsAskForTheirPeriod();
    void newQuestionDropsOldAnswers();
    void refusedTokenIsNamed();
    void controlsHaveNamesAndMnemonics();
    void impactPanelShowsTheFigures();
    void impactWithoutMoneyOrReports();

private:
    void serveAll(int delayMs = 0);
    AnalysisView *openAnalysis();

    QHash<QString, QString> m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeStatsServer> m_server;
    std::unique_ptr<DesktopApp> m_app;
};

namespace {

// Thursday 17 April 2025, 10:30 in Brussels (08:30 UTC).
QDateTime fixedClock()
{
    return utcDateTime(QDate(2025, 4, 17), QTime(8, 30));
}

} // namespace

void TestAnalysisView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_analysisview"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAnalysisView::init()
{
    m_keychain.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::FakeStatsServer>();
    QVERIFY(m_server->start());
    auto settings = std::make_unique<ClientSettings>(m_dir->path());
    settings->setSecretStore(std::make_unique<test::MemorySecretStore>(true, &m_keychain));
    settings->setServerUrl(m_server->url());
    auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
}

void TestAnalysisView::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_dir.reset();
}

void TestAnalysisView::serveAll(int delayMs)
{
    m_server->setJson(QStringLiteral("/api/v1/stats/frequency"), test::samples::frequency(),
                      delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/heatmap"), test::samples::heatmap(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/episodes"), test::samples::episodes(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/breakdown"), test::samples::breakdown(),
                      delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/impact"), test::samples::impact(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/stats/official"), test::samples::official(), delayMs);
    m_server->setJson(QStringLiteral("/api/v1/official/changes"), test::samples::officialChanges(),
                      delayMs);
}

// Sets a staff token as the Settings dialog would, and returns the Analysis view, not shown yet.
AnalysisView *TestAnalysisView::openAnalysis()
{
    if (!m_app->settings().setStaffToken(QStringLiteral("tok-1")).ok())
        return nullptr;
    Q_EMIT m_app->mainWindow().settingsChanged();
    AnalysisView *view = m_app->mainWindow().analysisView();
    if (view)
        view->setClock(fixedClock);
    return view;
}

void TestAnalysisView::tabOnlyWithAStaffToken()
{
    QTabWidget *tabs = m_app->mainWindow().tabs();
    QCOMPARE(tabs->count(), 2);
    QVERIFY(!m_app->mainWindow().analysisView());

    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(2), view);
    QCOMPARE(tabs->tabText(2), QStringLiteral("&Analysis"));
    // The token went to the keychain, not to the settings file.
    QCOMPARE(m_keychain.value(QStringLiteral("staff-token")), QStringLiteral("tok-1"));
    QFile ini(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("tok-1"));

    // Nothing is asked before the tab is looked at.
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/stats/heatmap")), 0);
    tabs->setCurrentWidget(view);
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/api/v1/stats/heatmap")), 1);
    QCOMPARE(m_server->requests().constLast().authorization, QByteArrayLiteral("Bearer tok-1"));

    // The token removed: the tab goes.
    QVERIFY(m_app->settings().setStaffToken({}).ok());
    Q_EMIT m_app->mainWindow().settingsChanged();
    QCOMPARE(tabs->count(), 2);
    QVERIFY(!m_app->mainWindow().analysisView());
    QVERIFY(m_keychain.isEmpty());
}

void TestAnalysisView::refreshFillsEveryChart()
{
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.constFirst().constFirst().toInt(), 0);
    QVERIFY(view->problems().isEmpty());

    QVERIFY(!view->frequencyChart()->isEmpty());
    QCOMPARE(view->frequencyChart()->data().services.size(), 2);
    QCOMPARE(view->heatmapChart()->maximum(), 40);
    QCOMPARE(view->timelineChart()->data().episodes.size(), 2);
    QCOMPARE(view->availabilityView()->model()->rowCount(), 14);
    QCOMPARE(view->symptomsChart()->counts().size(), 3);
    QCOMPARE(view->softwareChart()->counts().size(), 3);
    QCOMPARE(view->provincesChart()->counts().size(), 12);
    auto *summary = view->findChild<QLabel *>(QStringLiteral("analysisSummary"));
    QVERIFY(summary->isVisible());
    // The downtime with its range: 60 min (45–67) of Recip-e and 30 min (3–30) of the eHealthBox.
    QCOMPARE(summary->text(), QStringLiteral("100 report(s) · 2 outage episode(s) · 90 min "
                                             "(48–97) of downtime in all · 1 of 14 services "
                                             "below the SLA target of 99.9 %"));
    QCOMPARE(summary->toolTip(),
             QStringLiteral("The range runs from the shortest to the longest the reports "
                            "allow; the shortest is the least they show."));
    QVERIFY(!view->findChild<QProgressBar *>(QStringLiteral("analysisProgress"))->isVisible());
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("analysisProblems"))->isVisible());
    // Every panel has its two export buttons, named for screen readers.
    QCOMPARE(view->panels().size(), 10);
    for (const QString &stem :
         {QStringLiteral("frequency"), QStringLiteral("heatmap"), QStringLiteral("availability"),
          QStringLiteral("episodes"), QStringLiteral("impact"), QStringLiteral("minutes-lost"),
          QStringLiteral("official"), QStringLiteral("symptoms"), QStringLiteral("software"),
          QStringLiteral("provinces")}) {
        auto *png = view->findChild<QAbstractButton *>(stem + QStringLiteral("PngButton"));
        auto *csv = view->findChild<QAbstractButton *>(stem + QStringLiteral("CsvButton"));
        QVERIFY2(png && csv, qPrintable(stem));
        QVERIFY(png->accessibleName().startsWith(QStringLiteral("Save “")));
    }
}

void TestAnalysisView::refreshNeverBlocksTheWindow()
{
    // Every answer takes 600 ms: the window keeps handling events meanwhile.
    serveAll(600);
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    QTRY_COMPARE(refreshed.size(), 1); // the first look's refresh

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    view->refresh();
    const qint64 returnedAfter = clock.elapsed();
    QVERIFY2(returnedAfter < 100, qPrintable(QString::number(returnedAfter)));
    auto *progress = view->findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
    auto *status = view->findChild<QLabel *>(QStringLiteral("analysisStatus"));
    QVERIFY(view->isLoading());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 7);
    QCOMPARE(progress->value(), 0);
    QVERIFY2(status->text().startsWith(QLatin1String("Loading ")), qPrintable(status->text()));
    QVERIFY(status->text().endsWith(QLatin1String("(0 of 7 answers)")));
    QTRY_COMPARE(refreshed.size(), 2);
    // The event loop ran all along: the 10 ms timer ticked through the 600 ms wait.
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QVERIFY(clock.elapsed() >= 550);
    QVERIFY(!progress->isVisible());
    QVERIFY(!view->isLoading());
}

void TestAnalysisView::presetsAskForTheirPeriod_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("bucket");
    // Now is Thursday 17 April 2025, 10:30 in Brussels.
    QTest::newRow("last 7 days") << int(AnalysisFilters::Preset::Last7Days)
                                 << QStringLiteral("2025-04-11")
                                 << QStringLiteral("2025-04-17T08:30:00Z") << QStringLiteral("day");
    QTest::newRow("last month") << int(AnalysisFilters::Preset::LastMonth)
                                << QStringLiteral("2025-03-01") << QStringLiteral("2025-04-01")
                                << QStringLiteral("day");
    QTest::newRow("this year") << int(AnalysisFilters::Preset::ThisYear)
                               << QStringLiteral("2025-01-01")
                               << QStringLiteral("2025-04-17T08:30:00Z") << QStringLiteral("week");
}

void TestAnalysisView::presetsAskForTheirPeriod()
{
    QFETCH(int, preset);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, bucket);
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);
    const qsizetype before = m_server->requests().size();
    view->filters()->setPreset(AnalysisFilters::Preset(preset));
    view->filters()->setService(QStringLiteral("recip-e"));
    view->refresh();
    QTRY_COMPARE(refreshed.size(), 2);
    const QList<test::FakeStatsServer::Request> requests = m_server->requests().mid(before);
    QCOMPARE(requests.size(), 7);
    for (const auto &request : requests) {
        // The official change log is asked from its beginning.
        const bool log = request.path.endsWith(QLatin1String("/official/changes"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("from")),
                 log ? QStringLiteral("2000-01-01") : from);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("to")), to);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("service")),
                 QStringLiteral("recip-e"));
        if (request.path.endsWith(QLatin1String("frequency")))
            QCOMPARE(request.query.queryItemValue(QStringLiteral("bucket")), bucket);
    }
    // The date fields show the preset's first and last day.
    QCOMPARE(view->findChild<QDateEdit *>(QStringLiteral("periodFrom"))->date(),
             QDate::fromString(from.left(10), Qt::ISODate));
}

void TestAnalysisView::newQuestionDropsOldAnswers()
{
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);

    // A slow question about days, then, before it is answered, one about weeks.
    // Slow enough that the next question comes first even on a busy machine.
    serveAll(2000);
    view->filters()->setBucket(QStringLiteral("day"));
    view->refresh();
    const QString frequency = QStringLiteral("/api/v1/stats/frequency");
    QTRY_COMPARE(m_server->requestCount(frequency), 2);
    QByteArray weeks = test::samples::frequency();
    weeks.replace("\"bucket\":\"day\"", "\"bucket\":\"week\"");
    serveAll();
    m_server->setJson(QStringLiteral("/api/v1/stats/frequency"), weeks);
    auto *bucketChoice = view->findChild<QComboBox *>(QStringLiteral("bucketChoice"));
    bucketChoice->setCurrentIndex(bucketChoice->findData(QStringLiteral("week")));
    // The filter change asks again by itself, after a short pause.
    QTRY_COMPARE(m_server->requestCount(frequency), 3);
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(view->frequencyChart()->data().bucket, QStringLiteral("week"));
    QCOMPARE(view->frequencyChart()->caption(), QStringLiteral("Reports per week"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("frequencyTitle"))->text(),
             QStringLiteral("Reports per week"));
    // The slow answers were cut off and never drawn. How many reached the server before the
    // cut depends on the machine's load (QNetworkAccessManager sends six at once to a host), so
    // the test waits until the slowest would have come and checks that none was drawn.
    QTRY_VERIFY(m_server->answersDropped() >= 1);
    QTest::qWait(2500);
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(view->frequencyChart()->data().bucket, QStringLiteral("week"));
}

void TestAnalysisView::refusedTokenIsNamed()
{
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!view->heatmapChart()->isEmpty());

    for (const QString &path :
         {QStringLiteral("/api/v1/stats/frequency"), QStringLiteral("/api/v1/stats/heatmap"),
          QStringLiteral("/api/v1/stats/episodes"), QStringLiteral("/api/v1/stats/breakdown"),
          QStringLiteral("/api/v1/stats/impact"), QStringLiteral("/api/v1/stats/official"),
          QStringLiteral("/api/v1/official/changes")})
        m_server->setError(path, 401, QStringLiteral("Unknown token."));
    view->refresh();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(refreshed.constLast().constFirst().toInt(), 7);
    auto *problems = view->findChild<QLabel *>(QStringLiteral("analysisProblems"));
    QVERIFY(problems->isVisible());
    QCOMPARE(view->problems().size(), 7);
    QVERIFY(problems->text().contains(
        QLatin1String("Could not load the weekday and hour heatmap: the staff token was refused. "
                      "Check it in Settings.")));
    // No figures of the earlier question are left to be mistaken for this one's.
    QVERIFY(view->heatmapChart()->isEmpty());
    QVERIFY(view->frequencyChart()->isEmpty());
    QVERIFY(view->timelineChart()->isEmpty());
    QCOMPARE(view->availabilityView()->model()->rowCount(), 0);
    QVERIFY(view->provincesChart()->isEmpty());
    QCOMPARE(view->impactView()->model()->rowCount(), 0);
    QVERIFY(view->impactChart()->isEmpty());
    QCOMPARE(view->officialView()->episodesModel()->rowCount(), 0);
    QVERIFY(!view->timelineChart()->hasOfficialLane());
}

void TestAnalysisView::impactPanelShowsTheFigures()
{
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(view->problems().isEmpty());

    const ImpactModel *model = view->impactView()->model();
    // Recip-e and the eHealthBox had reports, then the totals.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(ImpactModel::ColumnCount)); // money: an hourly value
    const auto cell = [model](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    QCOMPARE(cell(0, ImpactModel::ServiceColumn), QStringLiteral("Recip-e"));
    QCOMPARE(cell(0, ImpactModel::ReportsColumn), QStringLiteral("20"));
    QCOMPARE(cell(0, ImpactModel::WithImpactColumn), QStringLiteral("8"));
    QCOMPARE(cell(0, ImpactModel::PracticesColumn), QStringLiteral("14"));
    QCOMPARE(cell(0, ImpactModel::MinutesReportedColumn), QStringLiteral("4 h 0 min"));
    QCOMPARE(cell(0, ImpactModel::MedianColumn), QStringLiteral("30 min"));
    QCOMPARE(cell(0, ImpactModel::EstimatedColumn), QStringLiteral("≈ 3 h 0 min"));
    QCOMPARE(cell(0, ImpactModel::PatientsColumn), QStringLiteral("40"));
    QCOMPARE(cell(0, ImpactModel::FallbackColumn),
             QStringLiteral("No fallback 1 · Paper 4 · Done later 2 · Other 1"));
    QCOMPARE(cell(0, ImpactModel::ValueColumn), QStringLiteral("€360.00 (+ €270.00 estimated)"));
    QCOMPARE(model->data(model->index(0, ImpactModel::EstimatedColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("Estimate: 6 practice(s) without minutes lost × median 30 min per "
                            "report (of 8 reports) = 3 h 0 min."));
    QCOMPARE(cell(1, ImpactModel::MedianColumn), QStringLiteral("23 min")); // 22.5, to the minute
    QCOMPARE(cell(2, ImpactModel::ServiceColumn), QStringLiteral("All services"));
    // Each episode's cost, most minutes lost first.
    const ImpactEpisodesModel *costs = view->impactView()->episodesModel();
    QCOMPARE(costs->rowCount(), 2);
    const auto episodeCell = [costs](int row, int column) {
        return costs->data(costs->index(row, column)).toString();
    };
    QCOMPARE(episodeCell(0, ImpactEpisodesModel::ServiceColumn), QStringLiteral("Recip-e"));
    QCOMPARE(episodeCell(0, ImpactEpisodesModel::MinutesReportedColumn),
             QStringLiteral("3 h 30 min"));
    QCOMPARE(episodeCell(0, ImpactEpisodesModel::EstimatedColumn), QStringLiteral("≈ 2 h 30 min"));
    QCOMPARE(episodeCell(0, ImpactEpisodesModel::PracticesColumn), QStringLiteral("12"));
    QCOMPARE(episodeCell(0, ImpactEpisodesModel::PatientsColumn), QStringLiteral("35"));
    QCOMPARE(episodeCell(1, ImpactEpisodesModel::ServiceColumn), QStringLiteral("eHealthBox"));
    QCOMPARE(episodeCell(1, ImpactEpisodesModel::MinutesReportedColumn), QStringLiteral("45 min"));
    QVERIFY(!episodeCell(0, ImpactEpisodesModel::StartColumn).isEmpty());
    QCOMPARE(cell(2, ImpactModel::MinutesReportedColumn), QStringLiteral("4 h 45 min"));
    QCOMPARE(cell(2, ImpactModel::EstimatedColumn), QStringLiteral("≈ 3 h 45 min"));
    QCOMPARE(view->impactView()->summary()->text(),
             QStringLiteral("4 h 45 min lost as reported by 10 of 26 report(s); 46 patients "
                            "affected.\nEstimate: 9 practice(s) without minutes lost × median "
                            "25 min per report (of 10 reports) = 3 h 45 min.\nMoney values at "
                            "€90.00 per hour, the value set by the server's operator. Reported: "
                            "€427.50 (+ €337.50 estimated)."));

    // The chart: reported and estimated bars side by side, the estimate after the reported.
    const ImpactChart *chart = view->impactChart();
    QCOMPARE(chart->rows().size(), 2);
    const QRectF area(0, 0, 900, 200);
    const QRectF reported = chart->reportedRect(0, area);
    const QRectF estimated = chart->estimatedRect(0, area);
    QVERIFY(reported.width() > 0);
    QCOMPARE(estimated.left(), reported.right());
    QVERIFY(qAbs(estimated.width() / reported.width() - 180.0 / 240.0) < 1e-9);

    // The episodes' CSV carries each episode's minutes lost, matched by service and start.
    const DataTable episodes = view->timelineChart()->exportTable();
    const qsizetype column = episodes.headers.indexOf(QStringLiteral("Minutes lost, reported"));
    QVERIFY(column > 0);
    QCOMPARE(episodes.rows.at(0).at(column).toDouble(), 210.0);
    QCOMPARE(episodes.rows.at(1).at(column).toDouble(), 45.0);
    QCOMPARE(episodes.rows.at(0).at(column + 2).toDouble(), 150.0);
    // And the episode's tooltip says it.
    const QRectF timelineArea(0, 0, 900, 300);
    const QString tip = view->timelineChart()->toolTipAt(
        view->timelineChart()->episodeRect(0, timelineArea).center(), timelineArea);
    QVERIFY2(tip.contains(QStringLiteral("Minutes lost: 3 h 30 min reported by 7 report(s), ≈ 2 h "
                                         "30 min more estimated for 5 practice(s) that gave none")),
             qPrintable(tip));

    // A picture of the panel for a person to look at, when asked for.
    const QString shots = qEnvironmentVariable("EHB_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QWidget *panel = view->impactView()->parentWidget();
        view->resize(1200, 900);
        panel->grab().save(shots + QStringLiteral("/impact-panel.png"));
        view->impactChart()->parentWidget()->grab().save(shots +
                                                         QStringLiteral("/impact-chart.png"));
    }
}

void TestAnalysisView::impactWithoutMoneyOrReports()
{
    serveAll();
    m_server->setJson(QStringLiteral("/api/v1/stats/impact"), test::samples::impact(false));
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    QTRY_COMPARE(refreshed.size(), 1);
    const ImpactModel *model = view->impactView()->model();
    // No hourly value: no money column, and the summary says nothing of money.
    QCOMPARE(model->columnCount(), int(ImpactModel::ColumnCount) - 1);
    QVERIFY(!view->impactView()->summary()->text().contains(QStringLiteral("€")));
    QVERIFY(view->impactView()->summary()->text().contains(QStringLiteral("4 h 45 min")));
    QVERIFY(!view->impactView()->exportTable().headers.contains(
        QStringLiteral("Value lost, reported (EUR)")));
}

void TestAnalysisView::controlsHaveNamesAndMnemonics()
{
    serveAll();
    AnalysisView *view = openAnalysis();
    QVERIFY(view);
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    const auto interactive = [](const QWidget *widget) {
        return qobject_cast<const QAbstractButton *>(widget) ||
               qobject_cast<const QComboBox *>(widget) ||
               qobject_cast<const QAbstractSpinBox *>(widget) ||
               qobject_cast<const QAbstractItemView *>(widget) ||
               qobject_cast<const QLineEdit *>(widget);
    };
    int checked = 0;
    QStringList unnamed;
    const QList<QWidget *> widgets = view->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!interactive(widget) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        bool part = false; // a spin box's line edit, a table's corner button
        for (const QWidget *parent = widget->parentWidget(); parent && parent != view;
             parent = parent->parentWidget())
            part = part || interactive(parent);
        if (part)
            continue;
        ++checked;
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char(' ') + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(checked >= 20); // filters, refresh, report button, 14 export buttons, table

    // Every label naming a control gives it a keyboard shortcut, and no letter is taken twice
    // in the window while the tab is shown (menus, tabs, and the tab's own labels and buttons).
    QStringList letters;
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (const QLabel *label : view->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        QVERIFY2(!mnemonic(label->text()).isNull(), qPrintable(label->text()));
        letters.append(mnemonic(label->text()));
    }
    for (const QAbstractButton *button : view->findChildren<QAbstractButton *>()) {
        if (!mnemonic(button->text()).isNull())
            letters.append(mnemonic(button->text()));
    }
    QTabWidget *tabs = m_app->mainWindow().tabs();
    for (int i = 0; i < tabs->count(); ++i)
        letters.append(mnemonic(tabs->tabText(i)));
    for (const char *menu : {"fileMenu", "helpMenu"})
        letters.append(
            mnemonic(m_app->mainWindow().findChild<QMenu *>(QLatin1String(menu))->title()));
    QStringList seen;
    for (const QString &letter : std::as_const(letters)) {
        QVERIFY2(!seen.contains(letter),
                 qPrintable(QStringLiteral("Alt+%1 is taken twice: %2")
                                .arg(letter, letters.join(QLatin1Char(' ')))));
        seen.append(letter);
    }
}

QTEST_MAIN(TestAnalysisView)
#include "tst_analysisview.moc"
