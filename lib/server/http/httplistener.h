#pragma once

#include "core/result.h"
#include "server/http/guardedsocket.h"
#include "server/http/httplimits.h"

#include <QHostAddress>
#include <QTcpServer>

#include <memory>

namespace ehb::server {

class ServerMetrics;

class ConnectionBudget;

// Our own listening socket, bound into QHttpServer with bind(). It is listened on before the
// bind (the way that survives Qt 6.8, which drops QHttpServer::listen). Every connection it
// hands out is a GuardedSocket, which enforces the socket-level limits of ServerLimits; over
// the process's connection cap a connection is answered 503 and closed at once, over its
// address's cap it is closed unanswered.
class HttpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    // Default limits and a connection budget of its own.
    explicit HttpListener(QObject *parent = nullptr);
    // `budget` is shared by every listener of the process (several worker threads); null: a
    // budget of limits.maxConnections and limits.maxConnectionsPerAddress for this listener
    // alone.
    HttpListener(const ServerLimits &limits, std::shared_ptr<ConnectionBudget> budget,
                 QObject *parent = nullptr);
    ~HttpListener() override;

    // Counts the guards' refusals as rejects in `metrics` (shared and thread-safe; may be null).
    void setMetrics(ServerMetrics *metrics) { m_metrics = metrics; }

    // Listens on `address`:`port` (0 picks a free port); the failure names both and says why.
    // `shareable` (Linux): SO_REUSEPORT, so that listeners in several threads can listen on
    // the same port and the kernel spreads connections among them; give the later ones the
    // port the first one got. Ignored on other platforms.
    Result<void> start(const QHostAddress &address, quint16 port, bool shareable = false);

    const ConnectionBudget &budget() const { return *m_budget; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    SocketLimits m_limits;
    std::shared_ptr<ConnectionBudget> m_budget;
    ServerMetrics *m_metrics = nullptr;
};

} // namespace ehb::server
