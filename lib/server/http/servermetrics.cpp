#include "server/http/servermetrics.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <tuple>

namespace ehb::server {

namespace {

constexpr auto relaxed = std::memory_order_relaxed;

// A sample value as Prometheus parses it (Go's ParseFloat).
QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    // printf's %g rules (0.0005, not Qt's shortest 5e-04) with the fewest digits that read back.
    for (int precision = 1; precision < 17; ++precision) {
        const QByteArray text = QByteArray::number(value, 'g', precision);
        if (text.toDouble() == value)
            return text;
    }
    return QByteArray::number(value, 'g', 17);
}

// A label value between double quotes: backslash, double quote and line feed are escaped.
QByteArray labelValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += '"';
    return out;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    // HELP texts are ours and contain no backslash or line feed, which would need escaping.
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    if (!labels.isEmpty()) {
        out += '{';
        out += labels;
        out += '}';
    }
    out += ' ';
    out += value;
    out += '\n';
}

QByteArray label(const char *name, QByteArrayView value)
{
    return QByteArray(name) + '=' + labelValue(value);
}

} // namespace

std::size_t ServerMetrics::RequestKeyHash::operator()(const RequestKey &key) const
{
    return qHashMulti(0, key.route, key.method, key.status);
}

std::size_t ServerMetrics::QStringHash::operator()(const QString &text) const
{
    return qHash(text);
}

const QStringList &ServerMetrics::rejectReasons()
{
    // The error codes of PUT /api/v1/reports/{id} (see openapi.json).
    static const QStringList reasons{
        QStringLiteral("payload_too_large"),
        QStringLiteral("not_found"),
        QStringLiteral("unsupported_media_type"),
        QStringLiteral("malformed_json"),
        QStringLiteral("invalid_report"),
        QStringLiteral("forbidden"),
        QStringLiteral("revision_conflict"),
        QStringLiteral("rate_limited"),
        QStringLiteral("storage_unavailable"),
        // Refused by the socket guards before any route.
        QStringLiteral("length_required"),
        QStringLiteral("uri_too_long"),
        QStringLiteral("header_fields_too_large"),
        QStringLiteral("request_timeout"),
        QStringLiteral("too_many_connections"),
        QStringLiteral("too_many_connections_per_address"),
        QStringLiteral("expectation_failed"),
        QStringLiteral("bad_request"),
    };
    return reasons;
}

ServerMetrics::ServerMetrics(const QDateTime &startTime)
    : m_startTime(startTime)
    , m_rejected(rejectReasons().size() + 1)
{}

ServerMetrics::~ServerMetrics() = default;

std::pair<ServerMetrics::Counter &, ServerMetrics::Histogram &>
ServerMetrics::requestSeries(const QString &route, const QByteArray &method, int status)
{
    RequestKey key{route, method, status};
    {
        const std::shared_lock lock(m_seriesLock);
        const auto counter = m_requests.find(key);
        const auto histogram = m_durations.find(route);
        if (counter != m_requests.end() && histogram != m_durations.end())
            return {counter->second, histogram->second};
    }
    const std::unique_lock lock(m_seriesLock);
    if (m_requests.size() >= maxRequestSeries && !m_requests.contains(key))
        key.route = QString(overflowRoute);
    Counter &counter = m_requests.try_emplace(key).first->second;
    Histogram &histogram = m_durations.try_emplace(key.route).first->second;
    return {counter, histogram};
}

void ServerMetrics::recordRequest(const QString &route, const QByteArray &method, int status,
                                  qint64 durationNs)
{
    auto [counter, histogram] = requestSeries(route, method, status);
    counter.fetch_add(1, relaxed);

    const double seconds = double(std::max<qint64>(durationNs, 0)) / 1e9;
    const auto bound = std::lower_bound(durationBuckets.begin(), durationBuckets.end(), seconds);
    histogram.buckets[std::size_t(bound - durationBuckets.begin())].fetch_add(1, relaxed);
    histogram.sumNs.fetch_add(quint64(std::max<qint64>(durationNs, 0)), relaxed);
}

void ServerMetrics::recordStored(StoreOutcome outcome)
{
    m_stored[std::size_t(outcome)].fetch_add(1, relaxed);
}

void ServerMetrics::recordRejected(QStringView reason)
{
    const QStringList &reasons = rejectReasons();
    qsizetype index = 0;
    while (index < reasons.size() && reasons.at(index) != reason)
        ++index;
    m_rejected[std::size_t(index)].fetch_add(1, relaxed);
}

void ServerMetrics::setOpenConnections(qint64 count)
{
    m_openConnections.store(count, relaxed);
}

void ServerMetrics::addOpenConnections(qint64 delta)
{
    m_openConnections.fetch_add(delta, relaxed);
}

QByteArray ServerMetrics::methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    case Method::Unknown:
    case Method::AnyKnown:
        break;
    }
    return QByteArrayLiteral("OTHER");
}

void ServerMetrics::renderRequests(QByteArray &out) const
{
    family(out, "ehb_http_requests_total", "counter",
           "HTTP requests answered, by route template, method and status.");
    std::vector<std::tuple<QString, QByteArray, int, quint64>> rows;
    {
        const std::shared_lock lock(m_seriesLock);
        rows.reserve(m_requests.size());
        for (const auto &[key, counter] : m_requests)
            rows.emplace_back(key.route, key.method, key.status, counter.load(relaxed));
    }
    std::sort(rows.begin(), rows.end());
    for (const auto &[route, method, status, count] : rows) {
        sample(out, "ehb_http_requests_total",
               label("route", route.toUtf8()) + ',' + label("method", method) + ',' +
                   label("status", QByteArray::number(status)),
               QByteArray::number(count));
    }
}

void ServerMetrics::renderDurations(QByteArray &out) const
{
    family(out, "ehb_http_request_duration_seconds", "histogram",
           "Time from the parsed request to the answer, by route template.");
    struct Row
    {
        QString route;
        std::array<quint64, durationBuckets.size() + 1> buckets;
        quint64 sumNs;
    };
    std::vector<Row> rows;
    {
        const std::shared_lock lock(m_seriesLock);
        rows.reserve(m_durations.size());
        for (const auto &[route, histogram] : m_durations) {
            Row row{route, {}, histogram.sumNs.load(relaxed)};
            for (std::size_t i = 0; i < row.buckets.size(); ++i)
                row.buckets[i] = histogram.buckets[i].load(relaxed);
            rows.push_back(std::move(row));
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.route < b.route; });
    for (const Row &row : rows) {
        const QByteArray routeLabel = label("route", row.route.toUtf8());
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < row.buckets.size(); ++i) {
            cumulative += row.buckets[i];
            const double bound = i < durationBuckets.size()
                                     ? durationBuckets[i]
                                     : std::numeric_limits<double>::infinity();
            sample(out, "ehb_http_request_duration_seconds_bucket",
                   routeLabel + ',' + label("le", number(bound)), QByteArray::number(cumulative));
        }
        sample(out, "ehb_http_request_duration_seconds_sum", routeLabel,
               number(double(row.sumNs) / 1e9));
        // The count is the +Inf bucket, so the two agree even while requests are recorded.
        sample(out, "ehb_http_request_duration_seconds_count", routeLabel,
               QByteArray::number(cumulative));
    }
}

void ServerMetrics::recordOfficialFetch(bool ok, int changes)
{
    m_officialFetches[ok ? 0 : 1].fetch_add(1, relaxed);
    if (changes > 0)
        m_officialChanges.fetch_add(quint64(changes), relaxed);
}

QByteArray ServerMetrics::render() const
{
    QByteArray out;
    out.reserve(4096);
    renderRequests(out);
    renderDurations(out);

    family(out, "ehb_reports_stored_total", "counter",
           "Reports accepted by PUT, by outcome (created, updated, replayed).");
    const std::array<const char *, 3> outcomes{"created", "updated", "replayed"};
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        sample(out, "ehb_reports_stored_total", label("outcome", outcomes[i]),
               QByteArray::number(m_stored[i].load(relaxed)));
    }

    family(out, "ehb_reports_rejected_total", "counter",
           "Reports refused by PUT, by reason (the error code of the answer).");
    const QStringList &reasons = rejectReasons();
    for (std::size_t i = 0; i < m_rejected.size(); ++i) {
        const QByteArray reason = i < std::size_t(reasons.size())
                                      ? reasons.at(qsizetype(i)).toUtf8()
                                      : QByteArrayLiteral("other");
        sample(out, "ehb_reports_rejected_total", label("reason", reason),
               QByteArray::number(m_rejected[i].load(relaxed)));
    }

    family(out, "ehb_official_fetches_total", "counter",
           "Fetches of the official status feed, by result (ok, failed).");
    sample(out, "ehb_official_fetches_total", label("result", "failed"),
           QByteArray::number(m_officialFetches[1].load(relaxed)));
    sample(out, "ehb_official_fetches_total", label("result", "ok"),
           QByteArray::number(m_officialFetches[0].load(relaxed)));
    family(out, "ehb_official_changes_total", "counter",
           "Official status changes this server recorded first.");
    sample(out, "ehb_official_changes_total", {},
           QByteArray::number(m_officialChanges.load(relaxed)));

    family(out, "ehb_open_connections", "gauge", "HTTP connections open now.");
    sample(out, "ehb_open_connections", {}, QByteArray::number(m_openConnections.load(relaxed)));

    family(out, "ehb_build_info", "gauge", "The server's version; the value is always 1.");
    sample(out, "ehb_build_info", label("version", EHB_VERSION), QByteArrayLiteral("1"));

    family(out, "process_start_time_seconds", "gauge",
           "Start time of the process since the Unix epoch in seconds.");
    sample(out, "process_start_time_seconds", {},
           number(double(m_startTime.toMSecsSinceEpoch()) / 1000.0));
    return out;
}

} // namespace ehb::server
