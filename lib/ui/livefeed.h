#pragma once

#include "core/notice.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QWidget;

namespace ehb {

class LiveClient;
class NoticeClient;

// Keeps the live levels and the GBO's notices coming while `window` is on screen: the live client
// polls while the window is shown and not minimized, and stops when it is hidden (closed to the
// tray), unless told to keep polling (an open report waits for "Is it back for you?",
// BackWatcher); the notices are asked after each of its polls.
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    // `window` must outlive the feed.
    explicit LiveFeed(QWidget *window, QObject *parent = nullptr);

    LiveClient *client() const { return m_client; }
    NoticeClient *noticeClient() const { return m_notices; }
    // The GBO's current notices, as last read (the live banner and the "Now" strip show them).
    const QList<Notice> &notices() const;
    void setServerUrl(const QUrl &url);
    // Polls also while the window is hidden or minimized.
    void setKeepPolling(bool keep);

Q_SIGNALS:
    // The current notices changed (also to none).
    void noticesChanged(const QList<ehb::Notice> &notices);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QWidget *m_window;
    LiveClient *m_client;
    NoticeClient *m_notices;
    bool m_keepPolling = false;
};

} // namespace ehb
