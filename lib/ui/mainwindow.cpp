#include "ui/mainwindow.h"

#include "client/clientsettings.h"
#include "core/timeutil.h"
#include "net/deliveryagent.h"
#include "store/reportstore.h"
#include "ui/analysis/analysisview.h"
#include "ui/appicon.h"
#include "ui/backprompt.h"
#include "ui/myreportsview.h"
#include "ui/noservernotice.h"
#include "ui/reportform.h"
#include "ui/settingsdialog.h"
#include "ui/updatenotice.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ehb {

MainWindow::MainWindow(ClientSettings &settings, ReportStore &store, DeliveryAgent &agent,
                       const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_backPrompt(new BackPrompt(this))
    , m_updateNotice(new UpdateNotice(settings, this))
    , m_noServer(new NoServerNotice(settings, this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ReportForm(settings, store, language, m_tabs))
    , m_reports(new MyReportsView(store, agent, language, m_tabs))
    , m_deliveryStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(m_reports, QString());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noServer);
    layout->addWidget(m_updateNotice);
    layout->addWidget(m_backPrompt);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // The answers are edits like My reports' "Resolved now": the same code makes them, the end
    // marked as an answer (end_answered), which the analysis reads apart from a GP's own click.
    connect(m_backPrompt, &BackPrompt::resolvedNow, m_reports, [this](const QUuid &id) {
        m_reports->resolve(id, utcNowSeconds(), std::nullopt, true);
    });
    connect(m_backPrompt, &BackPrompt::stillFailing, m_reports,
            [this](const QUuid &id) { m_reports->confirmStillFailing(id, utcNowSeconds()); });
    connect(m_reports, &MyReportsView::resolved, m_backPrompt, &BackPrompt::withdraw);
    // A resolved report no longer stands for "Me too" done.
    connect(m_reports, &MyReportsView::resolved, m_form, &ReportForm::updateReportedNow);

    m_deliveryStatus->setObjectName(QStringLiteral("deliveryStatus"));
    statusBar()->addPermanentWidget(m_deliveryStatus, 1);

    createMenus();
    retranslate();

    // Save first, deliver in the background: the form only nudges the agent.
    connect(m_form, &ReportForm::reportSaved, &agent, &DeliveryAgent::deliverNow);
    connect(m_form, &ReportForm::reportSaved, m_reports, &MyReportsView::refresh);
    connect(m_form, &ReportForm::reportSaved, this, &MainWindow::updateDeliveryStatus);
    // "Me too" leaves the form as it is: the status bar says what was filed.
    connect(m_form, &ReportForm::meTooFiled, this, [this](const QUuid &, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_form, &ReportForm::detailsRequested, this, &MainWindow::showDetailsOf);
    connect(&agent, &DeliveryAgent::stateChanged, this, &MainWindow::updateDeliveryStatus);
    connect(&agent, &DeliveryAgent::idle, this, &MainWindow::updateDeliveryStatus);
    connect(this, &MainWindow::settingsChanged, this, &MainWindow::updateAnalysisTab);
    connect(this, &MainWindow::settingsChanged, m_noServer, &NoServerNotice::refresh);
    connect(this, &MainWindow::settingsChanged, this, &MainWindow::updateDeliveryStatus);
    connect(m_noServer, &NoServerNotice::settingsRequested, this, &MainWindow::openSettings);
    updateAnalysisTab();
    resize(860, 640);
}

void MainWindow::updateAnalysisTab()
{
    const QString token = m_settings.staffToken();
    if (token.isEmpty()) {
        if (m_analysis) {
            m_tabs->removeTab(m_tabs->indexOf(m_analysis));
            delete std::exchange(m_analysis, nullptr);
        }
        return;
    }
    if (!m_analysis) {
        m_analysis = new AnalysisView(m_tabs);
        const int index = m_tabs->addTab(m_analysis, AnalysisView::tabTitle());
        m_tabs->setTabToolTip(index, tr("Statistics for the GBO staff"));
        connect(m_analysis, &AnalysisView::retranslated, this, [this] {
            const int at = m_tabs->indexOf(m_analysis);
            m_tabs->setTabText(at, AnalysisView::tabTitle());
            m_tabs->setTabToolTip(at, tr("Statistics for the GBO staff"));
        });
    }
    m_analysis->setServer(m_settings.serverUrl(), token);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("eHealth Bugs"));
    m_tabs->setAccessibleName(tr("Views"));
    const int report = m_tabs->indexOf(m_form);
    m_tabs->setTabText(report, tr("&Report"));
    m_tabs->setTabToolTip(report, tr("Report a problem with a service"));
    const int reports = m_tabs->indexOf(m_reports);
    m_tabs->setTabText(reports, tr("My rep&orts"));
    m_tabs->setTabToolTip(reports, tr("Your reports and whether the server received them"));
    m_deliveryStatus->setAccessibleName(tr("Delivery status"));

    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About eHealth Bugs"));
    updateDeliveryStatus();
}

void MainWindow::createMenus()
{
    // Texts are set by retranslate().
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_settingsAction = m_fileMenu->addAction(QString());
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About eHealth Bugs"),
            tr("eHealth Bugs %1\n\nReport failures of the Belgian eHealth services in seconds. "
               "Reports are saved on this computer first, then sent to the GBO collection server. "
               "No patient data is collected.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showReportFor(const QString &serviceId)
{
    m_tabs->setCurrentWidget(m_form);
    bringToFront();
    m_form->setService(serviceId);
}

void MainWindow::showDetailsOf(const QUuid &id)
{
    m_tabs->setCurrentWidget(m_reports);
    bringToFront();
    m_reports->addDetails(id);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT settingsChanged();
}

void MainWindow::updateDeliveryStatus()
{
    const int pending = m_store.pendingCount();
    if (pending == 0)
        m_deliveryStatus->setText(tr("All reports delivered"));
    else if (m_settings.serverUrl().isEmpty())
        m_deliveryStatus->setText(tr(
            "%Ln report(s) kept on this computer: no collection server is set", nullptr, pending));
    else
        m_deliveryStatus->setText(tr("%Ln report(s) waiting for the server", nullptr, pending));
}

} // namespace ehb
