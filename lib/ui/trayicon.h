#pragma once

#include "core/report.h"
#include "net/statsdata.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace ehb {

class ServiceCatalogue;

// The notification-area icon: "Report a problem with" a service in two clicks, "Me too" for the
// services other practices report failing now, show the window, quit, a notice when reports
// waiting for the network were delivered, and "Is it back for you?".
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // `catalogue` must outlive the icon. `language` is the catalogue language to start with;
    // on a language change, the language of the default locale.
    TrayIcon(const ServiceCatalogue &catalogue, const QString &language, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    QMenu *menu() const { return m_menu.get(); }
    QString toolTip() const;
    // While no collection server is set, the tooltip says so (reports are kept, not sent).
    void setServerMissing(bool missing);
    // "Me too": an entry per service at possible or outage level; hidden when there is none.
    QMenu *meTooMenu() const { return m_meTooMenu; }

public Q_SLOTS:
    // Tells the user that `count` reports that had to wait reached the server.
    void notifyDelivered(int count);
    // "Is Recip-e back for you?" for `report`; clicking the notice shows the window, where the
    // question waits (BackPrompt).
    void notifyAskIfBack(const ehb::Report &report);
    // Says what the "Me too" report `id` filed (ReportForm::meTooText); clicking the notice
    // asks for its details (detailsRequested()).
    void notifyReported(const QUuid &id, const QString &message);
    // The live levels, for the "Me too" menu; cleared when none are known.
    void setLiveStatus(const ehb::stats::Live &live);
    void clearLiveStatus();
    // The services this practice reported now (ReportForm::reportedNowChanged): their entries
    // are off.
    void setReported(const QStringList &services);

Q_SIGNALS:
    void reportRequested(const QString &serviceId);
    void meTooRequested(const QString &serviceId);
    void showWindowRequested();
    // The notice of the "Me too" report `id` was clicked.
    void detailsRequested(const QUuid &id);
    void quitRequested();

protected:
    // The icon is no widget: it hears of a new language through its menu, a top-level widget.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    // The quick report menu: one entry per service, under its group.
    void fillReportMenu();
    // The "Me too" menu from m_live.
    void fillMeTooMenu();

    const ServiceCatalogue &m_catalogue;
    QString m_language;
    // The menu has no parent widget, so it is owned here; it outlives the icon that shows it.
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
    QMenu *m_reportMenu = nullptr;
    QMenu *m_meTooMenu = nullptr;
    std::optional<stats::Live> m_live;
    // The "Me too" report whose notice shows last; null when the last notice is another.
    QUuid m_noticeReport;
    QStringList m_reported;
    QAction *m_showWindow = nullptr;
    QAction *m_quit = nullptr;
    bool m_serverMissing = false;
};

} // namespace ehb
