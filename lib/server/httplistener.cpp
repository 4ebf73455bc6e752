#include "httplistener.h"

#include <QTcpSocket>

namespace ehb::server {

HttpListener::HttpListener(QObject *parent)
    : QTcpServer(parent)
{}

Result<void> HttpListener::start(const QHostAddress &address, quint16 port)
{
    if (listen(address, port))
        return {};
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return fail(tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(errorString()));
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    // The socket is parented to us until QHttpServer takes it with nextPendingConnection().
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace ehb::server
