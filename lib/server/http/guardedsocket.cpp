#include "server/http/guardedsocket.h"

#include "server/http/clientaddress.h"
#include "server/http/connectionbudget.h"
#include "server/http/rawresponse.h"

#include <QMetaMethod>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ehb::server {

namespace {

using Refusal = RequestFramer::Refusal;

// Read from the wire in slices this big; Qt itself buffers at most this much unread.
constexpr qint64 readChunk = 64 * 1024;
// Stop reading requests while this much of the answers is still unsent: a client that sends
// but never reads cannot make the server buffer without end.
constexpr qint64 maxPendingOutput = 1024 * 1024;
// How long a closing connection may take to flush its last answer and drain the client.
constexpr std::chrono::milliseconds lingerTime{2000};

qint64 wholeSeconds(std::chrono::milliseconds duration)
{
    return std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(duration).count());
}

} // namespace

GuardedSocket::GuardedSocket(const SocketLimits &limits, std::shared_ptr<ConnectionBudget> budget,
                             QObject *parent)
    : QTcpSocket(parent)
    , m_limits(limits)
    , m_budget(std::move(budget))
    , m_wire(new QTcpSocket(this))
    , m_framer(limits.framing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedSocket::onTimeout);
    connect(m_wire, &QTcpSocket::readyRead, this, &GuardedSocket::onWireReadyRead);
    connect(m_wire, &QTcpSocket::bytesWritten, this, &GuardedSocket::onWireBytesWritten);
    connect(m_wire, &QTcpSocket::disconnected, this, &GuardedSocket::finish);
    connect(m_wire, &QTcpSocket::errorOccurred, this, [this] {
        if (m_wire->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

GuardedSocket::~GuardedSocket()
{
    m_wire->disconnect(this);
    m_timer.stop();
    releaseSlots();
    // Otherwise QAbstractSocket's destructor would announce a disconnection mid-destruction.
    setSocketState(UnconnectedState);
}

bool GuardedSocket::adopt(qintptr descriptor)
{
    if (!m_wire->setSocketDescriptor(descriptor))
        return false;
    m_wire->setReadBufferSize(readChunk);
    // Answers go out at once: with Nagle's algorithm an answer larger than one segment waits
    // for the client's delayed ACK (about 40 ms) on a keep-alive connection.
    m_wire->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    setPeerAddress(m_wire->peerAddress());
    setPeerPort(m_wire->peerPort());
    setLocalAddress(m_wire->localAddress());
    setLocalPort(m_wire->localPort());
    setSocketState(ConnectedState);
    QIODevice::open(QIODevice::ReadWrite);
    // A new connection's first head is due headTimeout after the accept: a client that
    // connects and says nothing holds a slot as long as one that trickles its head.
    m_headDeadline = QDeadlineTimer(m_limits.headTimeout);
    enterIdle();
    return true;
}

bool GuardedSocket::admit()
{
    if (!m_budget)
        return true;
    const QHostAddress peer = ClientAddress::normalized(peerAddress());
    // A trusted proxy's connections carry every client: capping them per address would cap
    // the whole site. Its clients are counted once their head names them (headArrived()).
    m_fromTrustedProxy = ClientAddress::isTrusted(peer, m_limits.trustedProxies);
    if (!m_fromTrustedProxy) {
        const QByteArray key = ClientAddress::rateKey(peer);
        if (!m_budget->tryAcquireAddress(key)) {
            dropOverAddressCap();
            return false;
        }
        m_addressSlot = key;
    }
    if (!m_budget->tryAcquire()) {
        refuseOverCapacity();
        return false;
    }
    m_holdsSlot = true;
    return true;
}

// Closed without a word: an answer would cost a write and a linger (draining the client's
// request so that the close does not reset the answer away), which is the very resource the
// cap protects, and no GP's program holds this many connections.
void GuardedSocket::dropOverAddressCap()
{
    Q_EMIT refused(QStringLiteral("too_many_connections_per_address"));
    m_phase = Phase::Closing;
    m_wire->abort();
    finish();
}

void GuardedSocket::refuseOverCapacity()
{
    answerAndClose(503, QStringLiteral("too_many_connections"),
                   tr("The server has too many connections open; try again later."),
                   QByteArrayLiteral("Retry-After: 1\r\n"));
}

qint64 GuardedSocket::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + (m_delivery.size() - m_deliveryRead);
}

qint64 GuardedSocket::bytesToWrite() const
{
    return m_wire->bytesToWrite();
}

qint64 GuardedSocket::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_delivery.size() - m_deliveryRead);
    if (count > 0) {
        std::memcpy(data, m_delivery.constData() + m_deliveryRead, size_t(count));
        m_deliveryRead += count;
    }
    return count;
}

// QAbstractSocket's versions would ask the socket engine, which this relay has none of.
qint64 GuardedSocket::skipData(qint64 maxSize)
{
    return QIODevice::skipData(maxSize);
}

qint64 GuardedSocket::writeData(const char *data, qint64 size)
{
    if (m_delivering)
        m_answered = true;
    // After the wire is gone answers have nowhere to go; they are dropped quietly, as Qt
    // writes them without looking at the result.
    if (m_phase == Phase::Closed || m_halfClosed)
        return size;
    return m_wire->write(data, size);
}

void GuardedSocket::disconnectFromHost()
{
    // Qt HttpServer closes a connection whose request it could not parse without a word.
    if (m_delivering && !m_answered && m_phase != Phase::Closing && m_phase != Phase::Closed) {
        answerAndClose(400, QStringLiteral("bad_request"),
                       tr("The request is not valid HTTP/1.1."));
        return;
    }
    beginClosing();
}

void GuardedSocket::close()
{
    disconnectFromHost();
    QIODevice::close();
}

void GuardedSocket::onWireReadyRead()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed) {
        m_wire->readAll(); // drained, so that closing does not reset the connection
        return;
    }
    pump();
}

void GuardedSocket::onWireBytesWritten(qint64 bytes)
{
    Q_EMIT bytesWritten(bytes);
    if (m_phase == Phase::Closing) {
        if (m_wire->bytesToWrite() == 0)
            halfClose();
        return;
    }
    if (m_phase == Phase::Idle)
        m_timer.start(m_limits.idleTimeout); // a client reading its answers is not idle
    if (!outputBacklogged())
        pump();
}

bool GuardedSocket::outputBacklogged() const
{
    return m_wire->bytesToWrite() > maxPendingOutput;
}

// Reads the wire and hands each complete request to Qt, until more bytes are needed.
void GuardedSocket::pump()
{
    while (m_phase == Phase::Idle || m_phase == Phase::Request) {
        if (m_scanned == m_inbound.size()) {
            if (outputBacklogged())
                return; // resumed by onWireBytesWritten
            const QByteArray more = m_wire->read(readChunk);
            if (more.isEmpty())
                return;
            m_inbound.append(more);
        }
        qsizetype used = 0;
        const RequestFramer::Event event =
            m_framer.feed(QByteArrayView(m_inbound).sliced(m_scanned), used);
        m_scanned += used;
        if (m_phase == Phase::Idle && m_framer.inRequest()) {
            // The clocks start at the first byte (the head's, on a new connection, at the
            // accept) and are not reset by later ones: trickling a byte at a time gains nothing.
            m_phase = Phase::Request;
            if (!m_firstRequest)
                m_headDeadline = QDeadlineTimer(m_limits.headTimeout);
            m_requestDeadline = QDeadlineTimer(m_limits.requestTimeout);
            m_headDone = false;
            startRequestTimer();
        }
        if (m_phase == Phase::Request && !m_headDone && m_framer.headComplete() && !headArrived())
            return;
        switch (event) {
        case RequestFramer::Event::NeedMore:
            break;
        case RequestFramer::Event::Continue:
            // Qt 6.4 never answers the expectation, and clients wait for it before the body.
            m_wire->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            break;
        case RequestFramer::Event::Refused:
            refuse(m_framer.refusal());
            return;
        case RequestFramer::Event::Complete:
            deliver();
            break;
        }
    }
}

// The head is in: the body gets what is left of the request's time, and behind a trusted
// proxy the forwarded client takes a slot of its address until the request is answered. False
// when that client is over its cap; the request is then refused.
bool GuardedSocket::headArrived()
{
    m_headDone = true;
    startRequestTimer();
    if (!m_fromTrustedProxy || !m_budget)
        return true;
    const QHostAddress client =
        ClientAddress::resolve(peerAddress(), m_framer.forwardedFor(), m_limits.trustedProxies);
    if (ClientAddress::isTrusted(client, m_limits.trustedProxies))
        return true; // no client named: the proxy's own request, such as a health check
    const QByteArray key = ClientAddress::rateKey(client);
    if (!m_budget->tryAcquireAddress(key)) {
        // The head is read, so an answer is cheap here, and the proxy needs one: a dropped
        // connection would look like a failed upstream to it.
        answerAndClose(503, QStringLiteral("too_many_connections_per_address"),
                       tr("Too many connections from your address are open; try again later."),
                       QByteArrayLiteral("Retry-After: 1\r\n"));
        return false;
    }
    m_forwardedSlot = key;
    return true;
}

// Lets Qt read the request that just completed, and only it.
void GuardedSocket::deliver()
{
    QByteArray request = m_inbound.left(m_scanned);
    m_inbound.remove(0, m_scanned);
    m_scanned = 0;
    // The expectation was answered here; a later Qt that answers it too must not see it.
    if (const auto [offset, length] = m_framer.expectLine(); length > 0)
        request.remove(offset, length);
    const bool closeAfter = m_framer.closeAfter();
    m_framer.reset();

    m_delivery = std::move(request);
    m_deliveryRead = 0;
    m_delivering = true;
    m_answered = false;
    Q_EMIT readyRead(); // Qt parses and answers synchronously (see docs/qt-notes.md)
    m_delivering = false;
    m_firstRequest = false;
    releaseForwardedSlot();
    m_delivery.clear();
    m_deliveryRead = 0;
    // Whatever Qt left unread belongs to no request.
    if (const qint64 left = QIODevice::bytesAvailable(); left > 0)
        QIODevice::skip(left);

    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    if (!m_answered) {
        // Qt dropped or did not finish the request: its parser and ours disagree.
        answerAndClose(400, QStringLiteral("bad_request"),
                       tr("The request is not valid HTTP/1.1."));
        return;
    }
    if (closeAfter) {
        beginClosing();
        return;
    }
    enterIdle();
}

void GuardedSocket::refuse(Refusal refusal)
{
    switch (refusal) {
    case Refusal::LengthRequired:
        answerAndClose(411, QStringLiteral("length_required"),
                       tr("Send the body with a Content-Length header; Transfer-Encoding is not "
                          "accepted."));
        return;
    case Refusal::PayloadTooLarge:
        answerAndClose(413, QStringLiteral("payload_too_large"),
                       tr("The request body is larger than the %1 bytes accepted.")
                           .arg(m_limits.framing.maxBodyBytes));
        return;
    case Refusal::UriTooLong:
        answerAndClose(414, QStringLiteral("uri_too_long"),
                       tr("The request line is longer than the %1 bytes accepted.")
                           .arg(m_limits.framing.maxRequestLineBytes));
        return;
    case Refusal::ExpectationFailed:
        answerAndClose(417, QStringLiteral("expectation_failed"),
                       tr("Only the expectation 100-continue is supported."));
        return;
    case Refusal::HeadersTooLarge:
        answerAndClose(431, QStringLiteral("header_fields_too_large"),
                       tr("The request headers are larger than the %1 bytes accepted.")
                           .arg(m_limits.framing.maxHeaderBytes));
        return;
    case Refusal::None:
    case Refusal::BadRequest:
        break;
    }
    answerAndClose(400, QStringLiteral("bad_request"), tr("The request is not valid HTTP/1.1."));
}

void GuardedSocket::answerAndClose(int status, const QString &code, const QString &message,
                                   const QByteArray &extraHeaders)
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    Q_EMIT refused(code);
    m_wire->write(rawErrorResponse(status, code, message, extraHeaders));
    beginClosing();
}

// Closes without losing the last answer: a close with unread input makes the kernel reset the
// connection, which can destroy the answer before the client reads it. So the answer is
// flushed, the sending side shut, and the client's input read and dropped until it closes too
// (or lingerTime passes).
void GuardedSocket::beginClosing()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_inbound.clear();
    m_scanned = 0;
    m_timer.start(
        std::min(lingerTime, std::max(m_limits.requestTimeout, std::chrono::milliseconds(500))));
    if (m_wire->bytesToWrite() == 0)
        halfClose();
    m_wire->readAll();
}

void GuardedSocket::halfClose()
{
    if (m_halfClosed || m_wire->state() != QAbstractSocket::ConnectedState)
        return;
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    ::shutdown(int(m_wire->socketDescriptor()), SHUT_WR);
#else
    // No portable half-close through Qt: close once flushed, accepting the rare reset.
    m_wire->disconnectFromHost();
#endif
}

void GuardedSocket::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        beginClosing();
        return;
    case Phase::Request:
        if (!m_headDone) {
            answerAndClose(408, QStringLiteral("request_timeout"),
                           tr("The request headers did not arrive within %n second(s).", nullptr,
                              int(wholeSeconds(m_limits.headTimeout))));
            return;
        }
        answerAndClose(408, QStringLiteral("request_timeout"),
                       tr("The request did not arrive in whole within %1 seconds.")
                           .arg(wholeSeconds(m_limits.requestTimeout)));
        return;
    case Phase::Closing:
        m_wire->abort(); // emits disconnected: finish()
        finish();
        return;
    case Phase::Closed:
        return;
    }
}

void GuardedSocket::enterIdle()
{
    m_phase = Phase::Idle;
    // Before the first request the head's deadline runs too.
    m_timer.start(m_firstRequest
                      ? std::min(m_limits.idleTimeout,
                                 std::chrono::milliseconds(m_headDeadline.remainingTime()))
                      : m_limits.idleTimeout);
}

// The head's deadline until the head is in, then the whole request's.
void GuardedSocket::startRequestTimer()
{
    const QDeadlineTimer &deadline = m_headDone ? m_requestDeadline : m_headDeadline;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
}

void GuardedSocket::releaseForwardedSlot()
{
    if (!m_forwardedSlot.isEmpty()) {
        m_budget->releaseAddress(m_forwardedSlot);
        m_forwardedSlot.clear();
    }
}

// Gives back every slot this connection holds; once only.
void GuardedSocket::releaseSlots()
{
    releaseForwardedSlot();
    if (!m_addressSlot.isEmpty()) {
        m_budget->releaseAddress(m_addressSlot);
        m_addressSlot.clear();
    }
    if (m_holdsSlot) {
        m_budget->release();
        m_holdsSlot = false;
    }
}

// The wire is gone: tell Qt, which deletes this socket; one that Qt never took (or gave up)
// deletes itself.
void GuardedSocket::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    m_inbound.clear();
    releaseSlots();
    const bool qtListens =
        isSignalConnected(QMetaMethod::fromSignal(&QAbstractSocket::disconnected));
    setSocketState(UnconnectedState);
    Q_EMIT disconnected();
    if (!qtListens)
        deleteLater();
}

} // namespace ehb::server
