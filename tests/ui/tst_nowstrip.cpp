// "Now" and "Me too" against the real collection server in process: the strip at the top of the
// Report tab is hidden while all is normal; when other practices report Recip-e, it shows since
// when, how many and the official status; "Me too", from the strip or from the tray, files one
// report started now with the symptom the others report most, delivered to the server like any
// report and listed in My reports, and leaves what the GP typed as it was. Its details (symptoms,
// error message, impact, comment) can be added afterwards, also while it waits for the network:
// they go out as the report's next revision, once.
#include "client/clientsettings.h"
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "net/deliveryagent.h"
#include "net/liveclient.h"
#include "samples.h"
#include "server/collectionserver.h"
#include "servertesthelpers.h"
#include "store/reportstore.h"
#include "ui/desktopapp.h"
#include "ui/impactpanel.h"
#include "ui/livebanner.h"
#include "ui/livefeed.h"
#include "ui/mainwindow.h"
#include "ui/myreportsview.h"
#include "ui/nowstrip.h"
#include "ui/reportdetailsdialog.h"
#include "ui/reportform.h"
#include "ui/reportsmodel.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestNowStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenWhileAllIsNormal();
    void showsSinceCountAndOfficialStatus();
    void meTooFromTheStrip();
    void meTooFromTheTray();
    void meTooWithoutATopSymptom();
    void detailsAddedWhileWaitingGoOutOnce();
    void detailsFromTheTrayNotice();

private:
    // Four other practices report Recip-e, started 20 minutes ago, each with `symptoms`[i]
    // (the last one for the rest); returns the start.
    QDateTime othersReport(const QList<QStringList> &symptoms);
    // The app asks the server now and has its answer.
    void poll();
    NowStrip *strip() const { return m_app->mainWindow().reportForm()->nowStrip(); }
    // "Me too" was clicked for Recip-e: one report in the local store, started when it was
    // sent, with `symptom`, delivered to the server, in My reports. Returns it.
    Report expectOneMeToo(const QString &symptom);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerHarness> m_harness;
    std::unique_ptr<DesktopApp> m_app;
};

void TestNowStrip::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_nowstrip"));
}

void TestNowStrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_harness = std::make_unique<test::ServerHarness>();
    m_harness->wipe();
    server::ServerConfig config;
    config.liveCacheAge = 0ms; // each poll sees what the test just stored
    QVERIFY(m_harness->start(std::move(config)));

    auto settings = std::make_unique<ClientSettings>(m_dir->path());
    settings->setServerUrl(m_harness->server()->url());
    auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->liveFeed().client()->setFirstDelay(0ms);
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
    QTRY_VERIFY(m_app->liveFeed().client()->current().has_value());
}

void TestNowStrip::cleanup()
{
    m_app.reset();
    m_harness.reset();
    m_dir.reset();
}

QDateTime TestNowStrip::othersReport(const QList<QStringList> &symptoms)
{
    const QDateTime now = utcNowSeconds();
    const QDateTime started = now.addSecs(-20 * 60);
    for (int i = 0; i < 4; ++i) {
        Report report = test::minimalReport(now.addSecs(-60));
        report.startedAt = started;
        report.symptoms = symptoms.value(i, symptoms.constLast());
        const test::HttpReply reply =
            m_harness->putReport(uuidText(report.id), ReportCodec::toBytes(report));
        if (reply.status != 201)
            qWarning() << "not stored:" << reply.status << reply.body;
    }
    return started;
}

void TestNowStrip::poll()
{
    QSignalSpy updated(m_app->liveFeed().client(), &LiveClient::updated);
    m_app->liveFeed().client()->fetchNow();
    QTRY_COMPARE(updated.size(), 1);
}

Report TestNowStrip::expectOneMeToo(const QString &symptom)
{
    const QList<StoredReport> stored = m_app->store().all();
    if (stored.size() != 1) {
        qWarning() << "reports in the local store:" << stored.size();
        return {};
    }
    const Report report = stored.constFirst().report;
    if (report.service != QLatin1String("recip-e") || report.symptoms != QStringList{symptom} ||
        report.startedAt != report.reportedAt || report.revision != 1) {
        qWarning() << "not the expected report:" << ReportCodec::toBytes(report);
        return {};
    }
    // Delivered to the server like any report.
    const bool delivered = QTest::qWaitFor([&] {
        const auto found = m_harness->server()->repository().find(report.id);
        return found && found.value().has_value();
    });
    if (!delivered) {
        qWarning() << "the server never got it";
        return {};
    }
    const auto onServer = m_harness->server()->repository().find(report.id);
    const QByteArray body = onServer.value()->body;
    const Report sent =
        ReportCodec::fromJson(QJsonDocument::fromJson(body).object()).value_or(Report());
    if (sent.symptoms != QStringList{symptom} || sent.installation != report.installation) {
        qWarning() << "the server has" << body;
        return {};
    }
    // Listed in My reports.
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    if (model->rowCount() != 1 || !model->data(model->index(0, ReportsModel::ServiceColumn))
                                       .toString()
                                       .startsWith(u"Recip-e"_s)) {
        qWarning() << "My reports lists" << model->rowCount() << "reports";
        return {};
    }
    return report;
}

void TestNowStrip::hiddenWhileAllIsNormal()
{
    poll();
    QVERIFY(strip()->isHidden());
    QVERIFY(strip()->services().isEmpty());
    // One practice alone raises nothing.
    Report lone = test::minimalReport(utcNowSeconds().addSecs(-60));
    QCOMPARE(m_harness->putReport(uuidText(lone.id), ReportCodec::toBytes(lone)).status, 201);
    poll();
    QVERIFY(strip()->isHidden());
    // The form is there all along.
    QVERIFY(m_app->mainWindow().reportForm()->isVisible());
}

void TestNowStrip::showsSinceCountAndOfficialStatus()
{
    const QDateTime started = othersReport({{u"slow"_s}});
    const QDateTime officialSince = utcNowSeconds().addSecs(-10 * 60);
    const auto recorded = m_harness->server()->repository().recordOfficialStatus(
        {{u"1"_s, u"Recip-e"_s, u"recip-e"_s, u"major_outage"_s}}, officialSince);
    QVERIFY(recorded);
    poll();

    QVERIFY(strip()->isVisible());
    QCOMPARE(strip()->services(), QStringList{u"recip-e"_s});
    // Since when: as the server says it (the outage episode's start, from when the reports
    // came, here just now; not before the practices' own "since").
    const QDateTime since = m_app->liveFeed().client()->current()->find(u"recip-e"_s)->since;
    QVERIFY2(since >= started && since <= utcNowSeconds(), qPrintable(since.toString(Qt::ISODate)));
    const QString text = strip()->entryText(u"recip-e"_s);
    QVERIFY2(text.startsWith(u"Recip-e: outage since %1, 4 practice(s) report it."_s.arg(
                 LiveBanner::sinceText(since))),
             qPrintable(text));
    QVERIFY2(text.contains(u"Official status: Major outage since %1."_s.arg(
                 LiveBanner::sinceText(officialSince))),
             qPrintable(text));
    auto *label = strip()->findChild<QLabel *>(u"nowText_recip-e"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), text);
    QVERIFY(strip()->findChild<QPushButton *>(u"meToo_recip-e"_s));

    // The GBO's notice of that service, as the live feed hands it on, goes under the entry
    // (plain text, in the user's language: English here); one for every service does not.
    Notice ofRecipe;
    ofRecipe.service = u"recip-e"_s;
    ofRecipe.texts = {{u"en"_s, u"<b>We know</b>"_s}, {u"nl"_s, u"We weten het"_s}};
    Notice ofAll;
    ofAll.texts = {{u"en"_s, u"Everything is slow"_s}};
    Q_EMIT m_app->liveFeed().noticesChanged({ofRecipe, ofAll});
    auto *notice = strip()->findChild<QLabel *>(u"nowNotice_recip-e"_s);
    QVERIFY(notice);
    QCOMPARE(notice->text(), u"<b>We know</b>"_s);
    QCOMPARE(notice->textFormat(), Qt::PlainText);

    // Normal again: the strip goes.
    m_harness->stop();
    m_harness->wipe();
    server::ServerConfig config;
    config.liveCacheAge = 0ms;
    QVERIFY(m_harness->start(std::move(config)));
    m_app->liveFeed().setServerUrl(m_harness->server()->url());
    poll();
    QVERIFY(strip()->isHidden());
}

void TestNowStrip::meTooFromTheStrip()
{
    othersReport({{u"slow"_s, u"timeout"_s}, {u"slow"_s}});
    poll();
    // What the GP was typing stays.
    auto *comment = m_app->mainWindow().findChild<QPlainTextEdit *>(u"commentEdit"_s);
    QVERIFY(comment);
    comment->setPlainText(u"typing another report"_s);
    QSignalSpy saved(m_app->mainWindow().reportForm(), &ReportForm::reportSaved);

    auto *button = strip()->findChild<QPushButton *>(u"meToo_recip-e"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const Report report = expectOneMeToo(u"slow"_s);
    QVERIFY(!report.id.isNull());
    QCOMPARE(saved.constFirst().constFirst().toUuid(), report.id);
    QCOMPARE(comment->toPlainText(), u"typing another report"_s);
    auto *confirmation = m_app->mainWindow().findChild<QLabel *>(u"formConfirmation"_s);
    QVERIFY(confirmation && confirmation->isVisible());
    QCOMPARE(confirmation->text(), u"Reported: Recip-e, started now"_s);
    QCOMPARE(m_app->mainWindow().statusBar()->currentMessage(),
             u"Reported: Recip-e, started now"_s);
    QTRY_COMPARE(m_app->store().find(report.id)->delivery.state, Delivery::State::Sent);

    // Done: the button is off, and neither a click nor the next poll files another.
    button = strip()->findChild<QPushButton *>(u"meToo_recip-e"_s);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), u"Reported"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    poll();
    QVERIFY(!strip()->findChild<QPushButton *>(u"meToo_recip-e"_s)->isEnabled());
    QCOMPARE(m_app->store().all().size(), 1);
    QCOMPARE(saved.size(), 1);

    // Resolved in My reports: "Me too" is offered again.
    m_app->mainWindow().myReportsView()->resolve(report.id, utcNowSeconds(), std::nullopt);
    QTRY_VERIFY(strip()->findChild<QPushButton *>(u"meToo_recip-e"_s)->isEnabled());
}

void TestNowStrip::meTooFromTheTray()
{
    // The offscreen desktop has no notification area: give the app an icon, as it does itself.
    m_app->attachTray(std::make_unique<TrayIcon>(ServiceCatalogue::builtIn(), u"en"_s));
    TrayIcon *tray = m_app->trayIcon();
    QVERIFY(tray);
    QVERIFY(!tray->meTooMenu()->menuAction()->isVisible());
    QVERIFY(tray->meTooMenu()->actions().isEmpty());

    othersReport({{u"auth_failure"_s}});
    poll();
    QVERIFY(tray->meTooMenu()->menuAction()->isVisible());
    // The menu's entries (replaced ones are deleted later).
    const auto recipeEntry = [tray]() -> QAction * {
        for (QAction *action : tray->meTooMenu()->actions()) {
            if (action->objectName() == u"trayMeToo_recip-e"_s)
                return action;
        }
        return nullptr;
    };
    QAction *entry = recipeEntry();
    QVERIFY(entry);
    QCOMPARE(tray->meTooMenu()->actions().size(), 1);
    QVERIFY(entry->isEnabled());
    entry->trigger();
    QVERIFY(!expectOneMeToo(u"auth_failure"_s).id.isNull());
    QCOMPARE(m_app->mainWindow().statusBar()->currentMessage(),
             u"Reported: Recip-e, started now"_s);
    // Done: the entry is off (the menu is built again on each change).
    entry = recipeEntry();
    QVERIFY(entry);
    QVERIFY(!entry->isEnabled());
    QVERIFY(!strip()->findChild<QPushButton *>(u"meToo_recip-e"_s)->isEnabled());
}

// The others agree on no symptom (each ticked another): the report says "other".
void TestNowStrip::meTooWithoutATopSymptom()
{
    othersReport({{u"slow"_s}, {u"timeout"_s}, {u"unreachable"_s}, {u"partial"_s}});
    poll();
    QVERIFY(m_app->liveFeed().client()->current()->find(u"recip-e"_s)->topSymptom.isEmpty());
    QCOMPARE(m_app->meToo(u"recip-e"_s).isNull(), false);
    QVERIFY(!expectOneMeToo(ReportForm::fallbackSymptom()).id.isNull());
}

// The server is down when the GP clicks "Me too": the report waits. "Add details…" beside the
// confirmation opens the report in My reports; details that break a rule are refused with the
// field named and nothing stored; good ones become revision 2, and once the server is back, it
// gets the report once, with them.
void TestNowStrip::detailsAddedWhileWaitingGoOutOnce()
{
    othersReport({{u"slow"_s}});
    poll();
    m_harness->stop();
    auto *meToo = strip()->findChild<QPushButton *>(u"meToo_recip-e"_s);
    QVERIFY(meToo);
    QTest::mouseClick(meToo, Qt::LeftButton);
    QCOMPARE(m_app->store().all().size(), 1);
    const QUuid id = m_app->store().all().constFirst().report.id;
    QTRY_COMPARE(m_app->store().find(id)->delivery.state, Delivery::State::Retrying);

    MainWindow &window = m_app->mainWindow();
    auto *addDetails = window.reportForm()->findChild<QPushButton *>(u"meTooDetailsButton"_s);
    QVERIFY(addDetails && addDetails->isVisible());
    QTest::mouseClick(addDetails, Qt::LeftButton);
    QCOMPARE(window.tabs()->currentWidget(), window.myReportsView());
    ReportDetailsDialog *dialog = window.myReportsView()->detailsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->reportId(), id);
    const auto box = [dialog](const QString &symptom) {
        return dialog->findChild<QCheckBox *>(u"symptom_"_s + symptom);
    };
    QVERIFY(box(u"slow"_s) && box(u"slow"_s)->isChecked());

    // No symptom left: refused, the field named, the dialog still open, nothing stored.
    box(u"slow"_s)->setChecked(false);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problem()->isVisible());
    QVERIFY2(dialog->problem()->text().contains(u"Symptoms: "_s),
             qPrintable(dialog->problem()->text()));
    QCOMPARE(m_app->store().find(id)->report.revision, 1);

    box(u"slow"_s)->setChecked(true);
    box(u"timeout"_s)->setChecked(true);
    dialog->errorText()->setText(u"SOAP fault: timeout"_s);
    dialog->impactPanel()->minutesLost()->setValue(20);
    dialog->comment()->setPlainText(u"Prescriptions on paper."_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.myReportsView()->detailsDialog());
    const StoredReport edited = *m_app->store().find(id);
    QCOMPARE(edited.report.revision, 2);
    QCOMPARE(edited.report.symptoms, (QStringList{u"timeout"_s, u"slow"_s}));
    QCOMPARE(edited.report.errorText, u"SOAP fault: timeout"_s);
    QCOMPARE(edited.report.impact.minutesLost, std::optional<int>(20));
    QCOMPARE(edited.report.comment, u"Prescriptions on paper."_s);
    QVERIFY(edited.delivery.state != Delivery::State::Sent);

    // The server is back (on another port): it gets revision 2, once.
    server::ServerConfig config;
    config.liveCacheAge = 0ms;
    QVERIFY(m_harness->start(std::move(config)));
    m_app->agent().setServerUrl(m_harness->server()->url());
    m_app->agent().retryAllNow();
    QTRY_COMPARE(m_app->store().find(id)->delivery.state, Delivery::State::Sent);
    const auto onServer = m_harness->server()->repository().find(id);
    QVERIFY(onServer && onServer.value().has_value());
    QCOMPARE(onServer.value()->revision, 2);
    const Report sent =
        ReportCodec::fromJson(QJsonDocument::fromJson(onServer.value()->body).object())
            .value_or(Report());
    QCOMPARE(sent.symptoms, (QStringList{u"timeout"_s, u"slow"_s}));
    QCOMPARE(sent.comment, u"Prescriptions on paper."_s);
    QCOMPARE(sent.startedAt, edited.report.startedAt);
    QCOMPARE(m_app->store().all().size(), 1);
}

// The tray's notice of a "Me too" opens its details when clicked; another notice only shows
// the window.
void TestNowStrip::detailsFromTheTrayNotice()
{
    m_app->attachTray(std::make_unique<TrayIcon>(ServiceCatalogue::builtIn(), u"en"_s));
    TrayIcon *tray = m_app->trayIcon();
    auto *icon = tray->findChild<QSystemTrayIcon *>();
    QVERIFY(icon);
    othersReport({{u"auth_failure"_s}});
    poll();
    const QUuid id = m_app->meToo(u"recip-e"_s);
    QVERIFY(!id.isNull());
    MainWindow &window = m_app->mainWindow();
    window.tabs()->setCurrentWidget(window.reportForm());
    QVERIFY(!window.myReportsView()->detailsDialog());

    Q_EMIT icon->messageClicked();
    QCOMPARE(window.tabs()->currentWidget(), window.myReportsView());
    QVERIFY(window.myReportsView()->detailsDialog());
    QCOMPARE(window.myReportsView()->detailsDialog()->reportId(), id);
    window.myReportsView()->detailsDialog()->reject();
    QTRY_VERIFY(!window.myReportsView()->detailsDialog());

    tray->notifyDelivered(1);
    window.tabs()->setCurrentWidget(window.reportForm());
    Q_EMIT icon->messageClicked();
    QCOMPARE(window.tabs()->currentWidget(), window.reportForm());
    QVERIFY(!window.myReportsView()->detailsDialog());
}

QTEST_MAIN(TestNowStrip)
#include "tst_nowstrip.moc"
