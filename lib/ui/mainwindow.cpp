#include "mainwindow.h"

#include "analysisview.h"
#include "appicon.h"
#include "clientsettings.h"
#include "deliveryagent.h"
#include "myreportsview.h"
#include "reportform.h"
#include "reportstore.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace ehb {

MainWindow::MainWindow(ClientSettings &settings, ReportStore &store, DeliveryAgent &agent,
                       const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_form(new ReportForm(settings, store, language, m_tabs))
    , m_reports(new MyReportsView(store, agent, language, m_tabs))
    , m_deliveryStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("eHealth Bugs"));
    setWindowIcon(applicationIcon());

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_form, tr("&Report"));
    m_tabs->addTab(m_reports, tr("My rep&orts"));
    m_tabs->setTabToolTip(0, tr("Report a problem with a service"));
    m_tabs->setTabToolTip(1, tr("Your reports and whether the server received them"));
    setCentralWidget(m_tabs);

    m_deliveryStatus->setObjectName(QStringLiteral("deliveryStatus"));
    m_deliveryStatus->setAccessibleName(tr("Delivery status"));
    statusBar()->addPermanentWidget(m_deliveryStatus, 1);

    createMenus();

    // Save first, deliver in the background: the form only nudges the agent.
    connect(m_form, &ReportForm::reportSaved, &agent, &DeliveryAgent::deliverNow);
    connect(m_form, &ReportForm::reportSaved, m_reports, &MyReportsView::refresh);
    connect(m_form, &ReportForm::reportSaved, this, &MainWindow::updateDeliveryStatus);
    connect(&agent, &DeliveryAgent::stateChanged, this, &MainWindow::updateDeliveryStatus);
    connect(&agent, &DeliveryAgent::idle, this, &MainWindow::updateDeliveryStatus);
    updateDeliveryStatus();
    connect(this, &MainWindow::settingsChanged, this, &MainWindow::updateAnalysisTab);
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About eHealth Bugs"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
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
    m_deliveryStatus->setText(pending == 0
                                  ? tr("All reports delivered")
                                  : tr("%n report(s) waiting for the server", nullptr, pending));
}

} // namespace ehb
