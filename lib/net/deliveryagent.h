#pragma once

#include "core/report.h"
#include "net/backoff.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ehb {

class ReportStore;

// Delivers due reports from the outbox by PUT /api/v1/reports/{id}, one at a time, and schedules
// retries. Network errors, 5xx, 408 and 429 are retried with backoff; other 4xx mark the report
// Rejected with the server's message. It tries at start, when the network comes back, and when
// nudged after a save.
class DeliveryAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAgent)

public:
    using Clock = std::function<QDateTime()>;

    // `store` must outlive the agent. The agent makes its own QNetworkAccessManager, which
    // uses the system proxy settings.
    explicit DeliveryAgent(ReportStore &store, QObject *parent = nullptr);
    ~DeliveryAgent() override;

    // An empty address, or one ServerAddress does not allow, sends nothing: the reports stay
    // saved in the store until an address is set.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    bool hasServer() const;
    void setBackoffPolicy(const BackoffPolicy &policy) { m_policy = policy; }
    // Abort a request with no progress for this long (default 30 s); a stalled server is retried.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    // For tests: the time source (UTC) and the jitter source in [0, 1).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    // Follows network reachability (QNetworkInformation) and tries again when it comes back.
    void watchNetwork();

    bool isBusy() const { return m_reply != nullptr; }

public Q_SLOTS:
    // Tries every due report now (skipping those whose backoff has not elapsed).
    void deliverNow();
    // Tries every unacknowledged report now, ignoring backoff (after the network comes back).
    void retryAllNow();

Q_SIGNALS:
    // The server acknowledged this revision.
    void delivered(const QUuid &id, int revision);
    // A try failed and will be retried at `nextAttempt`.
    void retrying(const QUuid &id, const QString &error, const QDateTime &nextAttempt);
    // The server refused the report; it is kept with the message.
    void rejected(const QUuid &id, const QString &message);
    // Any delivery state changed (for views to refresh).
    void stateChanged(const QUuid &id);
    // Nothing is due right now (all delivered, or waiting for a retry time).
    void idle();

private:
    void sendNext();
    void onFinished();
    void scheduleTimer();
    QDateTime now() const;

    ReportStore &m_store;
    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    BackoffPolicy m_policy;
    std::chrono::milliseconds m_transferTimeout{30000};
    Clock m_clock;
    std::function<double()> m_jitter;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QUuid m_inFlightId;
    int m_inFlightRevision = 0;
    QList<Report> m_queue;
    bool m_ignoreBackoff = false;
    bool m_pendingRun = false;
};

} // namespace ehb
