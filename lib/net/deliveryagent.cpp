#include "net/deliveryagent.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "net/serveraddress.h"
#include "net/servererror.h"
#include "store/reportstore.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace ehb {

namespace {

enum class Outcome
{
    Delivered,
    Retry,
    Reject
};

Outcome classify(int status)
{
    if (status == 200 || status == 201)
        return Outcome::Delivered;
    if (status == 0 || status == 408 || status == 429 || status >= 500)
        return Outcome::Retry;
    return Outcome::Reject;
}

} // namespace

DeliveryAgent::DeliveryAgent(ReportStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return utcNowSeconds(); })
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    // Practices often sit behind a proxy configured in the operating system.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryAgent::deliverNow);
}

DeliveryAgent::~DeliveryAgent()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void DeliveryAgent::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

bool DeliveryAgent::hasServer() const
{
    return ServerAddress::isAllowed(m_serverUrl);
}

void DeliveryAgent::watchNetwork()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online ||
                    reachability == QNetworkInformation::Reachability::Site)
                    retryAllNow();
            });
}

QDateTime DeliveryAgent::now() const
{
    return m_clock();
}

void DeliveryAgent::deliverNow()
{
    if (m_reply) {
        m_pendingRun = true; // look again when the request in flight is done
        return;
    }
    m_queue = m_store.due(m_ignoreBackoff ? QDateTime::fromSecsSinceEpoch(253402300799LL) : now());
    m_ignoreBackoff = false;
    sendNext();
}

void DeliveryAgent::retryAllNow()
{
    m_ignoreBackoff = true;
    deliverNow();
}

void DeliveryAgent::sendNext()
{
    // No address, or one refused (plain http:// to another computer): the reports wait, saved.
    if (m_queue.isEmpty() || !hasServer()) {
        m_queue.clear();
        if (m_pendingRun) {
            m_pendingRun = false;
            deliverNow();
            return;
        }
        scheduleTimer();
        Q_EMIT idle();
        return;
    }
    const Report report = m_queue.takeFirst();
    QUrl url = m_serverUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/reports/") + uuidText(report.id));

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ehealthbugs/" EHB_VERSION));
    request.setTransferTimeout(int(m_transferTimeout.count()));
    m_inFlightId = report.id;
    m_inFlightRevision = report.revision;
    m_reply = m_network->put(request, ReportCodec::toBytes(report));
    ServerAddress::watchTls(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &DeliveryAgent::onFinished);
}

void DeliveryAgent::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QUuid id = m_inFlightId;
    const int revision = m_inFlightRevision;

    switch (classify(status)) {
    case Outcome::Delivered:
        if (m_store.markSent(id, revision))
            Q_EMIT delivered(id, revision);
        break;
    case Outcome::Reject: {
        QString message = serverErrorText(body);
        if (message.isEmpty())
            message = tr("The server refused the report (HTTP %1)").arg(status);
        (void)m_store.markRejected(id, revision, message);
        Q_EMIT rejected(id, message);
        break;
    }
    case Outcome::Retry: {
        QString error;
        if (status == 0 && !ServerAddress::tlsProblem(reply).isEmpty())
            error = tr("The server's certificate was refused: %1")
                        .arg(ServerAddress::tlsProblem(reply));
        else if (status == 0)
            error = tr("Server unreachable: %1").arg(reply->errorString());
        else if (status == 429)
            error = tr("The server is busy (HTTP 429)");
        else
            error = tr("Server error (HTTP %1)").arg(status);
        const std::optional<StoredReport> stored = m_store.find(id);
        const int attempts = (stored ? stored->delivery.attempts : 0) + 1;
        const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), now());
        const QDateTime next =
            now().addMSecs(m_policy.delay(attempts, m_jitter(), retryAfter).count());
        (void)m_store.markRetrying(id, revision, error, next);
        Q_EMIT retrying(id, error, next);
        // The server or the network is in trouble: leave the rest for the retry timer.
        m_queue.clear();
        break;
    }
    }
    Q_EMIT stateChanged(id);
    sendNext();
}

void DeliveryAgent::scheduleTimer()
{
    // Another process (the command line used by the EMR) may queue reports in the same store,
    // so look again after a while even when nothing here is scheduled.
    constexpr qint64 sweep = 5 * 60 * 1000;
    const QDateTime next = m_store.nextAttempt();
    const qint64 wait = next.isValid() ? std::clamp<qint64>(now().msecsTo(next), 0, sweep) : sweep;
    m_timer.start(int(wait));
}

} // namespace ehb
