#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace ehb::test {

// A loopback HTTP/1.1 server with canned answers per path, for the staff statistics and live
// clients: each path answers a set status and body, optionally after a delay (a slow query).
// It records every request, and counts answers sent and answers dropped because the client had
// gone (a cancelled request).
class FakeStatsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeStatsServer)

public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        QByteArray extraHeaders; // "Name: value\r\n" lines
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
    };

    explicit FakeStatsServer(QObject *parent = nullptr);
    ~FakeStatsServer() override;

    bool start();
    void stop();
    QUrl url() const;

    // Paths without a route answer 404 with a JSON error. The route is read when a request
    // comes, so changing it does not change answers already on their way.
    void setRoute(const QString &path, const Route &route);
    void setJson(const QString &path, const QByteArray &body, int delayMs = 0)
    {
        setRoute(path, {200, body, delayMs, {}});
    }
    // A JSON error answer {"error": {"code", "message"}}.
    void setError(const QString &path, int status, const QString &message);

    QList<Request> requests() const { return m_requests; }
    int requestCount(const QString &path) const;
    int answersSent() const { return m_sent; }
    int answersDropped() const { return m_dropped; }

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                const QByteArray &authorization);
    void write(QTcpSocket *socket, const Route &route);

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_sent = 0;
    int m_dropped = 0;
};

} // namespace ehb::test
