#include "ui/desktopapp.h"

#include "client/clientsettings.h"
#include "client/language.h"
#include "core/servicecatalogue.h"
#include "net/deliveryagent.h"
#include "net/liveclient.h"
#include "net/releaseclient.h"
#include "store/reportstore.h"
#include "ui/backprompt.h"
#include "ui/backwatcher.h"
#include "ui/livebanner.h"
#include "ui/livefeed.h"
#include "ui/mainwindow.h"
#include "ui/nowstrip.h"
#include "ui/reportform.h"
#include "ui/trayicon.h"
#include "ui/uilanguage.h"
#include "ui/updatenotice.h"
#include "ui/welcomedialog.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace ehb {

Result<std::unique_ptr<DesktopApp>> DesktopApp::create(std::unique_ptr<ClientSettings> settings,
                                                       LanguageLoader &language)
{
    return create(std::move(settings), &language, QLocale());
}

Result<std::unique_ptr<DesktopApp>> DesktopApp::create(std::unique_ptr<ClientSettings> settings,
                                                       const QLocale &uiLocale)
{
    return create(std::move(settings), nullptr, uiLocale);
}

Result<std::unique_ptr<DesktopApp>> DesktopApp::create(std::unique_ptr<ClientSettings> settings,
                                                       LanguageLoader *language,
                                                       const QLocale &uiLocale)
{
    Result<std::unique_ptr<ReportStore>> store = ReportStore::open(settings->databasePath());
    if (!store)
        return fail(store.error());
    return std::unique_ptr<DesktopApp>(new DesktopApp(std::move(settings), std::move(store).value(),
                                                      language, catalogueLanguage(uiLocale)));
}

DesktopApp::DesktopApp(std::unique_ptr<ClientSettings> settings, std::unique_ptr<ReportStore> store,
                       LanguageLoader *language, const QString &catalogueLanguage)
    : m_settings(std::move(settings))
    , m_language(language)
    , m_languageInEffect(m_settings->language())
    , m_store(std::move(store))
    , m_agent(std::make_unique<DeliveryAgent>(*m_store))
    , m_window(std::make_unique<MainWindow>(*m_settings, *m_store, *m_agent, catalogueLanguage))
{
    m_agent->setServerUrl(m_settings->serverUrl());
    connect(m_window.get(), &MainWindow::settingsChanged, this, &DesktopApp::applySettings);

    // Live levels on the Report tab while the window is on screen; never in the way of a report.
    m_live = std::make_unique<LiveFeed>(m_window.get());
    m_live->setServerUrl(m_settings->serverUrl());
    connect(m_live->client(), &LiveClient::updated, m_window->reportForm(),
            &ReportForm::setLiveStatus);
    connect(m_live->client(), &LiveClient::unavailable, m_window->reportForm(),
            &ReportForm::clearLiveStatus);
    // The GBO's notices in the live banner, in the GP's language.
    connect(m_live.get(), &LiveFeed::noticesChanged, m_window->reportForm()->liveBanner(),
            &LiveBanner::setNotices);
    connect(m_live.get(), &LiveFeed::noticesChanged, m_window->reportForm()->nowStrip(),
            &NowStrip::setNotices);

    // "A newer version is available" at the top of the window: asked at start, then daily.
    m_release = std::make_unique<ReleaseClient>();
    m_release->setServerUrl(m_settings->serverUrl());
    connect(m_release.get(), &ReleaseClient::newerVersion, m_window->updateNotice(),
            &UpdateNotice::offer);

    // "Is it back for you?" in the window (and in the tray, below) when a service this practice
    // reported is normal again for a while.
    m_back = std::make_unique<BackWatcher>(*m_store);
    connect(m_live->client(), &LiveClient::updated, m_back.get(), &BackWatcher::onLive);
    connect(m_live->client(), &LiveClient::unavailable, m_back.get(),
            &BackWatcher::onLiveUnavailable);
    connect(m_back.get(), &BackWatcher::askIfBack, m_window->backPrompt(), &BackPrompt::ask);
    connect(m_window->reportForm(), &ReportForm::reportSaved, this,
            &DesktopApp::updateBackgroundPolling);
    connect(m_agent.get(), &DeliveryAgent::stateChanged, this,
            &DesktopApp::updateBackgroundPolling);
    connect(m_back.get(), &BackWatcher::askIfBack, this, &DesktopApp::updateBackgroundPolling);

    connect(m_agent.get(), &DeliveryAgent::retrying, this,
            [this](const QUuid &id, const QString &, const QDateTime &) { onRetrying(id); });
    connect(m_agent.get(), &DeliveryAgent::delivered, this,
            [this](const QUuid &id, int) { onDelivered(id); });
    connect(m_agent.get(), &DeliveryAgent::idle, this, &DesktopApp::onIdle);

    if (QSystemTrayIcon::isSystemTrayAvailable())
        attachTray(std::make_unique<TrayIcon>(ServiceCatalogue::builtIn(), catalogueLanguage));
}

void DesktopApp::attachTray(std::unique_ptr<TrayIcon> tray)
{
    m_tray = std::move(tray);
    connect(m_tray.get(), &TrayIcon::reportRequested, this, &DesktopApp::showReportFor);
    connect(m_tray.get(), &TrayIcon::meTooRequested, this, &DesktopApp::meToo);
    connect(m_tray.get(), &TrayIcon::showWindowRequested, m_window.get(),
            &MainWindow::bringToFront);
    connect(m_tray.get(), &TrayIcon::detailsRequested, m_window.get(), &MainWindow::showDetailsOf);
    connect(m_live->client(), &LiveClient::updated, m_tray.get(), &TrayIcon::setLiveStatus);
    connect(m_live->client(), &LiveClient::unavailable, m_tray.get(), &TrayIcon::clearLiveStatus);
    connect(m_window->reportForm(), &ReportForm::reportedNowChanged, m_tray.get(),
            &TrayIcon::setReported);
    m_tray->setServerMissing(m_settings->serverUrl().isEmpty());
    if (const auto &live = m_live->client()->current())
        m_tray->setLiveStatus(*live);
    m_tray->setReported(m_window->reportForm()->reportedNow());
    connect(this, &DesktopApp::deliveredAfterWaiting, m_tray.get(), &TrayIcon::notifyDelivered);
    connect(m_back.get(), &BackWatcher::askIfBack, m_tray.get(), &TrayIcon::notifyAskIfBack);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    // Closing the window leaves the icon, so delivery goes on in the background.
    QApplication::setQuitOnLastWindowClosed(false);
}

QUuid DesktopApp::meToo(const QString &serviceId)
{
    // The form files it, so that it is made, saved and delivered like any report.
    const QUuid id = m_window->reportForm()->meToo(serviceId);
    if (!id.isNull() && m_tray)
        m_tray->notifyReported(id, ReportForm::meTooText(serviceId));
    return id;
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::start()
{
    m_window->show();
    if (m_tray)
        m_tray->show();
    updateBackgroundPolling();
    m_agent->watchNetwork();
    // At start, whatever waits is tried at once, backoff or not (docs/architecture.md, "Delivery").
    m_agent->retryAllNow();
    m_release->start();
    if (m_welcomeOnFirstStart && !m_settings->welcomeAnswered()) {
        // Over the window, not blocking it: the GP may report before answering.
        m_welcome = new WelcomeDialog(*m_settings, m_window.get());
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        m_welcome->setWindowModality(Qt::NonModal);
        m_welcome->show();
    }
}

WelcomeDialog *DesktopApp::welcomeDialog() const
{
    return m_welcome;
}

void DesktopApp::showReportFor(const QString &serviceId)
{
    m_window->showReportFor(serviceId);
}

void DesktopApp::applySettings()
{
    // A new language applies at once: the loader swaps the translators and every window
    // retranslates itself on the LanguageChange events that follow.
    if (m_settings->language() != m_languageInEffect) {
        if (!m_language) {
            m_ownLanguage = std::make_unique<LanguageLoader>();
            m_language = m_ownLanguage.get();
        }
        m_languageInEffect = m_settings->language();
        m_language->apply(m_languageInEffect);
    }
    m_agent->setServerUrl(m_settings->serverUrl());
    m_live->setServerUrl(m_settings->serverUrl());
    m_release->setServerUrl(m_settings->serverUrl());
    if (m_tray)
        m_tray->setServerMissing(m_settings->serverUrl().isEmpty());
    // Reports kept while no address was set go out now.
    m_agent->retryAllNow();
}

void DesktopApp::updateBackgroundPolling()
{
    m_live->setKeepPolling(m_back->isWatching());
}

void DesktopApp::onRetrying(const QUuid &id)
{
    m_waited.insert(id);
}

void DesktopApp::onDelivered(const QUuid &id)
{
    if (m_waited.remove(id))
        ++m_deliveredAfterWaiting;
}

void DesktopApp::onIdle()
{
    // One notice per burst of deliveries, not one per report.
    if (m_deliveredAfterWaiting == 0)
        return;
    const int count = m_deliveredAfterWaiting;
    m_deliveredAfterWaiting = 0;
    Q_EMIT deliveredAfterWaiting(count);
}

} // namespace ehb
