#pragma once

#include <QByteArray>
#include <QString>

namespace ehb::server {

// A whole HTTP/1.1 answer with a JSON error body (jsonresponse.h's errorBody), written straight to
// a socket where Qt HttpServer is not involved: refusals at socket level. It always closes.
QByteArray rawErrorResponse(int status, const QString &code, const QString &message,
                            const QByteArray &extraHeaders = {});

} // namespace ehb::server
