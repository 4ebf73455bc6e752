#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

namespace ehb::test {

// One keep-alive HTTP/1.1 connection to 127.0.0.1 for load and crash tests: complete request
// bytes go out as given, one request at a time, and the answer is read by its Content-Length.
// Cheaper than QNetworkAccessManager, and it tells exactly which request lost its answer.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    explicit HttpConnection(QObject *parent = nullptr);

    // Sends `request`, connecting first when not connected to `port`. Only when !isBusy().
    void send(quint16 port, const QByteArray &request);
    bool isBusy() const { return m_busy; }
    // Nanoseconds from send() to the end of the last answer.
    qint64 lastLatencyNs() const { return m_lastLatencyNs; }
    // Drops the connection; a request in flight gets no signal.
    void abort();

    // "PUT /path HTTP/1.1" with Host, Content-Type: application/json and Content-Length.
    static QByteArray putRequest(const QByteArray &path, const QByteArray &jsonBody);
    // "GET /path HTTP/1.1" with Host and the given extra header lines (each ending in \r\n).
    static QByteArray getRequest(const QByteArray &pathAndQuery,
                                 const QByteArray &extraHeaders = {});

Q_SIGNALS:
    void answered(int status, const QByteArray &body);
    // The connection was refused, lost or garbled before the whole answer came.
    void failed(const QString &reason);

private:
    void onConnected();
    void onReadyRead();
    void onLost();
    void finish(int status, const QByteArray &body, bool keepAlive);

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    quint16 m_port = 0;
    qint64 m_lastLatencyNs = 0;
    bool m_busy = false;
};

} // namespace ehb::test
