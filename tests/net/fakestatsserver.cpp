#include "fakestatsserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ehb::test {

FakeStatsServer::FakeStatsServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeStatsServer::onNewConnection);
}

FakeStatsServer::~FakeStatsServer()
{
    stop();
}

bool FakeStatsServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeStatsServer::stop()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QUrl FakeStatsServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeStatsServer::setRoute(const QString &path, const Route &route)
{
    m_routes.insert(path, route);
}

void FakeStatsServer::setError(const QString &path, int status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), QStringLiteral("test_error")},
                            {QStringLiteral("message"), message}};
    setRoute(path, {status,
                    QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                        .toJson(QJsonDocument::Compact),
                    0,
                    {}});
}

int FakeStatsServer::requestCount(const QString &path) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += request.path == path ? 1 : 0;
    return count;
}

void FakeStatsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeStatsServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // GET requests only: no bodies.
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray authorization;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
                authorization = line.mid(colon + 1).trimmed();
        }
        answer(socket, requestLine.value(0), requestLine.value(1), authorization);
    }
}

void FakeStatsServer::answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                             const QByteArray &authorization)
{
    const QUrl url(QString::fromLatin1(target));
    Request request{method, url.path(), QUrlQuery(url), authorization};
    m_requests.append(request);
    Q_EMIT requestReceived(request.path);
    Route route = m_routes.value(
        request.path,
        {404,
         QByteArrayLiteral(R"({"error":{"code":"not_found","message":"No such path."}})"),
         0,
         {}});
    if (route.delayMs <= 0) {
        write(socket, route);
        return;
    }
    const QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(route.delayMs, this, [this, guarded, route] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            write(guarded, route);
        else
            ++m_dropped;
    });
}

void FakeStatsServer::write(QTcpSocket *socket, const Route &route)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + " Answer\r\n" +
                      "Content-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(route.body.size()) + "\r\n" + route.extraHeaders + "\r\n";
    socket->write(head + route.body);
    ++m_sent;
}

} // namespace ehb::test
