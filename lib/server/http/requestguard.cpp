#include "server/http/requestguard.h"

#include "server/http/clientaddress.h"
#include "server/http/jsonresponse.h"

#include <QHttpServerRequest>

namespace ehb::server {

RequestGuard::RequestGuard(const ServerLimits &limits, RateLimiter::Clock clock)
    : m_trustedProxies(limits.trustedProxies)
    , m_perAddress(limits.addressRate, clock)
    , m_perInstallation(limits.installationRate, clock)
{}

QHostAddress RequestGuard::clientAddress(const QHttpServerRequest &request) const
{
    if (m_trustedProxies.isEmpty())
        return ClientAddress::normalized(request.remoteAddress());
    // Several X-Forwarded-For lines make one list, in order (RFC 9110 §5.3).
    QByteArray forwardedFor;
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare("x-forwarded-for", Qt::CaseInsensitive) != 0)
            continue;
        if (!forwardedFor.isEmpty())
            forwardedFor += ',';
        forwardedFor += header.second;
    }
    return ClientAddress::resolve(request.remoteAddress(), forwardedFor, m_trustedProxies);
}

std::optional<QHttpServerResponse> RequestGuard::admitAddress(const QHttpServerRequest &request)
{
    if (!m_perAddress.limit().enabled())
        return std::nullopt;
    const RateLimiter::Decision decision =
        m_perAddress.take(ClientAddress::rateKey(clientAddress(request)));
    if (decision.allowed)
        return std::nullopt;
    return tooManyRequests(decision.retryAfterSeconds);
}

std::optional<QHttpServerResponse> RequestGuard::admitInstallation(QStringView installation)
{
    const RateLimiter::Decision decision = m_perInstallation.take(installation.toUtf8());
    if (decision.allowed)
        return std::nullopt;
    return tooManyRequests(decision.retryAfterSeconds);
}

std::optional<QHttpServerResponse> RequestGuard::admitInstallation(const QUuid &installation)
{
    // The same key as the text form, whichever way a caller names the installation.
    return admitInstallation(installation.toString(QUuid::WithoutBraces));
}

QHttpServerResponse RequestGuard::tooManyRequests(int retryAfterSeconds)
{
    QHttpServerResponse response =
        errorResponse(StatusCode::TooManyRequests, QStringLiteral("rate_limited"),
                      tr("Too many requests; try again in a moment."));
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace ehb::server
