#include "server/http/requestframer.h"

#include <limits>

namespace ehb::server {

namespace {

// RFC 9110 token characters (methods and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Control characters other than tab, which no request line or header value may carry.
bool hasControl(QByteArrayView text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}

QByteArrayView trimmedValue(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Digits only; saturates instead of overflowing (a huge length is simply too large). -1: bad.
qint64 parseContentLength(QByteArrayView value)
{
    if (value.isEmpty())
        return -1;
    qint64 length = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1;
        if (length > (std::numeric_limits<qint64>::max() - 9) / 10)
            length = std::numeric_limits<qint64>::max();
        else
            length = length * 10 + (c - '0');
    }
    return length;
}

} // namespace

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits)
{}

void RequestFramer::reset()
{
    *this = RequestFramer(m_limits);
}

bool RequestFramer::closeAfter() const
{
    return m_connectionClose || (m_http10 && !m_keepAlive);
}

RequestFramer::Event RequestFramer::feed(QByteArrayView bytes, qsizetype &consumed)
{
    qsizetype pos = 0;
    Event event = Event::NeedMore;
    while (event == Event::NeedMore && pos < bytes.size() && m_state != State::Done) {
        switch (m_state) {
        case State::Start: {
            // Empty lines before a request line are ignored (RFC 9112 §2.2), but they count.
            const char c = bytes.at(pos);
            if (c == '\r' || c == '\n') {
                ++pos;
                ++m_size;
                if (m_size > m_limits.maxRequestLineBytes)
                    event = refuse(Refusal::UriTooLong);
                break;
            }
            // Anything but a method (a TLS handshake, binary noise) is refused at once.
            if (!isTokenChar(c)) {
                event = refuse(Refusal::BadRequest);
                break;
            }
            m_state = State::RequestLine;
            break;
        }
        case State::RequestLine:
        case State::Headers: {
            const qsizetype newline = bytes.indexOf('\n', pos);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            const qint64 take = end - pos;
            if (m_state == State::RequestLine) {
                // The line may still end with CR LF, which the limit does not count.
                if (m_line.size() + take > m_limits.maxRequestLineBytes + 2) {
                    event = refuse(Refusal::UriTooLong);
                    break;
                }
            } else if (m_headerBytes + take > m_limits.maxHeaderBytes) {
                event = refuse(Refusal::HeadersTooLarge);
                break;
            }
            m_line.append(bytes.sliced(pos, take));
            pos = end;
            m_size += take;
            if (m_state == State::Headers)
                m_headerBytes += take;
            if (newline >= 0) {
                QByteArrayView line(m_line);
                line.chop(1);
                if (line.endsWith('\r'))
                    line.chop(1);
                event = lineDone(line, m_line.size());
                m_line.clear();
            }
            break;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - pos);
            pos += take;
            m_size += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0) {
                m_state = State::Done;
                event = Event::Complete;
            }
            break;
        }
        case State::Done:
            break;
        }
    }
    consumed = pos;
    return event;
}

RequestFramer::Event RequestFramer::lineDone(QByteArrayView line, qint64 rawLength)
{
    if (m_state == State::RequestLine)
        return requestLine(line);
    return headerLine(line, rawLength);
}

RequestFramer::Event RequestFramer::requestLine(QByteArrayView line)
{
    if (line.size() > m_limits.maxRequestLineBytes)
        return refuse(Refusal::UriTooLong);
    // method SP request-target SP HTTP/1.x, with single spaces (RFC 9112 §3).
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return refuse(Refusal::BadRequest);
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || target.contains(' ') || hasControl(target) || target.contains('\t'))
        return refuse(Refusal::BadRequest);
    if (version.size() != 8 || !version.startsWith("HTTP/1.") || version.at(7) < '0' ||
        version.at(7) > '9')
        return refuse(Refusal::BadRequest);
    m_http10 = version.at(7) == '0';
    m_state = State::Headers;
    return Event::NeedMore;
}

RequestFramer::Event RequestFramer::headerLine(QByteArrayView line, qint64 rawLength)
{
    if (line.isEmpty())
        return headersDone();
    // Folded lines (obsolete) could hide a header from one parser but not the other.
    if (line.front() == ' ' || line.front() == '\t')
        return refuse(Refusal::BadRequest);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return refuse(Refusal::BadRequest);
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmedValue(line.sliced(colon + 1));
    if (hasControl(value))
        return refuse(Refusal::BadRequest);

    if (equalsIgnoringCase(name, "content-length")) {
        const qint64 length = parseContentLength(value);
        if (length < 0 || (m_contentLength >= 0 && m_contentLength != length))
            return refuse(Refusal::BadRequest);
        m_contentLength = length;
    } else if (equalsIgnoringCase(name, "transfer-encoding")) {
        m_transferEncoding = true;
    } else if (equalsIgnoringCase(name, "expect")) {
        if (equalsIgnoringCase(value, "100-continue") && m_expectLine.second == 0) {
            m_expectContinue = true;
            m_expectLine = {m_size - rawLength, rawLength};
        } else {
            m_otherExpectation = true;
        }
    } else if (equalsIgnoringCase(name, "x-forwarded-for")) {
        if (!m_forwardedFor.isEmpty())
            m_forwardedFor += ',';
        m_forwardedFor += value.toByteArray();
    } else if (equalsIgnoringCase(name, "connection")) {
        QByteArrayView rest = value;
        while (!rest.isEmpty()) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView token = trimmedValue(comma < 0 ? rest : rest.first(comma));
            rest = comma < 0 ? QByteArrayView() : rest.sliced(comma + 1);
            if (equalsIgnoringCase(token, "close"))
                m_connectionClose = true;
            else if (equalsIgnoringCase(token, "keep-alive"))
                m_keepAlive = true;
        }
    }
    return Event::NeedMore;
}

RequestFramer::Event RequestFramer::headersDone()
{
    if (m_transferEncoding)
        return refuse(Refusal::LengthRequired);
    if (m_otherExpectation)
        return refuse(Refusal::ExpectationFailed);
    const qint64 length = std::max<qint64>(m_contentLength, 0);
    // Refused now, before the client sends (or we read) a byte of the body.
    if (length > m_limits.maxBodyBytes)
        return refuse(Refusal::PayloadTooLarge);
    if (length == 0) {
        m_state = State::Done;
        return Event::Complete;
    }
    m_state = State::Body;
    m_bodyLeft = length;
    // HTTP/1.0 clients do not know 100 Continue (RFC 9110 §10.1.1).
    return m_expectContinue && !m_http10 ? Event::Continue : Event::NeedMore;
}

RequestFramer::Event RequestFramer::refuse(Refusal refusal)
{
    m_refusal = refusal;
    m_state = State::Done;
    return Event::Refused;
}

} // namespace ehb::server
