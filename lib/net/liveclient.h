#pragma once

#include "net/statsdata.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// Polls the public GET /api/v1/live while active (every minute by default, the first time
// shortly after it becomes active, so that a starting program delivers waiting reports first).
// Failures never get in anyone's way: the last answer stays current for a while, then unavailable()
// says there are no live levels.
class LiveClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveClient)

public:
    explicit LiveClient(QObject *parent = nullptr);
    ~LiveClient() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // How long after becoming active the first request goes (default 3 s).
    void setFirstDelay(std::chrono::milliseconds delay) { m_firstDelay = delay; }
    // The window asked for, in minutes (the server accepts 5 to 180; default 30).
    void setWindowMinutes(int minutes) { m_windowMinutes = minutes; }

    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    // The last answer while it is current.
    const std::optional<stats::Live> &current() const { return m_current; }

public Q_SLOTS:
    // Asks now (unless a request is already on its way).
    void fetchNow();

Q_SIGNALS:
    void updated(const ehb::stats::Live &live);
    // There are no current live levels; `reason` is translated.
    void unavailable(const QString &reason);
    // Every request's end, answered or not (LiveFeed asks for the notices then).
    void polled();

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    std::chrono::milliseconds m_interval{60000};
    std::chrono::milliseconds m_firstDelay{3000};
    int m_windowMinutes = 30;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    std::optional<stats::Live> m_current;
    QDateTime m_currentSince; // when the current answer came, local clock
};

} // namespace ehb
