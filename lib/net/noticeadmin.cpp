#include "net/noticeadmin.h"

#include "net/apireply.h"
#include "net/noticeclient.h"
#include "net/servererror.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ehb {

NoticeAdmin::NoticeAdmin(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Notice>();
    qRegisterMetaType<QList<Notice>>();
}

void NoticeAdmin::setServer(const QUrl &url, const QString &token)
{
    m_url = url;
    m_token = token;
}

QNetworkReply *NoticeAdmin::send(const QByteArray &verb, const QString &path,
                                 const QByteArray &body)
{
    QUrl url = ApiReply::address(m_url, QStringLiteral("/api/v1/notices") + path);
    if (verb == "GET")
        url.setQuery(QStringLiteral("all=1"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(30000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

void NoticeAdmin::list()
{
    QNetworkReply *reply = send("GET", {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const Result<QByteArray> body = ApiReply::body(reply, tr("the notices"));
        if (!body)
            return Q_EMIT failed(body.error());
        Result<QList<Notice>> notices = NoticeClient::read(body.value());
        if (!notices)
            return Q_EMIT failed(notices.error());
        Q_EMIT listed(notices.value());
    });
}

Result<Notice> NoticeAdmin::noticeOf(QNetworkReply *reply, const QString &what) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 201) {
        // The server's message names the bad fields; ApiReply says the rest (token, network).
        const QByteArray bytes = reply->peek(reply->bytesAvailable());
        if (status == 422 || status == 400 || status == 404)
            return fail(what + QStringLiteral(": ") + serverErrorText(bytes));
        const Result<QByteArray> body = ApiReply::body(reply, tr("the notices"));
        return fail(body ? what + QStringLiteral(" (HTTP %1).").arg(status) : body.error());
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    return NoticeCodec::fromJson(answer.value(QLatin1String("notice")).toObject());
}

void NoticeAdmin::publish(const QJsonObject &input)
{
    QNetworkReply *reply = send("POST", {}, QJsonDocument(input).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const Result<Notice> notice = noticeOf(reply, tr("Could not publish the notice"));
        if (!notice)
            return Q_EMIT failed(notice.error());
        Q_EMIT published(notice.value());
    });
}

void NoticeAdmin::withdraw(qint64 id)
{
    QNetworkReply *reply = send("DELETE", QLatin1Char('/') + QString::number(id));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const Result<Notice> notice = noticeOf(reply, tr("Could not withdraw the notice"));
        if (!notice)
            return Q_EMIT failed(notice.error());
        Q_EMIT withdrawn(notice.value());
    });
}

} // namespace ehb
