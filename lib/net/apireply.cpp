#include "net/apireply.h"

#include "net/serveraddress.h"
#include "net/servererror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ehb {

QUrl ApiReply::address(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

Result<QByteArray> ApiReply::body(QNetworkReply *reply, const QString &what)
{
    const int status = ApiReply::status(reply);
    const QByteArray bytes = reply->readAll();
    if (status == 200)
        return bytes;
    if (status == 0) {
        if (const QString tls = ServerAddress::tlsProblem(reply); !tls.isEmpty())
            return fail(
                tr("Could not load %1: the server's certificate was refused (%2).").arg(what, tls));
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return fail(tr("Could not load %1: the server did not answer in time.").arg(what));
        return fail(tr("Could not load %1: the server could not be reached (%2).")
                        .arg(what, reply->errorString()));
    }
    QString message = serverErrorText(bytes);
    if (message.isEmpty())
        message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 401)
        return fail(
            tr("Could not load %1: the staff token was refused. Check it in Settings.").arg(what));
    if (status == 429) {
        const int seconds = reply->rawHeader("Retry-After").toInt();
        return fail(tr("Could not load %1: the server is busy with too many requests; try again "
                       "in %n second(s).",
                       nullptr, std::max(1, seconds))
                        .arg(what));
    }
    if (status == 404)
        return fail(tr("Could not load %1: this server does not offer it (HTTP 404); it may be "
                       "an older version.")
                        .arg(what));
    if (status >= 500)
        return fail(tr("Could not load %1: the server had a problem (HTTP %2): %3")
                        .arg(what)
                        .arg(status)
                        .arg(message));
    return fail(tr("Could not load %1: the server refused the question (HTTP %2): %3")
                    .arg(what)
                    .arg(status)
                    .arg(message));
}

QNetworkReply *ApiReply::getJson(QNetworkAccessManager *network, const QUrl &url,
                                 std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    return network->get(request);
}

QNetworkReply *ApiReply::take(QPointer<QNetworkReply> &pending)
{
    QNetworkReply *reply = pending.data();
    pending = nullptr;
    if (reply)
        reply->deleteLater();
    return reply;
}

int ApiReply::status(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void ApiReply::abandon(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (QNetworkReply *pending = reply.data()) {
        reply = nullptr;
        pending->disconnect(receiver);
        pending->abort();
        pending->deleteLater();
    }
}

} // namespace ehb
