#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace ehb::server {

// The server's Prometheus metrics, rendered in the text exposition format 0.0.4 for
// GET /metrics. Every record call is thread-safe, as the HTTP worker threads record
// concurrently: a known series is found under a shared lock and counted with relaxed atomics;
// only the first request of a new label set takes the exclusive lock. Label values come from
// bounded sets (route templates, methods, statuses, error codes), never from raw request data.
class ServerMetrics final
{
public:
    enum class StoreOutcome
    {
        Created,
        Updated,
        Replayed
    };

    // Upper bounds in seconds of the request duration histogram; +Inf is implied.
    static constexpr std::array<double, 13> durationBuckets{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    // Distinct (route, method, status) series kept; requests beyond that are counted under
    // route overflowRoute, so a caller passing unbounded routes cannot exhaust memory.
    static constexpr std::size_t maxRequestSeries = 500;
    static constexpr QLatin1String overflowRoute{"other"};
    // Reject reasons counted as themselves; any other reason is counted as "other".
    static const QStringList &rejectReasons();

    explicit ServerMetrics(const QDateTime &startTime = QDateTime::currentDateTimeUtc());
    ~ServerMetrics();
    ServerMetrics(const ServerMetrics &) = delete;
    ServerMetrics &operator=(const ServerMetrics &) = delete;

    // One answered request. `route` is the route template (/api/v1/reports/{id}), never the
    // raw path; `method` as in methodName().
    void recordRequest(const QString &route, const QByteArray &method, int status,
                       qint64 durationNs);
    void recordStored(StoreOutcome outcome);
    // `reason` is the error code of the refusal (invalid_report, payload_too_large, ...).
    void recordRejected(QStringView reason);
    // One fetch of the official status feed (OfficialPoller): `ok` when it was read and
    // recorded; `changes`: the status changes it recorded.
    void recordOfficialFetch(bool ok, int changes = 0);
    void setOpenConnections(qint64 count);
    void addOpenConnections(qint64 delta);

    // The exposition text; series are sorted, so equal states render equal text.
    QByteArray render() const;

    // "GET", "PUT", ... for a request's method.
    static QByteArray methodName(QHttpServerRequest::Method method);

private:
    struct RequestKey
    {
        QString route;
        QByteArray method;
        int status = 0;
        friend bool operator==(const RequestKey &, const RequestKey &) = default;
    };
    struct RequestKeyHash
    {
        std::size_t operator()(const RequestKey &key) const;
    };
    struct QStringHash
    {
        std::size_t operator()(const QString &text) const;
    };
    struct Histogram
    {
        // Per bucket, not cumulative (render() adds them up); the last one is +Inf.
        std::array<std::atomic<quint64>, durationBuckets.size() + 1> buckets{};
        std::atomic<quint64> sumNs{0};
    };
    using Counter = std::atomic<quint64>;

    // Finds or adds the series of one request; the references stay valid (map nodes never
    // move) and are only ever updated atomically.
    std::pair<Counter &, Histogram &> requestSeries(const QString &route, const QByteArray &method,
                                                    int status);
    void renderRequests(QByteArray &out) const;
    void renderDurations(QByteArray &out) const;

    const QDateTime m_startTime;
    mutable std::shared_mutex m_seriesLock; // guards the structure of the two maps below
    std::unordered_map<RequestKey, Counter, RequestKeyHash> m_requests;
    std::unordered_map<QString, Histogram, QStringHash> m_durations;
    std::array<Counter, 3> m_stored{};
    std::vector<Counter> m_rejected; // per rejectReasons() entry, then "other"
    std::atomic<qint64> m_openConnections{0};
    std::array<Counter, 2> m_officialFetches{}; // ok, failed
    Counter m_officialChanges{0};
};

} // namespace ehb::server
