#include "server/official/officialpoller.h"

#include "server/http/servermetrics.h"
#include "server/official/officialfeed.h"
#include "server/official/officialfeedstate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <algorithm>

namespace ehb::server {

OfficialPoller::OfficialPoller(Settings settings, std::unique_ptr<OfficialRecord> record,
                               OfficialFeedState &state, ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_record(std::move(record))
    , m_state(state)
    , m_metrics(metrics)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(m_settings.interval);
    connect(&m_timer, &QTimer::timeout, this, &OfficialPoller::fetch);
}

OfficialPoller::~OfficialPoller()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void OfficialPoller::start()
{
    m_timer.start();
    QTimer::singleShot(0, this, &OfficialPoller::fetch);
}

QDateTime OfficialPoller::now() const
{
    const QDateTime time = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    return time.toUTC();
}

void OfficialPoller::fetch()
{
    if (m_reply)
        return; // the last one is still going: it is abandoned at its timeout
    QNetworkRequest request(m_settings.url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ehealthbugs-server/" EHB_VERSION));
    const auto timeout =
        std::min<std::chrono::milliseconds>(m_settings.timeout, m_settings.interval);
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxBodyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void OfficialPoller::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        // An abandoned fetch says "Operation canceled"; say why it was.
        failed(reply->error() == QNetworkReply::OperationCanceledError
                   ? tr("no complete answer in time, or an answer too large")
                   : reply->errorString());
        return;
    }
    if (status != 200) {
        failed(tr("HTTP status %1").arg(status));
        return;
    }
    const Result<QList<OfficialComponent>> components = OfficialFeed::parse(reply->readAll());
    if (!components) {
        failed(components.error());
        return;
    }
    QList<OfficialObservation> observations;
    QSet<QString> seen; // a component listed twice counts once, as first listed
    for (const OfficialComponent &component : components.value()) {
        if (Q_UNLIKELY(seen.contains(component.id)))
            continue;
        seen.insert(component.id);
        observations.append({component.id, component.name, m_settings.map.serviceFor(component),
                             OfficialFeed::code(component.status)});
    }
    const QDateTime seenAt = now();
    const Result<QList<OfficialChange>> recorded =
        m_record->recordOfficialStatus(observations, seenAt);
    if (!recorded) {
        failed(recorded.error());
        return;
    }
    const int changes = int(recorded->size());
    m_state.recordSuccess(seenAt, int(components->size()),
                          m_settings.map.unmapped(components.value()));
    m_metrics.recordOfficialFetch(true, changes);
    Q_EMIT fetched(true, changes);
}

void OfficialPoller::failed(const QString &reason)
{
    m_state.recordFailure(now(), reason);
    m_metrics.recordOfficialFetch(false);
    Q_EMIT fetched(false, 0);
}

} // namespace ehb::server
