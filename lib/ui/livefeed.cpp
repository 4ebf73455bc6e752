#include "ui/livefeed.h"

#include "net/liveclient.h"

#include <QEvent>
#include <QWidget>

namespace ehb {

LiveFeed::LiveFeed(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(new LiveClient(this))
{
    m_window->installEventFilter(this);
    follow();
}

void LiveFeed::setServerUrl(const QUrl &url)
{
    m_client->setServerUrl(url);
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
