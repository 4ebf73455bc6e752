#pragma once

#include "core/result.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <memory>

namespace ehb {

class BackWatcher;
class ClientSettings;
class DeliveryAgent;
class LiveFeed;
class LanguageLoader;
class MainWindow;
class ReleaseClient;
class ReportStore;
class TrayIcon;
class WelcomeDialog;

// The desktop program without its main(): the settings, the local store, the delivery agent,
// the main window and the tray icon, wired together. Tests build it like main.cpp does.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    // Takes ownership of `settings` and opens the store at settings->databasePath(); the
    // windows are built here. `language` has applied settings->language() and must outlive the
    // app: when the Settings dialog saves another language, the app applies it there, and
    // every window retranslates at once.
    static Result<std::unique_ptr<DesktopApp>> create(std::unique_ptr<ClientSettings> settings,
                                                      LanguageLoader &language);
    // The same with no translator installed yet (tests): the windows start in `uiLocale`'s
    // catalogue language, and the app loads a language only when the settings change it.
    static Result<std::unique_ptr<DesktopApp>> create(std::unique_ptr<ClientSettings> settings,
                                                      const QLocale &uiLocale);
    ~DesktopApp() override;

    ClientSettings &settings() const { return *m_settings; }
    ReportStore &store() const { return *m_store; }
    DeliveryAgent &agent() const { return *m_agent; }
    MainWindow &mainWindow() const { return *m_window; }
    // nullptr when the desktop has no notification area.
    TrayIcon *trayIcon() const { return m_tray.get(); }
    // The services' live levels for the Report tab.
    LiveFeed &liveFeed() const { return *m_live; }
    // "Is it back for you?": asks in the window and the tray when a reported service is normal
    // again (docs/architecture.md, "Is it back?").
    BackWatcher &backWatcher() const { return *m_back; }
    // Which app version the server says is current (MainWindow::updateNotice shows it).
    ReleaseClient &releaseClient() const { return *m_release; }

    // Shows the window (and tray icon), follows the network and tries at once what waits; with
    // setWelcomeOnFirstStart(true), also the first start's welcome until the GP answers it.
    void start();
    // Off by default, so that tests see no welcome unless they ask; main.cpp turns it on.
    void setWelcomeOnFirstStart(bool enabled) { m_welcomeOnFirstStart = enabled; }
    // The first start's welcome while it is open, else nullptr.
    WelcomeDialog *welcomeDialog() const;
    // The tray's quick report: the Report tab with `serviceId` chosen.
    void showReportFor(const QString &serviceId);
    // The tray's "Me too": ReportForm::meToo, and a tray notice that says what was filed. The
    // report's id; null when nothing was saved.
    QUuid meToo(const QString &serviceId);
    // Uses `tray` as the notification-area icon (the constructor does when the desktop has a
    // notification area; tests, whose offscreen desktop has none, give one).
    void attachTray(std::unique_ptr<TrayIcon> tray);

Q_SIGNALS:
    // Reports that had to wait for a retry reached the server (the tray shows a notice).
    void deliveredAfterWaiting(int count);

private:
    static Result<std::unique_ptr<DesktopApp>> create(std::unique_ptr<ClientSettings> settings,
                                                      LanguageLoader *language,
                                                      const QLocale &uiLocale);
    DesktopApp(std::unique_ptr<ClientSettings> settings, std::unique_ptr<ReportStore> store,
               LanguageLoader *language, const QString &catalogueLanguage);
    void applySettings();
    void onRetrying(const QUuid &id);
    void onDelivered(const QUuid &id);
    void onIdle();
    // The live levels are followed in the background while an open report may be asked about.
    void updateBackgroundPolling();

    // Declared in dependency order: destroyed in reverse, the store outlives the agent and
    // the windows that refer to it.
    std::unique_ptr<ClientSettings> m_settings;
    // The loader the app switches: the caller's, or one of its own made at the first change.
    std::unique_ptr<LanguageLoader> m_ownLanguage;
    LanguageLoader *m_language;
    QString m_languageInEffect;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<DeliveryAgent> m_agent;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<LiveFeed> m_live;
    std::unique_ptr<BackWatcher> m_back;
    std::unique_ptr<ReleaseClient> m_release;
    bool m_welcomeOnFirstStart = false;
    QPointer<WelcomeDialog> m_welcome;
    // Reports that had to wait; when they get through, the tray says so.
    QSet<QUuid> m_waited;
    int m_deliveredAfterWaiting = 0;
};

} // namespace ehb
