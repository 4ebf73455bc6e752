#pragma once

#include <QObject>
#include <QUrl>

class QWidget;

namespace ehb {

class LiveClient;

// Keeps the live levels coming while `window` is on screen: the live client polls while the
// window is shown and not minimized, and stops when it is hidden (closed to the tray), unless
// told to keep polling (an open report waits for "Is it back for you?", BackWatcher).
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    // `window` must outlive the feed.
    explicit LiveFeed(QWidget *window, QObject *parent = nullptr);

    LiveClient *client() const { return m_client; }
    void setServerUrl(const QUrl &url);
    // Polls also while the window is hidden or minimized.
    void setKeepPolling(bool keep);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QWidget *m_window;
    LiveClient *m_client;
    bool m_keepPolling = false;
};

} // namespace ehb
