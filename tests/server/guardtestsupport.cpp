#include "guardtestsupport.h"

#include "server/http/connectionbudget.h"
#include "server/http/httplistener.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace ehb::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Response::errorCode() const
{
    return json()[u"error"_s].toObject()[u"code"_s].toString();
}

bool Response::isJsonError() const
{
    return header("Content-Type").startsWith("application/json") && !errorCode().isEmpty() &&
           !json()[u"error"_s].toObject()[u"message"_s].toString().isEmpty();
}

Client::Client(quint16 port, const QHostAddress &from)
{
    if (!from.isNull())
        m_socket.bind(from, 0);
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

bool Client::waitConnected()
{
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           5000);
}

Response Client::next(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_buffer += m_socket.readAll();
        if (auto response = take())
            return *response;
        if (deadline.hasExpired() || m_socket.state() == QAbstractSocket::UnconnectedState)
            return {};
        waitForSocket(deadline);
    }
}

bool Client::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        waitForSocket(deadline);
    m_buffer += m_socket.readAll();
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

// Runs the event loop (the server lives in this thread too) until the socket has news.
void Client::waitForSocket(const QDeadlineTimer &deadline)
{
    QEventLoop loop;
    QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<Response> Client::take()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Response response;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype length = response.header("Content-Length").toLongLong();
    if (m_buffer.size() < end + 4 + length)
        return std::nullopt;
    response.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    return response;
}

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
}

QByteArray put(const QByteArray &path, const QByteArray &body, const QByteArray &extra)
{
    return "PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

ServerConfig smallLimits()
{
    ServerConfig config;
    config.limits.maxBodyBytes = 1000;
    config.limits.maxUrlBytes = 100;
    config.limits.maxHeaderBytes = 300;
    config.limits.idleTimeout = 5s;
    config.limits.requestTimeout = 5s;
    return config;
}

TestServer::TestServer(const ServerConfig &config, std::shared_ptr<ConnectionBudget> budget,
                       const QString &name)
    : m_guard(config.limits, [this] { return m_now; })
    , m_listener(new HttpListener(config.limits, std::move(budget)))
{
    m_http.route(u"/ping"_s, [name](const QHttpServerRequest &request) {
        return QJsonObject{{u"n"_s, request.query().queryItemValue(u"n"_s)}, {u"server"_s, name}};
    });
    m_http.route(u"/echo"_s, [](const QHttpServerRequest &request) {
        return QJsonObject{{u"size"_s, request.body().size()}};
    });
    m_http.route(u"/limited"_s, [this](const QHttpServerRequest &request) {
        if (auto refused = m_guard.admitAddress(request))
            return std::move(*refused);
        return QHttpServerResponse(QJsonObject{{u"ok"_s, true}});
    });
    m_http.route(u"/installations/<arg>"_s, [this](const QString &id) {
        if (auto refused = m_guard.admitInstallation(id))
            return std::move(*refused);
        return QHttpServerResponse(QJsonObject{{u"ok"_s, true}});
    });
}

bool TestServer::start(quint16 port, bool shareable)
{
    const auto started = m_listener->start(QHostAddress(QHostAddress::LocalHost), port, shareable);
    if (!started) {
        m_error = started.error();
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_http.bind(m_listener); // takes ownership
    return true;
}

quint16 TestServer::port() const
{
    return m_listener->serverPort();
}

void TestServer::setMetrics(ServerMetrics *metrics)
{
    m_listener->setMetrics(metrics);
}
