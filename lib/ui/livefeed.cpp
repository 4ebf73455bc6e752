#include "ui/livefeed.h"

#include "net/liveclient.h"
#include "net/noticeclient.h"

#include <QEvent>
#include <QWidget>

namespace ehb {

LiveFeed::LiveFeed(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(new LiveClient(this))
    , m_notices(new NoticeClient(this))
{
    connect(m_notices, &NoticeClient::changed, this, &LiveFeed::noticesChanged);
    // The notices are asked with each poll of the live levels: as often, and only while those.
    connect(m_client, &LiveClient::polled, m_notices, &NoticeClient::fetchNow);
    m_window->installEventFilter(this);
    follow();
}

void LiveFeed::setServerUrl(const QUrl &url)
{
    m_client->setServerUrl(url);
    m_notices->setServerUrl(url);
}

const QList<Notice> &LiveFeed::notices() const
{
    return m_notices->notices();
}

void LiveFeed::setKeepPolling(bool keep)
{
    m_keepPolling = keep;
    follow();
}

bool LiveFeed::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::WindowStateChange:
            follow();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LiveFeed::follow()
{
    m_client->setActive(m_keepPolling || (m_window->isVisible() && !m_window->isMinimized()));
}

} // namespace ehb
