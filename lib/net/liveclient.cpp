#include "net/liveclient.h"

#include "net/apireply.h"
#include "net/serveraddress.h"
#include "net/statsjson.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QUrlQuery>

namespace ehb {

namespace {

// An answer stays current through this many failed polls.
constexpr int KeptIntervals = 3;

} // namespace

LiveClient::LiveClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<stats::Live>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &LiveClient::fetchNow);
}

LiveClient::~LiveClient()
{
    ApiReply::abandon(m_reply, this);
}

void LiveClient::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    // Levels of another server are not this one's.
    ApiReply::abandon(m_reply, this);
    if (m_current) {
        m_current.reset();
        Q_EMIT unavailable(tr("The server address changed."));
    }
    if (isActive())
        m_timer.start(m_firstDelay);
}

void LiveClient::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.setInterval(interval);
}

void LiveClient::setActive(bool active)
{
    if (active == isActive())
        return;
    if (active) {
        m_timer.start(m_firstDelay);
    } else {
        m_timer.stop();
    }
}

void LiveClient::fetchNow()
{
    if (m_timer.isActive())
        m_timer.start(m_interval);
    if (m_reply || !m_serverUrl.isValid())
        return;
    QUrl url = ApiReply::address(m_serverUrl, QStringLiteral("/api/v1/live"));
    url.setQuery(QUrlQuery{{QStringLiteral("minutes"), QString::number(m_windowMinutes)}});
    // Never longer than a poll: a silent server must not pile requests up.
    m_reply = ApiReply::getJson(
        m_network, url, std::min<std::chrono::milliseconds>(m_interval, std::chrono::seconds(30)));
    ServerAddress::watchTls(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &LiveClient::onFinished);
}

void LiveClient::onFinished()
{
    QNetworkReply *reply = ApiReply::take(m_reply);
    if (!reply)
        return;
    const Result<QByteArray> body = ApiReply::body(reply, tr("the live levels"));
    QString problem;
    if (body) {
        Result<stats::Live> live = stats::StatsJson::live(body.value());
        if (live) {
            m_current = std::move(live).value();
            m_currentSince = QDateTime::currentDateTimeUtc();
            Q_EMIT updated(*m_current);
            Q_EMIT polled();
            return;
        }
        problem = live.error();
    } else {
        problem = body.error();
    }
    const bool stale = !m_current || m_currentSince.msecsTo(QDateTime::currentDateTimeUtc()) >
                                         KeptIntervals * m_interval.count();
    if (stale) {
        m_current.reset();
        Q_EMIT unavailable(problem);
    }
    Q_EMIT polled();
}

} // namespace ehb
