#pragma once

// What the socket-guard tests share: a raw HTTP/1.1 client over loopback (from any 127.x
// source address), the requests it sends, and a QHttpServer with a few test routes on our own
// HttpListener.

#include "server/api/serverconfig.h"
#include "server/http/requestguard.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace ehb::server {
class ConnectionBudget;
class HttpListener;
class ServerMetrics;
} // namespace ehb::server

struct Response
{
    int status = 0; // 0: none came
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QString errorCode() const;
    bool isJsonError() const;
};

// One client connection, read answer by answer (a 100 Continue is an answer of its own).
class Client
{
public:
    // `from`: the source address to connect from (any of 127.0.0.0/8 on Linux); null: the
    // system's choice.
    explicit Client(quint16 port, const QHostAddress &from = {});

    bool waitConnected();
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    Response next(int timeoutMs = 5000);
    // True once the server closed the connection (and every byte before that was read).
    bool waitClosed(int timeoutMs = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unread() const { return m_buffer; }
    void close() { m_socket.close(); }

private:
    void waitForSocket(const QDeadlineTimer &deadline);
    std::optional<Response> take();

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {});
QByteArray put(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {});

// Small limits that tests change one at a time.
ehb::server::ServerConfig smallLimits();

// A QHttpServer with a few test routes on our listener, with a fake clock for the rate limits.
class TestServer
{
public:
    explicit TestServer(const ehb::server::ServerConfig &config,
                        std::shared_ptr<ehb::server::ConnectionBudget> budget = nullptr,
                        const QString &name = QStringLiteral("a"));

    bool start(quint16 port = 0, bool shareable = false);
    quint16 port() const;
    QString error() const { return m_error; }
    void advanceClock(qint64 milliseconds) { m_now += milliseconds; }
    void setMetrics(ehb::server::ServerMetrics *metrics);

private:
    qint64 m_now = 1'000'000;
    ehb::server::RequestGuard m_guard;
    QHttpServer m_http;
    ehb::server::HttpListener *m_listener;
    QString m_error;
};
