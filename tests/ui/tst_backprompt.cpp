// "Is it back for you?": a report of this practice is open while other practices report the
// service; when the live levels show it normal again for 10 minutes (a fake clock), the window
// asks once, and the answer is delivered as a revision, like My reports' "Resolved now".
#include "client/clientsettings.h"
#include "fakeserver.h"
#include "net/liveclient.h"
#include "statssamples.h"
#include "store/reportstore.h"
#include "ui/backprompt.h"
#include "ui/backwatcher.h"
#include "ui/desktopapp.h"
#include "ui/livefeed.h"
#include "ui/mainwindow.h"
#include "ui/myreportsview.h"
#include "ui/reportform.h"
#include "ui/reportsmodel.h"
#include "ui/resolvedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;
using namespace std::chrono_literals;

namespace {

// Recip-e at outage (and the eHealthBox at possible), as other practices report them.
QByteArray down()
{
    return test::samples::live();
}

QByteArray calm()
{
    QByteArray live = test::samples::live();
    return live.replace("\"outage\"", "\"normal\"").replace("\"possible\"", "\"normal\"");
}

} // namespace

class TestBackPrompt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void asksAfterTenNormalMinutesNotBefore();
    void resolvedNowSendsTheEnd();
    void stillFailingSendsConfirmedAt();
    void neverAskedTwice();
    void pollsHiddenWhileAReportMayBeAsked();
    void resolvedInMyReportsWithdrawsTheQuestion();
    void resolvedInMyReportsIsNoAnswer();

private:
    void startApp();
    // Files a Recip-e report through the form and waits until the server has it.
    QUuid fileReport();
    // The live levels answer `live` at the fake clock's now.
    void poll(const QByteArray &live);
    // Down, then normal for 10 fake minutes: the question comes.
    void backForTenMinutes();
    // Files a report, has it asked about and clicks `button`: m_answered is the report and
    // m_sent its revision on the server, whose `timeField` holds the time of the click.
    void answer(QPushButton *button, const char *timeField);
    BackPrompt *prompt() const { return m_app->mainWindow().backPrompt(); }
    QJsonObject sent(const QUuid &id) const
    {
        return QJsonDocument::fromJson(m_server->storedBody(uuidText(id))).object();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeServer> m_server;
    std::unique_ptr<DesktopApp> m_app;
    QDateTime m_now;
    QUuid m_answered;
    QJsonObject m_sent;
};

void TestBackPrompt::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_backprompt"));
}

void TestBackPrompt::init()
{
    m_answered = QUuid();
    m_sent = {};
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::FakeServer>();
    QVERIFY(m_server->start());
    m_server->setLive(calm());
    m_now = QDateTime::currentDateTimeUtc();
    startApp();
}

void TestBackPrompt::startApp()
{
    auto settings = std::make_unique<ClientSettings>(m_dir->path());
    settings->setServerUrl(m_server->url());
    auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->backWatcher().setClock([this] { return m_now; });
    QCOMPARE(m_app->backWatcher().quietTime(), 10min);
    m_app->liveFeed().client()->setFirstDelay(0ms);
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
    // The first answer, asked at start, is in before the test polls.
    QTRY_VERIFY(m_app->liveFeed().client()->current().has_value());
}

void TestBackPrompt::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_dir.reset();
}

QUuid TestBackPrompt::fileReport()
{
    auto *combo = m_app->mainWindow().findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    auto *timeout = m_app->mainWindow().findChild<QCheckBox *>(QStringLiteral("symptom_timeout"));
    if (!combo || !timeout)
        return {};
    combo->setCurrentIndex(combo->findData(QStringLiteral("recip-e")));
    timeout->setChecked(true);
    if (!m_app->mainWindow().reportForm()->send())
        return {};
    const QUuid id = m_app->store().all().constFirst().report.id;
    if (!QTest::qWaitFor([&] { return m_server->storedRevision(uuidText(id)) == 1; }))
        return {};
    return id;
}

void TestBackPrompt::poll(const QByteArray &live)
{
    m_server->setLive(live);
    QSignalSpy updated(m_app->liveFeed().client(), &LiveClient::updated);
    m_app->liveFeed().client()->fetchNow();
    QTRY_COMPARE(updated.size(), 1);
}

void TestBackPrompt::backForTenMinutes()
{
    poll(down());
    poll(calm());
    m_now = m_now.addSecs(10 * 60);
    poll(calm());
}

void TestBackPrompt::asksAfterTenNormalMinutesNotBefore()
{
    const QUuid id = fileReport();
    QVERIFY(!id.isNull());
    QSignalSpy asked(&m_app->backWatcher(), &BackWatcher::askIfBack);

    // Normal all along: nothing was seen down, so nothing is "back".
    poll(calm());
    m_now = m_now.addSecs(20 * 60);
    poll(calm());
    QVERIFY(prompt()->isHidden());

    poll(down());
    m_now = m_now.addSecs(5 * 60);
    poll(down());
    poll(calm()); // normal from here
    m_now = m_now.addSecs(9 * 60);
    poll(calm());
    QVERIFY(prompt()->isHidden());
    // Down again in between: the 10 minutes start over.
    poll(down());
    m_now = m_now.addSecs(60);
    poll(calm());
    m_now = m_now.addSecs(9 * 60 + 59);
    poll(calm());
    QVERIFY(prompt()->isHidden());
    QCOMPARE(asked.size(), 0);

    m_now = m_now.addSecs(1);
    poll(calm());
    QVERIFY(prompt()->isVisible());
    QCOMPARE(prompt()->current(), id);
    QVERIFY2(prompt()->text().startsWith(QStringLiteral("Is Recip-e back for you?")),
             qPrintable(prompt()->text()));
    // The same question goes to the tray (when the desktop has one).
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<Report>().id, id);
    // Not a modal dialog: the window stays usable.
    QVERIFY(!QApplication::activeModalWidget());
    // Nothing is sent until the GP answers.
    QCOMPARE(m_server->storedRevision(uuidText(id)), 1);
}

void TestBackPrompt::answer(QPushButton *button, const char *timeField)
{
    const QUuid id = fileReport();
    QVERIFY(!id.isNull());
    backForTenMinutes();
    QCOMPARE(prompt()->current(), id);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(prompt()->isHidden());

    // One revision, with the time of the click.
    QTRY_COMPARE(m_server->storedRevision(uuidText(id)), 2);
    m_sent = sent(id);
    const QString time = m_sent.value(QLatin1String(timeField)).toString();
    const QDateTime at = QDateTime::fromString(time, Qt::ISODate);
    QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc(), qPrintable(time));
    m_answered = id;
}

void TestBackPrompt::resolvedNowSendsTheEnd()
{
    answer(prompt()->resolvedButton(), "ended_at");
    QVERIFY(!m_answered.isNull());
    QVERIFY(!m_sent.contains(QStringLiteral("confirmed_at")));
    QVERIFY(m_app->store().find(m_answered)->report.isResolved());
    // The end is the answer, not a click of the GP's own: the analysis reads it as such.
    QCOMPARE(m_sent.value(QStringLiteral("end_answered")), QJsonValue(true));
    QVERIFY(m_app->store().find(m_answered)->report.endAnswered);
}

void TestBackPrompt::stillFailingSendsConfirmedAt()
{
    answer(prompt()->stillFailingButton(), "confirmed_at");
    QVERIFY(!m_answered.isNull());
    const QUuid id = m_answered;
    QVERIFY(m_sent.value(QStringLiteral("ended_at")).isNull());
    QVERIFY(!m_app->store().find(id)->report.isResolved());
    // My reports says so.
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    QVERIFY2(model->data(model->index(0, ReportsModel::EndedColumn))
                 .toString()
                 .startsWith(QStringLiteral("ongoing (still failing at ")),
             qPrintable(model->data(model->index(0, ReportsModel::EndedColumn)).toString()));
}

void TestBackPrompt::neverAskedTwice()
{
    const QUuid answered = fileReport();
    QVERIFY(!answered.isNull());
    backForTenMinutes();
    QCOMPARE(prompt()->current(), answered);
    QTest::mouseClick(prompt()->stillFailingButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->storedRevision(uuidText(answered)), 2);

    // Still open, down and back again: not asked again.
    backForTenMinutes();
    QVERIFY(prompt()->isHidden());

    // A second report, dismissed: no answer is sent, and it is not asked again either, not
    // even after a restart.
    const QUuid dismissed = fileReport();
    QVERIFY(!dismissed.isNull());
    QSignalSpy asked(&m_app->backWatcher(), &BackWatcher::askIfBack);
    backForTenMinutes();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(prompt()->current(), dismissed);
    QTest::mouseClick(prompt()->dismissButton(), Qt::LeftButton);
    QVERIFY(prompt()->isHidden());
    backForTenMinutes();
    QVERIFY(prompt()->isHidden());

    m_app.reset();
    startApp();
    QSignalSpy askedAfterRestart(&m_app->backWatcher(), &BackWatcher::askIfBack);
    backForTenMinutes();
    QVERIFY(prompt()->isHidden());
    QCOMPARE(askedAfterRestart.size(), 0);
    QCOMPARE(m_server->storedRevision(uuidText(dismissed)), 1);
    QCOMPARE(m_server->storedRevision(uuidText(answered)), 2);
}

void TestBackPrompt::pollsHiddenWhileAReportMayBeAsked()
{
    LiveClient *client = m_app->liveFeed().client();
    m_app->mainWindow().hide(); // closed to the tray: nothing to ask, no polling
    QVERIFY(!client->isActive());
    QSignalSpy shownAgain(client, &LiveClient::updated);
    m_app->mainWindow().show();
    QTRY_COMPARE(shownAgain.size(), 1); // asked again at once: let it come before the test asks
    const QUuid id = fileReport();
    QVERIFY(!id.isNull());
    // A report that may be asked about: the tray can only ask if the levels keep coming.
    m_app->mainWindow().hide();
    QVERIFY(client->isActive());
    backForTenMinutes();
    QCOMPARE(prompt()->current(), id);
    // Asked: nothing left to wait for.
    QVERIFY(!client->isActive());
}

void TestBackPrompt::resolvedInMyReportsWithdrawsTheQuestion()
{
    const QUuid id = fileReport();
    QVERIFY(!id.isNull());
    backForTenMinutes();
    QCOMPARE(prompt()->current(), id);
    // Resolved from My reports while the bar asks: the bar has nothing left to ask.
    m_app->mainWindow().myReportsView()->resolve(id, QDateTime::currentDateTimeUtc(), std::nullopt);
    QVERIFY(prompt()->isHidden());
    QVERIFY(prompt()->current().isNull());
    QTRY_COMPARE(m_server->storedRevision(uuidText(id)), 2);
}

void TestBackPrompt::resolvedInMyReportsIsNoAnswer()
{
    const QUuid id = fileReport();
    QVERIFY(!id.isNull());
    backForTenMinutes();
    QCOMPARE(prompt()->current(), id);
    // The GP's own "Resolved now" in My reports, while the bar asks: a click, not the answer.
    MyReportsView *view = m_app->mainWindow().myReportsView();
    m_app->mainWindow().tabs()->setCurrentWidget(view);
    view->findChild<QTableView *>(QStringLiteral("reportsTable"))->selectRow(0);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("resolvedButton")),
                      Qt::LeftButton);
    ResolveDialog *dialog = view->resolveDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("resolveWithoutImpactButton")),
        Qt::LeftButton);
    QVERIFY(prompt()->isHidden());

    QTRY_COMPARE(m_server->storedRevision(uuidText(id)), 2);
    const QJsonObject resolved = sent(id);
    QVERIFY(!resolved.value(QStringLiteral("ended_at")).isNull());
    QVERIFY(!resolved.contains(QStringLiteral("end_answered")));
    QVERIFY(!m_app->store().find(id)->report.endAnswered);
}

QTEST_MAIN(TestBackPrompt)
#include "tst_backprompt.moc"
