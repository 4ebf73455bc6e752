#pragma once

#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace ehb {

class ServiceCatalogue;

// The notification-area icon: "Report a problem with" a service in two clicks, show the window,
// quit, and a notice when reports waiting for the network were delivered.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // `language` is the catalogue language.
    TrayIcon(const ServiceCatalogue &catalogue, const QString &language, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    QMenu *menu() const { return m_menu.get(); }

public Q_SLOTS:
    // Tells the user that `count` reports that had to wait reached the server.
    void notifyDelivered(int count);

Q_SIGNALS:
    void reportRequested(const QString &serviceId);
    void showWindowRequested();
    void quitRequested();

private:
    // The menu has no parent widget, so it is owned here; it outlives the icon that shows it.
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
};

} // namespace ehb
