#include "server/http/jsonresponse.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace ehb::server {

QHttpServerResponse jsonResponse(const QJsonObject &body, StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    // Answers depend on stored state: no proxy or browser may reuse them.
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QJsonObject errorBody(const QString &code, const QString &message, const FieldErrors &fields)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonArray list;
        for (const FieldError &field : fields) {
            list.append(QJsonObject{{QStringLiteral("path"), field.path},
                                    {QStringLiteral("message"), field.message}});
        }
        error.insert(QStringLiteral("fields"), list);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

QHttpServerResponse errorResponse(StatusCode status, const QString &code, const QString &message,
                                  const FieldErrors &fields)
{
    return jsonResponse(errorBody(code, message, fields), status);
}

QHttpServerResponse storageUnavailableResponse(const QString &message)
{
    QHttpServerResponse response = errorResponse(StatusCode::ServiceUnavailable,
                                                 QStringLiteral("storage_unavailable"), message);
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    return response;
}

QByteArray requestHeader(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool isJsonContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mediaType =
        (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace ehb::server
