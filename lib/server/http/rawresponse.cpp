#include "server/http/rawresponse.h"

#include "server/http/jsonresponse.h"

#include <QJsonDocument>

namespace ehb::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

QByteArray rawErrorResponse(int status, const QString &code, const QString &message,
                            const QByteArray &extraHeaders)
{
    const QByteArray body = QJsonDocument(errorBody(code, message)).toJson(QJsonDocument::Compact);
    QByteArray response = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
                          reasonPhrase(status) + QByteArrayLiteral("\r\n");
    response += QByteArrayLiteral("Content-Type: application/json\r\n"
                                  "Cache-Control: no-store\r\n"
                                  "Connection: close\r\n");
    response += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) +
                QByteArrayLiteral("\r\n");
    response += extraHeaders;
    response += QByteArrayLiteral("\r\n");
    return response + body;
}

} // namespace ehb::server
