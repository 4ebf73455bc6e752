#include "net/serverprobe.h"

#include "net/apireply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
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
    ApiReply::abandon(m_reply, this);
}

void ServerProbe::check(const QUrl &server)
{
    ApiReply::abandon(m_reply, this);
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        // Queued, so that the caller sees the same order as for a real question.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT finished(false, tr("the address is not a web address")); });
        return;
    }
    m_reply = ApiReply::getJson(
        m_network, ApiReply::address(server, QStringLiteral("/api/v1/services")), m_timeout);
    connect(m_reply, &QNetworkReply::finished, this, &ServerProbe::onFinished);
}

void ServerProbe::onFinished()
{
    QNetworkReply *reply = ApiReply::take(m_reply);
    if (!reply)
        return;
    const int status = ApiReply::status(reply);
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
