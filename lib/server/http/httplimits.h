#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>

#include <chrono>

namespace ehb::server {

// A token bucket: up to `burst` requests at once, refilled by `perSecond` tokens a second.
// A burst of 0 turns the limit off.
struct RateLimit
{
    int burst = 0;
    double perSecond = 0;

    bool enabled() const { return burst > 0 && perSecond > 0; }
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

// A network given as address and prefix length, as QHostAddress::isInSubnet() takes it.
using Subnet = QPair<QHostAddress, int>;

// How the server protects itself at socket and request level (docs/architecture.md, "The server").
// Every limit has a default that suits the server running alone; behind nginx they are a second
// line.
struct ServerLimits
{
    static constexpr qint64 defaultMaxBodyBytes = 64 * 1024;
    static constexpr qint64 defaultMaxHeaderBytes = 16 * 1024;
    static constexpr qint64 defaultMaxUrlBytes = 8 * 1024;
    static constexpr std::chrono::seconds defaultIdleTimeout{60};
    static constexpr std::chrono::seconds defaultRequestTimeout{30};
    static constexpr std::chrono::seconds defaultHeadTimeout{10};
    static constexpr int defaultMaxConnections = 1000;
    static constexpr int defaultMaxConnectionsPerAddress = 64;
    static constexpr RateLimit defaultInstallationRate{60, 1.0};
    static constexpr RateLimit defaultAddressRate{600, 20.0};

    // Larger request bodies (by Content-Length or by size) are answered 413.
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    // The header block after the request line (431 above it).
    qint64 maxHeaderBytes = defaultMaxHeaderBytes;
    // The request line: method, target and version (414 above it).
    qint64 maxUrlBytes = defaultMaxUrlBytes;
    // A keep-alive connection with no request under way is closed after this long.
    std::chrono::milliseconds idleTimeout = defaultIdleTimeout;
    // A request must be in whole (headers and body) this long after its first byte (else 408).
    std::chrono::milliseconds requestTimeout = defaultRequestTimeout;
    // The request line and headers must be in this long after the request's first byte, or
    // on a new connection after it was accepted (else 408). A slow head is how one client
    // holds many connections cheaply; the body keeps requestTimeout. At most requestTimeout
    // takes effect.
    std::chrono::milliseconds headTimeout = defaultHeadTimeout;
    // Open connections across every listener of the process (503 above it).
    int maxConnections = defaultMaxConnections;
    // Open connections of one client address (an IPv6 /64 counts as one; behind a trusted
    // proxy, the forwarded address while its request is under way); 0: no cap. Over it a
    // direct connection is closed unanswered (docs/architecture.md, "The server").
    int maxConnectionsPerAddress = defaultMaxConnectionsPerAddress;
    RateLimit installationRate = defaultInstallationRate;
    RateLimit addressRate = defaultAddressRate;
    // Peers whose X-Forwarded-For header names the client; nobody's by default.
    QList<Subnet> trustedProxies;
};

} // namespace ehb::server
