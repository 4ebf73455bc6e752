#pragma once

#include "server/http/httplimits.h"
#include "server/http/ratelimiter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QStringView>
#include <QUuid>

#include <optional>

class QHttpServerRequest;

namespace ehb::server {

// The rate limits of the API: per client address before routing, per installation once a
// report's body names it. One instance serves every worker thread. Client addresses are used
// as in-memory keys only: never stored, never logged.
class RequestGuard
{
    Q_DECLARE_TR_FUNCTIONS(RequestGuard)

public:
    // `clock`: milliseconds on a monotonic clock; empty for the real one.
    explicit RequestGuard(const ServerLimits &limits, RateLimiter::Clock clock = {});
    RequestGuard(const RequestGuard &) = delete;
    RequestGuard &operator=(const RequestGuard &) = delete;

    // Before routing: nullopt lets the request through, otherwise the 429 to answer.
    std::optional<QHttpServerResponse> admitAddress(const QHttpServerRequest &request);
    // For a report upload, once its installation id is known.
    std::optional<QHttpServerResponse> admitInstallation(QStringView installation);
    std::optional<QHttpServerResponse> admitInstallation(const QUuid &installation);

    // The client as the address limit sees it (X-Forwarded-For from trusted proxies only).
    QHostAddress clientAddress(const QHttpServerRequest &request) const;

    // 429, code rate_limited, with Retry-After.
    static QHttpServerResponse tooManyRequests(int retryAfterSeconds);

private:
    const QList<Subnet> m_trustedProxies;
    RateLimiter m_perAddress;
    RateLimiter m_perInstallation;
};

} // namespace ehb::server
