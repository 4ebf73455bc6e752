// The Analysis view's "Acknowledged by the official status page?" panel and the official status
// lanes of its episode timeline, filled by a refresh against the scripted server: the table's
// figures, the lanes' statuses, colours and tooltips, and what a failing official answer says.
#include "fakestatsserver.h"
#include "statssamples.h"
#include "ui/analysis/analysisview.h"
#include "ui/analysis/officialmodel.h"
#include "ui/analysis/officialview.h"
#include "ui/analysis/timelinechart.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ehb;

class TestOfficialPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void officialTableAndLane();
    void officialFailureIsNamed();

private:
    std::unique_ptr<test::FakeStatsServer> m_server;
    std::unique_ptr<AnalysisView> m_view;
};

void TestOfficialPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestOfficialPanel::init()
{
    m_server = std::make_unique<test::FakeStatsServer>();
    QVERIFY(m_server->start());
    const QList<std::pair<const char *, QByteArray>> answers{
        {"/api/v1/stats/frequency", test::samples::frequency()},
        {"/api/v1/stats/heatmap", test::samples::heatmap()},
        {"/api/v1/stats/episodes", test::samples::episodes()},
        {"/api/v1/stats/breakdown", test::samples::breakdown()},
        {"/api/v1/stats/impact", test::samples::impact()},
        {"/api/v1/stats/official", test::samples::official()},
        {"/api/v1/official/changes", test::samples::officialChanges()}};
    for (const auto &[path, body] : answers)
        m_server->setJson(QLatin1String(path), body);
    m_view = std::make_unique<AnalysisView>();
    m_view->setServer(m_server->url(), QStringLiteral("tok"));
}

void TestOfficialPanel::cleanup()
{
    m_view.reset();
    m_server.reset();
}

void TestOfficialPanel::officialTableAndLane()
{
    AnalysisView *view = m_view.get();
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    view->refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY2(view->problems().isEmpty(), qPrintable(view->problems().join(QLatin1Char('\n'))));

    // One row per crowd episode, by start: Recip-e admitted 25 min late, the eHealthBox never.
    const OfficialModel *episodes = view->officialView()->episodesModel();
    QCOMPARE(episodes->rowCount(), 2);
    const auto cell = [](const OfficialModel *model, int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    QCOMPARE(cell(episodes, 0, OfficialModel::ServiceColumn), QStringLiteral("Recip-e"));
    QCOMPARE(cell(episodes, 0, OfficialModel::StartColumn), QStringLiteral("05/03/2025 09:00"));
    QCOMPARE(cell(episodes, 0, OfficialModel::DurationColumn), QStringLiteral("1 h 0 min"));
    QCOMPARE(cell(episodes, 0, OfficialModel::StatusColumn), QStringLiteral("Partial outage"));
    QCOMPARE(cell(episodes, 0, OfficialModel::AcknowledgedColumn),
             QStringLiteral("05/03/2025 09:25"));
    QCOMPARE(cell(episodes, 0, OfficialModel::LagColumn), QStringLiteral("25 min"));
    QCOMPARE(cell(episodes, 0, OfficialModel::OfficialEndColumn),
             QStringLiteral("05/03/2025 10:40"));
    QCOMPARE(cell(episodes, 0, OfficialModel::EndDifferenceColumn), QStringLiteral("40 min later"));
    QCOMPARE(cell(episodes, 1, OfficialModel::ServiceColumn), QStringLiteral("eHealthBox"));
    QCOMPARE(cell(episodes, 1, OfficialModel::StatusColumn), QStringLiteral("Operational"));
    QCOMPARE(cell(episodes, 1, OfficialModel::AcknowledgedColumn),
             QStringLiteral("Never admitted"));
    QCOMPARE(cell(episodes, 1, OfficialModel::LagColumn), QStringLiteral("–"));
    QVERIFY(episodes->isAdmitted(0));
    QVERIFY(!episodes->isAdmitted(1));

    // Per service: those with an episode or an unreported official outage, then all together.
    const OfficialModel *services = view->officialView()->servicesModel();
    QCOMPARE(services->rowCount(), 4);
    QCOMPARE(cell(services, 0, OfficialModel::SummaryServiceColumn), QStringLiteral("Recip-e"));
    QCOMPARE(cell(services, 0, OfficialModel::AdmittedColumn), QStringLiteral("1"));
    QCOMPARE(cell(services, 0, OfficialModel::MedianLagColumn), QStringLiteral("25 min"));
    QCOMPARE(cell(services, 1, OfficialModel::SummaryServiceColumn), QStringLiteral("eHealthBox"));
    QCOMPARE(cell(services, 1, OfficialModel::NotAdmittedColumn), QStringLiteral("1"));
    QCOMPARE(cell(services, 1, OfficialModel::NeverAdmittedMinutesColumn),
             QStringLiteral("30 min"));
    QCOMPARE(cell(services, 1, OfficialModel::MedianLagColumn), QStringLiteral("–"));
    QCOMPARE(cell(services, 2, OfficialModel::SummaryServiceColumn), QStringLiteral("Chapter IV"));
    QCOMPARE(cell(services, 2, OfficialModel::UnreportedCountColumn), QStringLiteral("1"));
    QCOMPARE(cell(services, 3, OfficialModel::SummaryServiceColumn),
             QStringLiteral("All services"));
    QCOMPARE(cell(services, 3, OfficialModel::AdmittedColumn), QStringLiteral("1"));
    QCOMPARE(cell(services, 3, OfficialModel::NotAdmittedColumn), QStringLiteral("1"));
    // The official outage no GP reported.
    const OfficialModel *unreported = view->officialView()->unreportedModel();
    QCOMPARE(unreported->rowCount(), 1);
    QCOMPARE(cell(unreported, 0, OfficialModel::UnreportedStatusColumn),
             QStringLiteral("Major outage"));
    QCOMPARE(cell(unreported, 0, OfficialModel::UnreportedMinutesColumn),
             QStringLiteral("1 h 30 min"));
    QCOMPARE(view->officialView()->summary()->text(),
             QStringLiteral("The official status page admitted 1 of 2 outage episode(s) (median "
                            "lag 25 min); 1 episode(s) never admitted, 30 min in all. 1 official "
                            "outage(s) that no GP reported."));
    // The CSV: the episodes, the services and all, then the unreported outage.
    const DataTable table = view->officialView()->exportTable();
    QCOMPARE(table.rows.size(), 2 + 3 + 1 + 1);
    QCOMPARE(table.rows.at(0).at(8).toLongLong(), 25);  // lag
    QCOMPARE(table.rows.at(0).at(10).toDouble(), 40.0); // official end after the GPs'
    QVERIFY(table.rows.at(1).at(7).isNull());           // never admitted
    QCOMPARE(table.rows.at(3).at(12).toInt(), 1);       // the eHealthBox: not admitted
    QCOMPARE(table.rows.at(3).at(13).toLongLong(), 30);
    QCOMPARE(table.rows.at(5).at(1).toString(), QStringLiteral("All services"));
    QCOMPARE(table.rows.at(6).at(2).toString(), QStringLiteral("chapter-iv"));
    QCOMPARE(table.rows.at(6).at(5).toLongLong(), 90);
    QVERIFY(!view->officialView()->exportImage(view->officialView()->exportSize(), 1).isNull());

    // The timeline: a lane under each service, and a row for the unreported outage.
    const TimelineChart *timeline = view->timelineChart();
    QVERIFY(timeline->hasOfficialLane());
    QVERIFY2(timeline->accessibleDescription().endsWith(
                 QStringLiteral("Under each service, what the official status page said at "
                                "the time.")),
             qPrintable(timeline->accessibleDescription()));
    QCOMPARE(timeline->rows(), (QStringList{QStringLiteral("recip-e"), QStringLiteral("ehealthbox"),
                                            QStringLiteral("chapter-iv")}));
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2025, 3, day), QTime(hour, minute), QTimeZone::utc());
    };
    using Status = OfficialLane::Status;
    const QList<OfficialLane::Segment> recipe = timeline->officialLane(QStringLiteral("recip-e"));
    QCOMPARE(recipe.size(), 3);
    QCOMPARE(recipe.at(0).status, Status::Operational);
    QCOMPARE(recipe.at(1), (OfficialLane::Segment{utc(5, 8, 25), utc(5, 9, 40), Status::Partial}));
    QCOMPARE(recipe.at(2).status, Status::Operational);
    // Chapter IV: no record before 10 March, then its major outage.
    const QList<OfficialLane::Segment> chapter =
        timeline->officialLane(QStringLiteral("chapter-iv"));
    QCOMPARE(chapter.size(), 4);
    QCOMPARE(chapter.at(0).status, Status::NoRecord);
    QCOMPARE(chapter.at(0).end, utc(10, 0, 0));
    QCOMPARE(chapter.at(2),
             (OfficialLane::Segment{utc(12, 10, 0), utc(12, 11, 30), Status::Major}));
    // The eHealthBox: a status name the program does not know, for two hours.
    const QList<OfficialLane::Segment> box = timeline->officialLane(QStringLiteral("ehealthbox"));
    QCOMPARE(box.size(), 3);
    QCOMPARE(box.at(1), (OfficialLane::Segment{utc(25, 6, 0), utc(25, 8, 0), Status::Unknown}));

    // Drawn: the lane's pixels are the status' colour; its tooltip says the status.
    const QRectF area(0, 0, 1200, timeline->sizeHint().height());
    const QRectF lane = timeline->laneRect(QStringLiteral("chapter-iv"), area);
    QVERIFY(!lane.isEmpty());
    const double x = timeline->xFor(utc(12, 10, 45), area);
    const QImage drawn = timeline->exportImage(area.size().toSize(), 1);
    QCOMPARE(drawn.pixelColor(QPoint(int(x), int(lane.center().y()))),
             OfficialLane::color(Status::Major));
    QCOMPARE(timeline->toolTipAt(QPointF(x, lane.center().y()), area),
             QStringLiteral("Chapter IV: Official status: Major outage, 12/03/2025 11:00 – 12:30"));
    const double early = timeline->xFor(utc(3, 12, 0), area);
    QVERIFY(drawn.pixelColor(QPoint(int(early), int(lane.center().y()))) !=
            OfficialLane::color(Status::Operational));
    QVERIFY(timeline->toolTipAt(QPointF(early, lane.center().y()), area)
                .contains(QStringLiteral("No record")));

    const QString shots = qEnvironmentVariable("EHB_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        view->resize(1280, 1000);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        timeline->parentWidget()->grab().save(shots + QStringLiteral("/official-lane.png"));
        view->officialView()->parentWidget()->grab().save(shots +
                                                          QStringLiteral("/official-table.png"));
        drawn.save(shots + QStringLiteral("/official-lane-export.png"));
        view->findChild<QWidget *>(QStringLiteral("analysisCharts"))
            ->grab()
            .save(shots + QStringLiteral("/analysis-view.png"));
        OfficialView *panel = view->officialView();
        panel->exportImage(panel->exportSize(), 1)
            .save(shots + QStringLiteral("/official-export.png"));
    }
}

void TestOfficialPanel::officialFailureIsNamed()
{
    m_server->setError(QStringLiteral("/api/v1/stats/official"), 404, QStringLiteral("No."));
    m_server->setRoute(QStringLiteral("/api/v1/official/changes"),
                       {200, QByteArrayLiteral("<html>Bad gateway</html>"), 0, {}});
    AnalysisView *view = m_view.get();
    QSignalSpy refreshed(view, &AnalysisView::refreshed);
    view->refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.constFirst().constFirst().toInt(), 2);
    const QString problems = view->problems().join(QLatin1Char('\n'));
    QVERIFY2(
        problems.contains(QStringLiteral("Could not load the official status page's record "
                                         "beside the episodes: this server does not offer it")),
        qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("Could not read the official status page's changes: "
                                              "The server's answer is not what this program "
                                              "expects (at \"not a JSON object\")")),
             qPrintable(problems));
    // The rest is there; the timeline without lanes.
    QCOMPARE(view->timelineChart()->data().episodes.size(), 2);
    QVERIFY(!view->timelineChart()->hasOfficialLane());
    QCOMPARE(view->officialView()->episodesModel()->rowCount(), 0);
    QCOMPARE(view->officialView()->summary()->text(), QStringLiteral("No official record yet."));
}

QTEST_MAIN(TestOfficialPanel)
#include "tst_officialpanel.moc"
