#pragma once

#include "core/notice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// Reads the public GET /api/v1/notices, the GBO's current notices, when asked: LiveFeed asks
// after each poll of the live levels, so they come as often and only while those do. A failure
// keeps the last answer for a few tries, then there are none; a server without the endpoint
// (404) has none. Never in anyone's way.
class NoticeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeClient)

public:
    explicit NoticeClient(QObject *parent = nullptr);
    ~NoticeClient() override;

    void setServerUrl(const QUrl &url);
    // The current notices as last read (empty: none, or none known).
    const QList<Notice> &notices() const { return m_notices; }

    // The notices of an answer {"notices": [...]}; a notice it cannot read is left out, an
    // answer that is not such an object fails.
    static Result<QList<Notice>> read(const QByteArray &body);

public Q_SLOTS:
    // Asks now (unless a request is already on its way).
    void fetchNow();

Q_SIGNALS:
    // The notices changed (also to none).
    void changed(const QList<ehb::Notice> &notices);
    // Every request's end, answered or not (tests).
    void checked();

private:
    void onFinished();
    void setNotices(const QList<Notice> &notices);

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QPointer<QNetworkReply> m_reply;
    QList<Notice> m_notices;
    QByteArray m_lastBody; // the answer the notices come from, to tell a change
    int m_failures = 0;    // failed tries since the last answer
};

} // namespace ehb
