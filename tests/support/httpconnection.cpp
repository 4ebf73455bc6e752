#include "httpconnection.h"

#include <QHostAddress>

namespace ehb::test {

HttpConnection::HttpConnection(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::connected, this, &HttpConnection::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onLost);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onLost);
}

QByteArray HttpConnection::putRequest(const QByteArray &path, const QByteArray &jsonBody)
{
    return QByteArrayLiteral("PUT ") + path +
           QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\nContent-Length: ") +
           QByteArray::number(jsonBody.size()) + QByteArrayLiteral("\r\n\r\n") + jsonBody;
}

QByteArray HttpConnection::getRequest(const QByteArray &pathAndQuery,
                                      const QByteArray &extraHeaders)
{
    return QByteArrayLiteral("GET ") + pathAndQuery +
           QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1\r\n") + extraHeaders +
           QByteArrayLiteral("\r\n");
}

void HttpConnection::send(quint16 port, const QByteArray &request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_request = request;
    m_buffer.clear();
    m_timer.start();
    if (m_socket.state() == QAbstractSocket::ConnectedState && m_port == port) {
        m_socket.write(m_request);
        return;
    }
    m_socket.abort();
    m_port = port;
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void HttpConnection::abort()
{
    m_busy = false;
    m_socket.abort();
}

void HttpConnection::onConnected()
{
    // Without it, Nagle's algorithm may hold a small request back for tens of milliseconds.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_busy)
        m_socket.write(m_request);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_busy)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    // "HTTP/1.1 201 Created"
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    qint64 length = -1;
    bool keepAlive = true;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            keepAlive = false;
    }
    if (!ok || !statusLine.constFirst().startsWith("HTTP/1.") || length < 0) {
        m_busy = false;
        m_socket.abort();
        Q_EMIT failed(
            QStringLiteral("unreadable answer: %1").arg(QString::fromLatin1(m_buffer.left(200))));
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < length)
        return;
    finish(status, m_buffer.mid(bodyStart, length), keepAlive);
}

void HttpConnection::finish(int status, const QByteArray &body, bool keepAlive)
{
    m_lastLatencyNs = m_timer.nsecsElapsed();
    m_busy = false;
    m_buffer.clear();
    if (!keepAlive)
        m_socket.disconnectFromHost();
    // Last: the receiver may send the next request from here.
    Q_EMIT answered(status, body);
}

void HttpConnection::onLost()
{
    if (!m_busy)
        return;
    m_busy = false;
    const QString reason = m_socket.errorString();
    m_socket.abort();
    Q_EMIT failed(reason);
}

} // namespace ehb::test
