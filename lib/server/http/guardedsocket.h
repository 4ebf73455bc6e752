#pragma once

#include "server/http/requestframer.h"

#include <QByteArray>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <memory>

namespace ehb::server {

class ConnectionBudget;

// The per-connection limits GuardedSocket enforces.
struct SocketLimits
{
    RequestFramer::Limits framing;
    std::chrono::milliseconds idleTimeout{0};
    std::chrono::milliseconds requestTimeout{0};
};

// The socket HttpListener hands to Qt HttpServer. Qt 6.4 reads whatever its socket holds and
// has no limits, so this socket is a relay: it owns the real connection (the "wire"), reads it
// itself, and lets Qt read one whole request at a time, once RequestFramer has checked it.
// That is where the request line, header and body limits are enforced (with a JSON answer
// before the body is sent), `Expect: 100-continue` is answered, idle connections and requests
// that arrive too slowly are cut off, pipelined requests are handed over one by one, and
// `Connection: close` is honoured. Qt's answers are written through to the wire.
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    // `budget` (may be null) holds a slot for this connection, given back when it ends.
    explicit GuardedSocket(const SocketLimits &limits,
                           std::shared_ptr<ConnectionBudget> budget = nullptr,
                           QObject *parent = nullptr);
    ~GuardedSocket() override;

    // Takes over an accepted connection; false when the descriptor cannot be used.
    bool adopt(qintptr descriptor);
    // Answers a connection that is over the connection cap with 503 and closes it; the socket
    // deletes itself when done.
    void refuseOverCapacity();

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void disconnectFromHost() override;
    void close() override;

Q_SIGNALS:
    // The guards answered `code` (an API error code) and are closing the connection.
    void refused(const QString &code);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class Phase
    {
        Idle,    // between requests: the idle timeout runs
        Request, // a request is arriving: the request timeout runs since its first byte
        Closing, // a last answer is being flushed, then the wire is half-closed and drained
        Closed,
    };

    void pump();
    void deliver();
    void refuse(RequestFramer::Refusal refusal);
    void answerAndClose(int status, const QString &code, const QString &message,
                        const QByteArray &extraHeaders = {});
    void beginClosing();
    void halfClose();
    void finish();
    void onWireReadyRead();
    void onWireBytesWritten(qint64 bytes);
    void onTimeout();
    void enterIdle();
    bool outputBacklogged() const;

    SocketLimits m_limits;
    std::shared_ptr<ConnectionBudget> m_budget; // null once the slot is given back
    QTcpSocket *m_wire;                         // a child
    QTimer m_timer;
    RequestFramer m_framer;
    Phase m_phase = Phase::Idle;
    QByteArray m_inbound;    // read from the wire, not yet handed to Qt
    qsizetype m_scanned = 0; // bytes of m_inbound the framer has seen
    QByteArray m_delivery;   // the request Qt is reading
    qsizetype m_deliveryRead = 0;
    bool m_delivering = false;
    bool m_answered = false; // Qt wrote something during the delivery
    bool m_halfClosed = false;
};

} // namespace ehb::server
