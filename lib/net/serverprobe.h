#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// Whether a collection server answers: one GET of the public /api/v1/services with a short
// timeout. "Answers" means a 200 with the service catalogue; anything else says why not, in a
// translated phrase ("the connection was refused", "no answer within 5 seconds").
class ServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProbe)

public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Asks `server`, forgetting any question still on its way; finished() follows, at once
    // for an address that is not a web address.
    void check(const QUrl &server);

Q_SIGNALS:
    // `reason` is empty when the server answers.
    void finished(bool answers, const QString &reason);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{5000};
    QPointer<QNetworkReply> m_reply;
};

} // namespace ehb
