#include "net/serverprobe.h"

#include "net/apireply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ehb {

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ServerProbe::~ServerProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ServerProbe::check(const QUrl &server)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        // Queued, so that the caller sees the same order as for a real question.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT finished(false, tr("the address is not a web address")); });
        return;
    }
    QNetworkRequest request(ApiReply::address(server, QStringLiteral("/api/v1/services")));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ServerProbe::onFinished);
}

void ServerProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            const int seconds = static_cast<int>((m_timeout.count() + 999) / 1000);
            Q_EMIT finished(false, tr("no answer within %n second(s)", nullptr, seconds));
        } else {
            Q_EMIT finished(false, reply->errorString());
        }
        return;
    }
    if (status != 200) {
        Q_EMIT finished(false,
                        tr("it answers HTTP %1, not as a collection server does").arg(status));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (!body.value(QStringLiteral("services")).isArray()) {
        Q_EMIT finished(false, tr("its answer is not a collection server's"));
        return;
    }
    Q_EMIT finished(true, {});
}

} // namespace ehb
