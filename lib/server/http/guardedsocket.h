#pragma once

#include "server/http/httplimits.h"
#include "server/http/requestframer.h"

#include <QByteArray>
#include <QDeadlineTimer>
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
    // At most requestTimeout.
    std::chrono::milliseconds headTimeout{0};
    // Peers exempt from the per-address cap: their X-Forwarded-For names the client, who is
    // counted instead once the head is in.
    QList<Subnet> trustedProxies;
};

// The socket HttpListener hands to Qt HttpServer. Qt 6.4 reads whatever its socket holds and
// has no limits, so this socket is a relay: it owns the real connection (the "wire"), reads it
// itself, and lets Qt read one whole request at a time, once RequestFramer has checked it.
// That is where the request line, header and body limits are enforced (with a JSON answer
// before the body is sent), `Expect: 100-continue` is answered, idle connections and requests
// whose head or whole arrives too slowly are cut off, the connection caps are held,
// pipelined requests are handed over one by one, and `Connection: close` is honoured. Qt's
// answers are written through to the wire.
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    // `budget` (shared by every listener; null: no caps) is where admit() takes this
    // connection's slots, given back when it ends.
    explicit GuardedSocket(const SocketLimits &limits,
                           std::shared_ptr<ConnectionBudget> budget = nullptr,
                           QObject *parent = nullptr);
    ~GuardedSocket() override;

    // Takes over an accepted connection; false when the descriptor cannot be used.
    bool adopt(qintptr descriptor);
    // After adopt(): takes a slot of the peer's address (unless it is a trusted proxy), then
    // one of the process. False when a cap is reached; the socket then refuses the connection
    // and deletes itself when done: over its address's cap it is closed unanswered, over the
    // process's it is answered 503.
    bool admit();

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
    bool headArrived();
    void deliver();
    void refuseOverCapacity();
    void dropOverAddressCap();
    void releaseForwardedSlot();
    void releaseSlots();
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
    void startRequestTimer();
    bool outputBacklogged() const;

    SocketLimits m_limits;
    std::shared_ptr<ConnectionBudget> m_budget; // null: no caps
    bool m_holdsSlot = false;                   // one of the process's slots
    QByteArray m_addressSlot;   // the peer's address key while it holds a slot; else empty
    QByteArray m_forwardedSlot; // the same for the forwarded client of the request under way
    bool m_fromTrustedProxy = false;
    QTcpSocket *m_wire; // a child
    QTimer m_timer;
    // The head's deadline (from accept for the first request, else from its first byte) and
    // the whole request's (from its first byte).
    QDeadlineTimer m_headDeadline;
    QDeadlineTimer m_requestDeadline;
    bool m_firstRequest = true;
    bool m_headDone = false;
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
