#include "ui/trayicon.h"

#include "core/servicecatalogue.h"
#include "ui/appicon.h"
#include "ui/backprompt.h"
#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

namespace ehb {

TrayIcon::TrayIcon(const ServiceCatalogue &catalogue, const QString &language, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_language(language)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(applicationIcon(), this))
{
    // Texts are set by retranslate().
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_reportMenu = m_menu->addMenu(QString());
    m_reportMenu->setObjectName(QStringLiteral("trayReportMenu"));
    m_meTooMenu = m_menu->addMenu(QString());
    m_meTooMenu->setObjectName(QStringLiteral("trayMeTooMenu"));
    m_menu->addSeparator();
    m_showWindow = m_menu->addAction(QString());
    m_showWindow->setObjectName(QStringLiteral("trayShowWindow"));
    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_menu->installEventFilter(this);

    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    // The notices that ask something are answered in the window.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_noticeReport.isNull())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT detailsRequested(m_noticeReport);
    });
    retranslate();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange) {
        // LanguageLoader makes the new language's locale the default.
        m_language = catalogueLanguage(QLocale());
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    m_reportMenu->setTitle(tr("&Report a problem with"));
    fillReportMenu();
    m_meTooMenu->setTitle(tr("&Me too, failing now"));
    fillMeTooMenu();
    m_showWindow->setText(tr("&Show window"));
    m_quit->setText(tr("&Quit"));
    m_icon->setToolTip(m_serverMissing
                           ? tr("eHealth Bugs: no collection server is set. Reports are kept on "
                                "this computer until one is set in Settings.")
                           : tr("eHealth Bugs: report a problem with an eHealth service"));
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::setServerMissing(bool missing)
{
    m_serverMissing = missing;
    retranslate();
}

void TrayIcon::fillReportMenu()
{
    m_reportMenu->clear();
    for (const QString &group : ServiceCatalogue::groups()) {
        m_reportMenu->addSection(ServiceCatalogue::groupName(group));
        for (const Service &service : m_catalogue.services()) {
            if (service.group != group)
                continue;
            QAction *action = m_reportMenu->addAction(service.name(m_language));
            action->setObjectName(QStringLiteral("quickReport_") + service.id);
            const QString id = service.id;
            connect(action, &QAction::triggered, this, [this, id] { Q_EMIT reportRequested(id); });
        }
    }
}

void TrayIcon::setLiveStatus(const stats::Live &live)
{
    m_live = live;
    fillMeTooMenu();
}

void TrayIcon::clearLiveStatus()
{
    m_live.reset();
    fillMeTooMenu();
}

void TrayIcon::setReported(const QStringList &services)
{
    m_reported = services;
    fillMeTooMenu();
}

void TrayIcon::fillMeTooMenu()
{
    // Later, not now: the entry being triggered may be what asks for the new menu.
    const QList<QAction *> old = m_meTooMenu->actions();
    for (QAction *action : old) {
        m_meTooMenu->removeAction(action);
        action->deleteLater();
    }
    if (m_live) {
        for (const stats::LiveService &status : m_live->services) {
            if (status.level == stats::LiveLevel::Normal)
                continue;
            const Service *service = m_catalogue.find(status.service);
            QAction *action =
                m_meTooMenu->addAction(LiveLevelBadge::icon(status.level),
                                       service ? service->name(m_language) : status.service);
            action->setObjectName(QStringLiteral("trayMeToo_") + status.service);
            action->setEnabled(!m_reported.contains(status.service));
            const QString id = status.service;
            connect(action, &QAction::triggered, this, [this, id] { Q_EMIT meTooRequested(id); });
        }
    }
    m_meTooMenu->menuAction()->setVisible(!m_meTooMenu->isEmpty());
}

TrayIcon::~TrayIcon()
{
    // The icon refers to the menu: let it go first.
    delete m_icon;
}

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::notifyDelivered(int count)
{
    if (count <= 0)
        return;
    m_noticeReport = QUuid();
    m_icon->showMessage(
        tr("eHealth Bugs"),
        tr("The connection is back: %Ln waiting report(s) reached the server.", nullptr, count),
        QSystemTrayIcon::Information, 8000);
}

void TrayIcon::notifyReported(const QUuid &id, const QString &message)
{
    m_noticeReport = id;
    m_icon->showMessage(tr("eHealth Bugs"),
                        message + QLatin1Char(' ') + tr("Click here to add details."),
                        QSystemTrayIcon::Information, 8000);
}

void TrayIcon::notifyAskIfBack(const Report &report)
{
    m_noticeReport = QUuid();
    m_icon->showMessage(BackPrompt::question(report.service),
                        BackPrompt::detail(report) + QLatin1Char(' ') +
                            tr("Click here to answer in eHealth Bugs."),
                        QSystemTrayIcon::Information, 30000);
}

} // namespace ehb
