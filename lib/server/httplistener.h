#pragma once

#include "result.h"

#include <QHostAddress>
#include <QTcpServer>

namespace ehb::server {

// Our own listening socket, bound into QHttpServer with bind(). It is listened on before the
// bind (the way that survives Qt 6.8, which drops QHttpServer::listen), and it is the place
// where connection caps and idle or slow-request timeouts will be added at socket level.
class HttpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    explicit HttpListener(QObject *parent = nullptr);

    // Listens on `address`:`port` (0 picks a free port); the failure names both and says why.
    Result<void> start(const QHostAddress &address, quint16 port);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace ehb::server
