// The GP's path through the desktop program: report, deliver exactly once, resolve; and the
// ways a report is refused without losing what was typed.

#include "client/clientsettings.h"
#include "core/emrsoftware.h"
#include "core/servicecatalogue.h"
#include "fakeserver.h"
#include "store/reportstore.h"
#include "ui/desktopapp.h"
#include "ui/impactpanel.h"
#include "ui/mainwindow.h"
#include "ui/myreportsview.h"
#include "ui/reportform.h"
#include "ui/reportsmodel.h"
#include "ui/resolvedialog.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;

class TestReportForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendDeliversOnceThenResolves();
    void noticeWhenDeliveredAfterWaiting();
    void ctrlEnterSends_data();
    void ctrlEnterSends();
    void nationalNumberIsRefusedAndTextKept();
    void missingFieldsAreNamed();
    void impactIsOptional();
    void noNagAfterSendingWithoutImpact();
    void resolveOffersToAddTheImpact();
    void resolveCanBeCancelled();
    void quickReportChoosesService();
    void trayMenuOffersEveryService();
    void settingsDialogNamesWrongFields();

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_app->mainWindow().findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }
    void chooseService(const QString &id);
    void toggleSymptom(const char *objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeServer> m_server;
    std::unique_ptr<DesktopApp> m_app;
};

void TestReportForm::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_reportform"));
}

void TestReportForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::FakeServer>();
    QVERIFY(m_server->start());

    auto settings = std::make_unique<ClientSettings>(m_dir->path());
    settings->setServerUrl(m_server->url());
    auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->start();
    QVERIFY(QTest::qWaitForWindowActive(&m_app->mainWindow()));
}

void TestReportForm::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_dir.reset();
}

void TestReportForm::chooseService(const QString &id)
{
    auto *combo = child<QComboBox>("serviceCombo");
    QVERIFY(combo);
    const int index = combo->findData(id);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestReportForm::toggleSymptom(const char *objectName)
{
    auto *box = child<QCheckBox>(objectName);
    QVERIFY(box);
    // On the indicator: a check box wider than its text ignores clicks beside the text.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void TestReportForm::sendDeliversOnceThenResolves()
{
    chooseService(QStringLiteral("recip-e"));
    auto *since15 = child<QPushButton>("since15");
    QVERIFY(since15);
    QTest::mouseClick(since15, Qt::LeftButton);
    QVERIFY(since15->isChecked());
    toggleSymptom("symptom_timeout");
    auto *errorText = child<QLineEdit>("errorTextEdit");
    QVERIFY(errorText);
    QTest::keyClicks(errorText, QStringLiteral("SOAP fault: time-out after 30 s"));
    QTest::keyClick(errorText, Qt::Key_Return, Qt::ControlModifier);

    // Saved locally first.
    const QList<StoredReport> stored = m_app->store().all();
    QCOMPARE(stored.size(), 1);
    const Report &report = stored.constFirst().report;
    QCOMPARE(report.service, QStringLiteral("recip-e"));
    QCOMPARE(report.symptoms, QStringList{QStringLiteral("timeout")});
    QCOMPARE(report.errorText, QStringLiteral("SOAP fault: time-out after 30 s"));
    QCOMPARE(report.startedAt.secsTo(report.reportedAt), 15 * 60);
    QVERIFY(report.impact.isEmpty());
    QVERIFY(!report.isResolved());

    // The form is ready for the next report, and says the last one was saved.
    QCOMPARE(errorText->text(), QString());
    QCOMPARE(child<QComboBox>("serviceCombo")->currentIndex(), -1);
    QVERIFY(child<QLabel>("formConfirmation")->isVisible());
    QVERIFY(!child<QLabel>("formError")->isVisible());

    // Delivered in the background, exactly once.
    const QString id = uuidText(report.id);
    QTRY_COMPARE(m_server->createdCount(id), 1);
    QTRY_COMPARE(m_app->store().find(report.id)->delivery.state, Delivery::State::Sent);
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    QTRY_COMPARE(model->data(model->index(0, ReportsModel::DeliveryColumn)).toString(),
                 QStringLiteral("Sent"));
    QCOMPARE(model->data(model->index(0, ReportsModel::EndedColumn)).toString(),
             QStringLiteral("ongoing"));
    QTRY_COMPARE(child<QLabel>("deliveryStatus")->text(), QStringLiteral("All reports delivered"));

    // My reports: resolved now makes revision 2, which is delivered too.
    auto *tabs = child<QTabWidget>("mainTabs");
    tabs->setCurrentWidget(m_app->mainWindow().myReportsView());
    auto *resolve = child<QPushButton>("resolvedButton");
    QVERIFY(!resolve->isEnabled()); // nothing selected yet
    child<QTableView>("reportsTable")->selectRow(0);
    QVERIFY(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    // The impact is offered, not required: skipping it resolves all the same.
    ResolveDialog *dialog = m_app->mainWindow().myReportsView()->resolveDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!m_app->store().find(report.id)->report.isResolved());
    QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
    QVERIFY(m_app->store().find(report.id)->report.isResolved());
    QVERIFY(m_app->store().find(report.id)->report.impact.isEmpty());
    QVERIFY(!resolve->isEnabled()); // already resolved
    QTRY_COMPARE(m_server->storedRevision(id), 2);
    QCOMPARE(m_server->createdCount(id), 1);
    QCOMPARE(m_server->storedCount(), 1);
    QTRY_COMPARE(model->data(model->index(0, ReportsModel::DeliveryColumn)).toString(),
                 QStringLiteral("Sent"));
    QVERIFY(model->data(model->index(0, ReportsModel::EndedColumn)).toString() !=
            QStringLiteral("ongoing"));
}

void TestReportForm::noticeWhenDeliveredAfterWaiting()
{
    QSignalSpy notices(m_app.get(), &DesktopApp::deliveredAfterWaiting);
    m_server->enqueue(test::FakeServer::Behaviour::Error500);
    chooseService(QStringLiteral("internet"));
    toggleSymptom("symptom_unreachable");
    QVERIFY(m_app->mainWindow().reportForm()->send());
    const QUuid id = m_app->store().all().constFirst().report.id;
    QTRY_COMPARE(m_app->store().find(id)->delivery.state, Delivery::State::Retrying);
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    QTRY_VERIFY(model->data(model->index(0, ReportsModel::DeliveryColumn))
                    .toString()
                    .startsWith(QStringLiteral("Retrying")));
    QVERIFY(child<QLabel>("deliveryStatus")->text().contains(QStringLiteral("waiting")));
    QCOMPARE(notices.size(), 0);

    // The server is back: "Retry now" delivers it and the user hears about it once.
    QTest::mouseClick(child<QPushButton>("retryButton"), Qt::LeftButton);
    QTRY_COMPARE(m_server->createdCount(uuidText(id)), 1);
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().constFirst().toInt(), 1);
    QTRY_COMPARE(child<QLabel>("deliveryStatus")->text(), QStringLiteral("All reports delivered"));
}

void TestReportForm::ctrlEnterSends_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return);
    QTest::newRow("Ctrl+Enter") << int(Qt::Key_Enter);
}

void TestReportForm::ctrlEnterSends()
{
    QFETCH(int, key);
    chooseService(QStringLiteral("ehealth-auth"));
    toggleSymptom("symptom_auth_failure");
    auto *comment = child<QPlainTextEdit>("commentEdit");
    QVERIFY(comment);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Certificate refused"));
    QTest::keyClick(comment, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(m_app->store().all().size(), 1);
    QCOMPARE(m_app->store().all().constFirst().report.comment,
             QStringLiteral("Certificate refused"));
}

void TestReportForm::nationalNumberIsRefusedAndTextKept()
{
    chooseService(QStringLiteral("recip-e"));
    toggleSymptom("symptom_timeout");
    const QString typed = QStringLiteral("Patient 85.07.30-033.28 refused");
    auto *errorText = child<QLineEdit>("errorTextEdit");
    QTest::keyClicks(errorText, typed);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);

    auto *problem = child<QLabel>("formError");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Error message: ")),
             qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("national register number")),
             qPrintable(problem->text()));
    QVERIFY(!problem->accessibleName().isEmpty());
    QCOMPARE(problem->accessibleDescription(), problem->text());

    // Nothing typed is lost, nothing is stored or sent, and the field to fix has the focus.
    QCOMPARE(errorText->text(), typed);
    QCOMPARE(child<QComboBox>("serviceCombo")->currentData().toString(), QStringLiteral("recip-e"));
    QVERIFY(child<QCheckBox>("symptom_timeout")->isChecked());
    QTRY_VERIFY(errorText->hasFocus());
    QVERIFY(m_app->store().all().isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_server->storedCount(), 0);

    // Once fixed, it goes through and the message goes away.
    errorText->setText(QStringLiteral("Patient data removed"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(m_app->store().all().size(), 1);
    QVERIFY(!problem->isVisible());
    QTRY_COMPARE(m_server->storedCount(), 1);
}

void TestReportForm::missingFieldsAreNamed()
{
    auto *comment = child<QPlainTextEdit>("commentEdit");
    comment->setPlainText(QStringLiteral("Keep me"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);

    const QString text = child<QLabel>("formError")->text();
    QVERIFY2(text.contains(QStringLiteral("Service: is required")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Symptoms: needs at least one symptom")),
             qPrintable(text));
    QCOMPARE(comment->toPlainText(), QStringLiteral("Keep me"));
    QVERIFY(m_app->store().all().isEmpty());
    QTRY_VERIFY(child<QComboBox>("serviceCombo")->hasFocus());
}

void TestReportForm::impactIsOptional()
{
    chooseService(QStringLiteral("mycarenet-eattest"));
    toggleSymptom("symptom_slow");
    auto *patients = child<QSpinBox>("impactPatients");
    auto *minutes = child<QSpinBox>("impactMinutesLost");
    auto *fallback = child<QComboBox>("impactFallback");
    QCOMPARE(patients->text(), QStringLiteral("Not given"));
    QCOMPARE(fallback->currentData().toString(), QString());
    minutes->setValue(20);
    fallback->setCurrentIndex(fallback->findData(QStringLiteral("paper")));
    QVERIFY(m_app->mainWindow().reportForm()->send());

    const Report report = m_app->store().all().constFirst().report;
    QVERIFY(!report.impact.patients);
    QCOMPARE(report.impact.minutesLost.value_or(-1), 20);
    QCOMPARE(report.impact.fallback, QStringLiteral("paper"));
    // Cleared back to "not given".
    QCOMPARE(minutes->text(), QStringLiteral("Not given"));
    QCOMPARE(fallback->currentIndex(), 0);
}

void TestReportForm::noNagAfterSendingWithoutImpact()
{
    chooseService(QStringLiteral("recip-e"));
    toggleSymptom("symptom_timeout");
    QVERIFY(m_app->mainWindow().reportForm()->send());
    const Report report = m_app->store().all().constFirst().report;
    QVERIFY(report.impact.isEmpty());
    QTRY_COMPARE(m_server->createdCount(uuidText(report.id)), 1);
    // Sent without an impact: no dialog, no question; the impact fields wait where they were.
    QTest::qWait(100);
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY2(!window->isVisible() || window == &m_app->mainWindow(),
                 qPrintable(window->objectName()));
    QVERIFY(!m_app->mainWindow().myReportsView()->resolveDialog());
    QVERIFY(child<QSpinBox>("impactMinutesLost")->isVisible());
}

void TestReportForm::resolveOffersToAddTheImpact()
{
    chooseService(QStringLiteral("ehealthbox"));
    toggleSymptom("symptom_timeout");
    auto *fallback = child<QComboBox>("impactFallback");
    fallback->setCurrentIndex(fallback->findData(QStringLiteral("paper")));
    QVERIFY(m_app->mainWindow().reportForm()->send());
    const Report report = m_app->store().all().constFirst().report;
    const QString id = uuidText(report.id);
    QTRY_COMPARE(m_server->storedRevision(id), 1);

    auto *tabs = child<QTabWidget>("mainTabs");
    tabs->setCurrentWidget(m_app->mainWindow().myReportsView());
    child<QTableView>("reportsTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>("resolvedButton"), Qt::LeftButton);
    ResolveDialog *dialog = m_app->mainWindow().myReportsView()->resolveDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // What the report already says is there to be completed.
    ImpactPanel *panel = dialog->impactPanel();
    QCOMPARE(panel->fallback()->currentData().toString(), QStringLiteral("paper"));
    QCOMPARE(panel->minutesLost()->text(), QStringLiteral("Not given"));
    panel->minutesLost()->setValue(45);
    panel->patients()->setValue(12);
    QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);

    // One revision carries both the end and the impact, and it reaches the server.
    const Report resolved = m_app->store().find(report.id)->report;
    QVERIFY(resolved.isResolved());
    QCOMPARE(resolved.revision, 2);
    QCOMPARE(resolved.impact.minutesLost.value_or(-1), 45);
    QCOMPARE(resolved.impact.patients.value_or(-1), 12);
    QCOMPARE(resolved.impact.fallback, QStringLiteral("paper"));
    QTRY_COMPARE(m_server->storedRevision(id), 2);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->storedBody(id)).object();
    const QJsonObject impact = sent.value(QStringLiteral("impact")).toObject();
    QCOMPARE(impact.value(QStringLiteral("minutes_lost")).toInt(), 45);
    QCOMPARE(impact.value(QStringLiteral("patients")).toInt(), 12);
    QCOMPARE(impact.value(QStringLiteral("fallback")).toString(), QStringLiteral("paper"));
    QVERIFY(!sent.value(QStringLiteral("ended_at")).toString().isEmpty());
}

void TestReportForm::resolveCanBeCancelled()
{
    chooseService(QStringLiteral("recip-e"));
    toggleSymptom("symptom_timeout");
    QVERIFY(m_app->mainWindow().reportForm()->send());
    const Report report = m_app->store().all().constFirst().report;
    child<QTabWidget>("mainTabs")->setCurrentWidget(m_app->mainWindow().myReportsView());
    child<QTableView>("reportsTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>("resolvedButton"), Qt::LeftButton);
    ResolveDialog *dialog = m_app->mainWindow().myReportsView()->resolveDialog();
    QVERIFY(dialog);
    dialog->impactPanel()->minutesLost()->setValue(30);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resolveCancelButton")),
                      Qt::LeftButton);
    const Report after = m_app->store().find(report.id)->report;
    QVERIFY(!after.isResolved());
    QVERIFY(after.impact.isEmpty());
    QCOMPARE(after.revision, report.revision);
}

void TestReportForm::quickReportChoosesService()
{
    m_app->mainWindow().tabs()->setCurrentIndex(1);
    m_app->showReportFor(QStringLiteral("mycarenet-gmd"));
    QCOMPARE(m_app->mainWindow().tabs()->currentWidget(), m_app->mainWindow().reportForm());
    QCOMPARE(child<QComboBox>("serviceCombo")->currentData().toString(),
             QStringLiteral("mycarenet-gmd"));
    QTRY_VERIFY(child<QCheckBox>("symptom_unreachable")->hasFocus());
}

void TestReportForm::trayMenuOffersEveryService()
{
    TrayIcon tray(ServiceCatalogue::builtIn(), QStringLiteral("fr"));
    QSignalSpy requested(&tray, &TrayIcon::reportRequested);
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        auto *action =
            tray.menu()->findChild<QAction *>(QStringLiteral("quickReport_") + service.id);
        QVERIFY2(action, qPrintable(service.id));
        QCOMPARE(action->text(), service.name(QStringLiteral("fr")));
    }
    tray.menu()->findChild<QAction *>(QStringLiteral("quickReport_recip-e"))->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), QStringLiteral("recip-e"));
}

void TestReportForm::settingsDialogNamesWrongFields()
{
    ClientSettings &settings = m_app->settings();
    const QUrl before = settings.serverUrl();
    SettingsDialog dialog(settings);
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *postcode = dialog.findChild<QLineEdit *>(QStringLiteral("postcodeEdit"));
    // The EMR software's name offers the usual programs, as the welcome does.
    auto *software = dialog.findChild<QLineEdit *>(QStringLiteral("softwareNameEdit"));
    QVERIFY(software && software->completer());
    QCOMPARE(software->completer()->model()->rowCount(), usualEmrSoftware().size());
    software->completer()->setCompletionPrefix(QStringLiteral("medi"));
    QCOMPARE(software->completer()->currentCompletion(), QStringLiteral("Medidoc"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(server && postcode && language);
    QCOMPARE(server->text(), before.toString());

    server->setText(QStringLiteral("ftp://example.org"));
    postcode->setText(QStringLiteral("999"));
    dialog.accept();
    // The server address's problem under its field, the postcode's above the buttons.
    const QString serverText = dialog.findChild<QLabel *>(QStringLiteral("serverUrlError"))->text();
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text();
    QVERIFY2(serverText.startsWith(QStringLiteral("Server address")), qPrintable(serverText));
    QVERIFY2(text.contains(QStringLiteral("Practice postcode")), qPrintable(text));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settings.serverUrl(), before);

    server->setText(QStringLiteral("https://bugs.example.org/"));
    postcode->setText(QStringLiteral("4000"));
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://bugs.example.org/")));
    QCOMPARE(settings.postcode(), QStringLiteral("4000"));
    QCOMPARE(settings.language(), QStringLiteral("nl"));
}

QTEST_MAIN(TestReportForm)
#include "tst_reportform.moc"
