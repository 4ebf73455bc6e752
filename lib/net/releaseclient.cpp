#include "net/releaseclient.h"

#include "net/apireply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRegularExpression>

namespace ehb {

namespace {

bool isVersion(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("\\A\\d{1,5}(\\.\\d{1,5}){0,3}\\z"));
    return shape.match(text).hasMatch();
}

} // namespace

ReleaseClient::ReleaseClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_currentVersion(QCoreApplication::applicationVersion())
{
    if (m_currentVersion.isEmpty())
        m_currentVersion = QStringLiteral(EHB_VERSION);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &ReleaseClient::fetchNow);
}

ReleaseClient::~ReleaseClient()
{
    ApiReply::abandon(m_reply, this);
}

void ReleaseClient::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.setInterval(interval);
}

void ReleaseClient::start()
{
    m_timer.start(m_firstDelay);
}

int ReleaseClient::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const qlonglong x = left.value(i).toLongLong();
        const qlonglong y = right.value(i).toLongLong();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

void ReleaseClient::fetchNow()
{
    if (m_timer.isActive())
        m_timer.start(m_interval);
    if (m_reply || !m_serverUrl.isValid())
        return;
    m_reply = ApiReply::getJson(m_network,
                                ApiReply::address(m_serverUrl, QStringLiteral("/api/v1/client")),
                                std::chrono::seconds(30));
    connect(m_reply, &QNetworkReply::finished, this, &ReleaseClient::onFinished);
}

void ReleaseClient::onFinished()
{
    QNetworkReply *reply = ApiReply::take(m_reply);
    if (!reply)
        return;
    if (reply->error() == QNetworkReply::NoError && ApiReply::status(reply) == 200) {
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString latest = body.value(QStringLiteral("latest")).toString();
        const QUrl download(body.value(QStringLiteral("download_url")).toString(),
                            QUrl::StrictMode);
        const QString scheme = download.scheme();
        // Only a link the GP can open in a browser; anything else is left out.
        const bool webLink = download.isValid() && !download.host().isEmpty() &&
                             (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
        if (isVersion(latest) && compareVersions(latest, m_currentVersion) > 0)
            Q_EMIT newerVersion(latest, webLink ? download : QUrl());
    }
    Q_EMIT checked();
}

} // namespace ehb
