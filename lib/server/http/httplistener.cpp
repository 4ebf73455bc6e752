#include "server/http/httplistener.h"

#include "server/http/connectionbudget.h"
#include "server/http/servermetrics.h"

#ifdef Q_OS_LINUX
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace ehb::server {

namespace {

SocketLimits socketLimits(const ServerLimits &server)
{
    SocketLimits limits;
    limits.framing.maxRequestLineBytes = server.maxUrlBytes;
    limits.framing.maxHeaderBytes = server.maxHeaderBytes;
    limits.framing.maxBodyBytes = server.maxBodyBytes;
    limits.idleTimeout = server.idleTimeout;
    limits.requestTimeout = server.requestTimeout;
    limits.headTimeout = std::min(server.headTimeout, server.requestTimeout);
    limits.trustedProxies = server.trustedProxies;
    return limits;
}

#ifdef Q_OS_LINUX
// A listening socket with SO_REUSEPORT set before bind(), which QTcpServer::listen() cannot
// do. Returns the descriptor, or the system's reason.
Result<int> openSharedSocket(const QHostAddress &address, quint16 port)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (ipv4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        if (const QString scope = address.scopeId(); !scope.isEmpty()) {
            bool numeric = false;
            in6->sin6_scope_id = scope.toUInt(&numeric);
            if (!numeric)
                in6->sin6_scope_id = if_nametoindex(scope.toLocal8Bit().constData());
        }
        length = sizeof(sockaddr_in6);
    }

    const int fd =
        ::socket(ipv4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(qt_error_string(errno));
    const int one = 1;
    // QHostAddress::Any listens on IPv4 and IPv6 alike, as QTcpServer does.
    const int v6only = address.protocol() == QAbstractSocket::AnyIPProtocol ? 0 : 1;
    const bool ok =
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == 0 &&
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) == 0 &&
        (ipv4 || ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only)) == 0) &&
        ::bind(fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0 &&
        ::listen(fd, SOMAXCONN) == 0;
    if (!ok) {
        const int error = errno;
        ::close(fd);
        return fail(qt_error_string(error));
    }
    return fd;
}
#endif

} // namespace

HttpListener::HttpListener(QObject *parent)
    : HttpListener(ServerLimits{}, nullptr, parent)
{}

HttpListener::HttpListener(const ServerLimits &limits, std::shared_ptr<ConnectionBudget> budget,
                           QObject *parent)
    : QTcpServer(parent)
    , m_limits(socketLimits(limits))
    , m_budget(budget ? std::move(budget)
                      : std::make_shared<ConnectionBudget>(limits.maxConnections,
                                                           limits.maxConnectionsPerAddress))
{}

HttpListener::~HttpListener() = default;

Result<void> HttpListener::start(const QHostAddress &address, quint16 port, bool shareable)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    const auto failure = [&](const QString &reason) {
        return fail(tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(reason));
    };
#ifdef Q_OS_LINUX
    if (shareable) {
        const Result<int> fd = openSharedSocket(address, port);
        if (!fd)
            return failure(fd.error());
        if (!setSocketDescriptor(fd.value())) {
            ::close(fd.value());
            return failure(errorString());
        }
        return {};
    }
#else
    Q_UNUSED(shareable)
#endif
    if (listen(address, port))
        return {};
    return failure(errorString());
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    // Parented to us until QHttpServer takes it with nextPendingConnection().
    auto *socket = new GuardedSocket(m_limits, m_budget, this);
    if (!socket->adopt(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_metrics) {
        connect(socket, &GuardedSocket::refused, this,
                [metrics = m_metrics](const QString &code) { metrics->recordRejected(code); });
    }
    if (socket->admit()) // otherwise refused: it deletes itself once closed
        addPendingConnection(socket);
}

} // namespace ehb::server
