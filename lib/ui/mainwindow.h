#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace ehb {

class AnalysisView;
class BackPrompt;
class ClientSettings;
class DeliveryAgent;
class MyReportsView;
class NoServerNotice;
class ReportForm;
class ReportStore;
class UpdateNotice;

// The window: the Report and My reports tabs, Settings and Quit, the delivery status, and above
// the tabs the question "Is it back for you?" when there is one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings`, `store` and `agent` must outlive the window. `language` is the catalogue
    // language.
    MainWindow(ClientSettings &settings, ReportStore &store, DeliveryAgent &agent,
               const QString &language, QWidget *parent = nullptr);

    ReportForm *reportForm() const { return m_form; }
    MyReportsView *myReportsView() const { return m_reports; }
    QTabWidget *tabs() const { return m_tabs; }
    // "Is it back for you?" above the tabs; hidden while nothing is asked.
    BackPrompt *backPrompt() const { return m_backPrompt; }
    // "A newer version of eHealth Bugs is available" (DesktopApp offers it).
    UpdateNotice *updateNotice() const { return m_updateNotice; }
    // "No collection server is set" above the tabs; hidden while an address is set.
    NoServerNotice *noServerNotice() const { return m_noServer; }
    // The GBO staff's Analysis tab; nullptr while no staff token is set.
    AnalysisView *analysisView() const { return m_analysis; }

    // Brings the window up on the Report tab with `serviceId` chosen (the tray's quick report).
    void showReportFor(const QString &serviceId);
    // Brings the window to the front.
    void bringToFront();
    // Brings the window up on My reports with "Add details" open for report `id` (after a
    // "Me too", from the Report tab or the tray's notice).
    void showDetailsOf(const QUuid &id);

public Q_SLOTS:
    void openSettings();
    void updateDeliveryStatus();

Q_SIGNALS:
    // The settings were saved (the server address or the language may have changed).
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    // Shows the Analysis tab when a staff token is set, and removes it when not.
    void updateAnalysisTab();
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();

    ClientSettings &m_settings;
    ReportStore &m_store;
    BackPrompt *m_backPrompt;
    UpdateNotice *m_updateNotice;
    NoServerNotice *m_noServer;
    QTabWidget *m_tabs;
    ReportForm *m_form;
    MyReportsView *m_reports;
    QLabel *m_deliveryStatus;
    AnalysisView *m_analysis = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ehb
