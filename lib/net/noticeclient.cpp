#include "net/noticeclient.h"

#include "net/apireply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace ehb {

namespace {

// The last notices stay through this many failed tries (a minute each with the live levels).
constexpr int KeptFailures = 3;

} // namespace

NoticeClient::NoticeClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<QList<Notice>>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

NoticeClient::~NoticeClient()
{
    ApiReply::abandon(m_reply, this);
}

void NoticeClient::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    // Another server's notices are not this one's.
    ApiReply::abandon(m_reply, this);
    setNotices({});
}

void NoticeClient::fetchNow()
{
    if (m_reply || !m_serverUrl.isValid())
        return;
    // Shorter than a poll of the live levels: a silent server must not pile requests up.
    m_reply = ApiReply::getJson(m_network,
                                ApiReply::address(m_serverUrl, QStringLiteral("/api/v1/notices")),
                                std::chrono::seconds(30));
    connect(m_reply, &QNetworkReply::finished, this, &NoticeClient::onFinished);
}

Result<QList<Notice>> NoticeClient::read(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue list = document.object().value(QLatin1String("notices"));
    if (!list.isArray())
        return fail(tr("The server's notices are not in the expected form."));
    QList<Notice> notices;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &value : array) {
        if (Result<Notice> notice = NoticeCodec::fromJson(value.toObject()))
            notices.append(std::move(notice).value());
    }
    return notices;
}

void NoticeClient::onFinished()
{
    QNetworkReply *reply = ApiReply::take(m_reply);
    if (!reply)
        return;
    const int status = ApiReply::status(reply);
    Result<QList<Notice>> notices = fail(QString());
    const QByteArray body = reply->readAll();
    if (status == 404)
        notices = QList<Notice>(); // a server from before notices
    else if (reply->error() == QNetworkReply::NoError && status == 200)
        notices = read(body);
    if (notices) {
        m_failures = 0;
        if (body != m_lastBody || status == 404) {
            setNotices(notices.value());
            m_lastBody = body;
        }
    } else if (++m_failures >= KeptFailures) {
        setNotices({});
    }
    Q_EMIT checked();
}

void NoticeClient::setNotices(const QList<Notice> &notices)
{
    m_lastBody.clear();
    if (notices.isEmpty() && m_notices.isEmpty())
        return;
    m_notices = notices;
    Q_EMIT changed(m_notices);
}

} // namespace ehb
