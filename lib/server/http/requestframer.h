#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace ehb::server {

// Finds where each HTTP/1.x request on a connection ends, checking it against the size limits
// as its bytes arrive, so that GuardedSocket can hand Qt HttpServer one whole, checked request
// at a time and refuse the rest early (a too large body before it is sent). It is strict where
// two parsers could disagree on framing (request smuggling): no Transfer-Encoding, no
// conflicting Content-Length, no folded header lines.
class RequestFramer
{
public:
    struct Limits
    {
        qint64 maxRequestLineBytes = 0;
        qint64 maxHeaderBytes = 0;
        qint64 maxBodyBytes = 0;
    };

    enum class Event
    {
        NeedMore, // everything given was used; the request goes on
        Continue, // the headers asked for `100 Continue`, and the body is acceptable
        Complete, // the request ends after the bytes consumed
        Refused,  // see refusal(); the connection should be answered and closed
    };

    enum class Refusal
    {
        None,
        BadRequest,        // 400
        LengthRequired,    // 411: Transfer-Encoding instead of Content-Length
        PayloadTooLarge,   // 413
        UriTooLong,        // 414: the request line
        ExpectationFailed, // 417: an Expect other than 100-continue
        HeadersTooLarge,   // 431
    };

    explicit RequestFramer(Limits limits);

    // Reads `bytes` up to the next event and sets `consumed` to the number of bytes used.
    Event feed(QByteArrayView bytes, qsizetype &consumed);
    // Forgets the request that completed, ready for the next one on the same connection.
    void reset();

    // True once a byte of a request (even a leading empty line) has arrived.
    bool inRequest() const { return m_size > 0; }
    // The bytes of the current request consumed so far.
    qint64 size() const { return m_size; }
    // True once the request line and headers are in whole and were accepted (the body, if
    // any, may still be arriving).
    bool headComplete() const
    {
        return m_state == State::Body || (m_state == State::Done && m_refusal == Refusal::None);
    }
    // The X-Forwarded-For lines of the head, joined by commas in order (RFC 9110 §5.3).
    QByteArray forwardedFor() const { return m_forwardedFor; }
    Refusal refusal() const { return m_refusal; }
    // After Complete: the client asked to close (Connection: close, or HTTP/1.0 by default).
    bool closeAfter() const;
    // The Expect header line (offset, length) within the request; {0, 0} when none. It is
    // answered here, so it is left out of what Qt sees.
    std::pair<qint64, qint64> expectLine() const { return m_expectLine; }

private:
    enum class State
    {
        Start,
        RequestLine,
        Headers,
        Body,
        Done,
    };

    Event lineDone(QByteArrayView line, qint64 rawLength);
    Event requestLine(QByteArrayView line);
    Event headerLine(QByteArrayView line, qint64 rawLength);
    Event headersDone();
    Event refuse(Refusal refusal);

    Limits m_limits;
    State m_state = State::Start;
    Refusal m_refusal = Refusal::None;
    QByteArray m_line;
    qint64 m_size = 0;
    qint64 m_headerBytes = 0;
    qint64 m_contentLength = -1;
    qint64 m_bodyLeft = 0;
    bool m_http10 = false;
    bool m_transferEncoding = false;
    bool m_expectContinue = false;
    bool m_otherExpectation = false;
    bool m_connectionClose = false;
    bool m_keepAlive = false;
    std::pair<qint64, qint64> m_expectLine{0, 0};
    QByteArray m_forwardedFor;
};

} // namespace ehb::server
