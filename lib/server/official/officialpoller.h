#pragma once

#include "server/official/officialmap.h"
#include "server/storage/officialrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb::server {

class OfficialFeedState;
class ServerMetrics;

// Reads the official status feed every interval and records each component's changes
// (OfficialRecord), on the thread it lives in, without blocking it: the fetch is asynchronous
// and each recording is one short transaction. A failed fetch (network, timeout, HTTP status,
// not the feed's JSON, storage) changes nothing, is counted and shown in /healthz, and the next
// interval tries again.
class OfficialPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficialPoller)

public:
    struct Settings
    {
        QUrl url;
        std::chrono::seconds interval{60};
        // A fetch that takes longer is abandoned (and never longer than the interval).
        std::chrono::milliseconds timeout{30000};
        OfficialMap map;
        std::function<QDateTime()> clock; // UTC; empty: the system clock
    };
    // Bodies larger than this are not a components list: the fetch is abandoned.
    static constexpr qint64 maxBodyBytes = 8 * 1024 * 1024;

    // Takes ownership of `record`, a database connection of this thread. `state` and `metrics`
    // must outlive the poller.
    OfficialPoller(Settings settings, std::unique_ptr<OfficialRecord> record,
                   OfficialFeedState &state, ServerMetrics &metrics, QObject *parent = nullptr);
    ~OfficialPoller() override;

    // Fetches now, then every interval.
    void start();

Q_SIGNALS:
    // After each fetch: whether it was read and recorded, and the changes it recorded.
    void fetched(bool ok, int changes);

private:
    void fetch();
    void finished(QNetworkReply *reply);
    void failed(const QString &reason);
    QDateTime now() const;

    Settings m_settings;
    std::unique_ptr<OfficialRecord> m_record;
    OfficialFeedState &m_state;
    ServerMetrics &m_metrics;
    QTimer m_timer;
    QNetworkAccessManager *m_network = nullptr; // a child
    QPointer<QNetworkReply> m_reply;            // the fetch in flight
};

} // namespace ehb::server
