#include "trayicon.h"

#include "appicon.h"
#include "servicecatalogue.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace ehb {

TrayIcon::TrayIcon(const ServiceCatalogue &catalogue, const QString &language, QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(applicationIcon(), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QMenu *report = m_menu->addMenu(tr("&Report a problem with"));
    report->setObjectName(QStringLiteral("trayReportMenu"));
    for (const QString &group : ServiceCatalogue::groups()) {
        report->addSection(ServiceCatalogue::groupName(group));
        for (const Service &service : catalogue.services()) {
            if (service.group != group)
                continue;
            QAction *action = report->addAction(service.name(language));
            action->setObjectName(QStringLiteral("quickReport_") + service.id);
            const QString id = service.id;
            connect(action, &QAction::triggered, this, [this, id] { Q_EMIT reportRequested(id); });
        }
    }
    m_menu->addSeparator();
    QAction *showWindow = m_menu->addAction(tr("&Show window"));
    showWindow->setObjectName(QStringLiteral("trayShowWindow"));
    connect(showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(tr("eHealth Bugs: report a problem with an eHealth service"));
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
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
    m_icon->showMessage(
        tr("eHealth Bugs"),
        tr("The connection is back: %n waiting report(s) reached the server.", nullptr, count),
        QSystemTrayIcon::Information, 8000);
}

} // namespace ehb
