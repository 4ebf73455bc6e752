#include "fakeserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace ehb::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

} // namespace

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer() = default;

bool FakeServer::start(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakeServer::stop()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

QUrl FakeServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void FakeServer::enqueue(Behaviour behaviour, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.append(behaviour);
}

void FakeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeServer::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.buffer += socket->readAll();
    // Handle every complete request in the buffer (clients may pipeline).
    for (;;) {
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (connection.buffer.size() < headerEnd + 4 + contentLength)
            return;
        const QByteArray body = connection.buffer.mid(headerEnd + 4, contentLength);
        connection.buffer.remove(0, headerEnd + 4 + contentLength);
        answer(socket, requestLine.value(0), requestLine.value(1), body);
        if (!m_connections.contains(socket))
            return;
    }
}

void FakeServer::answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                        const QByteArray &body)
{
    if (!m_live.isEmpty() && method == "GET" && path.startsWith("/api/v1/live")) {
        reply(socket, 200, m_live);
        return;
    }
    if (method == "GET" && path.startsWith("/api/v1/client")) {
        ++m_clientRequests;
        if (m_client.isEmpty())
            reply(socket, 404, R"({"error":{"code":"not_found","message":"no route"}})");
        else
            reply(socket, 200, m_client);
        return;
    }
    ++m_requests;
    m_paths.append(path);
    const Behaviour behaviour = m_script.isEmpty() ? Behaviour::Normal : m_script.takeFirst();
    int status = 0;
    switch (behaviour) {
    case Behaviour::Error500:
        status = 500;
        reply(socket, status, R"({"error":{"code":"internal","message":"boom"}})");
        break;
    case Behaviour::TooMany429:
        status = 429;
        reply(socket, status, R"({"error":{"code":"rate_limited","message":"slow down"}})",
              "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n");
        break;
    case Behaviour::Drop:
        m_connections.remove(socket);
        socket->abort();
        socket->deleteLater();
        break;
    case Behaviour::Stall:
        break; // never answer; the client must time out
    case Behaviour::Reject422:
        status = 422;
        reply(
            socket, status,
            R"({"error":{"code":"invalid","message":"Invalid report","fields":[{"path":"service","message":"is not a known service"}]}})");
        break;
    case Behaviour::StoreThenDrop:
        status = store(method, path, body);
        m_connections.remove(socket);
        socket->abort();
        socket->deleteLater();
        break;
    case Behaviour::Normal:
        status = store(method, path, body);
        reply(socket, status,
              status == 404 ? R"({"error":{"code":"not_found","message":"no route"}})"
                            : R"({"status":"ok"})");
        break;
    }
    Q_EMIT requestHandled(path, status);
}

int FakeServer::store(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    static const QByteArray prefix = "/api/v1/reports/";
    if (method != "PUT" || !path.startsWith(prefix))
        return 404;
    const QString id = QString::fromLatin1(path.mid(prefix.size()));
    const int revision =
        QJsonDocument::fromJson(body).object().value(QLatin1String("revision")).toInt();
    const auto it = m_stored.constFind(id);
    if (it == m_stored.cend()) {
        m_stored.insert(id, {revision, body});
        m_created[id] += 1;
        return 201;
    }
    if (revision < it->revision)
        return 409;
    if (revision > it->revision)
        m_stored.insert(id, {revision, body});
    return 200;
}

void FakeServer::reply(QTcpSocket *socket, int status, const QByteArray &body,
                       const QByteArray &extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" +
                  "Content-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
}

} // namespace ehb::test
