#include "server/api/reportrequest.h"

#include "core/reportcodec.h"
#include "core/validation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ehb::server {

QHttpServerResponse RequestRejection::toResponse() const
{
    return errorResponse(status, code, message, fields);
}

Result<Report, RequestRejection>
ReportRequest::parse(const QString &pathId, QByteArrayView contentType,
                     QByteArrayView contentLength, const QByteArray &body,
                     const ServiceCatalogue &catalogue, const QDateTime &now, qint64 maxBodyBytes)
{
    bool lengthOk = true;
    const qint64 declared =
        contentLength.isEmpty() ? 0 : contentLength.trimmed().toLongLong(&lengthOk);
    if (!lengthOk || declared > maxBodyBytes || body.size() > maxBodyBytes) {
        return RequestRejection{StatusCode::PayloadTooLarge,
                                QStringLiteral("payload_too_large"),
                                tr("The report is larger than %1 bytes.").arg(maxBodyBytes),
                                {}};
    }

    const QUuid id = parseUuidV4(pathId);
    if (id.isNull()) {
        return RequestRejection{StatusCode::NotFound,
                                QStringLiteral("not_found"),
                                tr("Reports are addressed as /api/v1/reports/{id} with a UUID "
                                   "version 4 id."),
                                {}};
    }

    if (!isJsonContentType(contentType)) {
        return RequestRejection{StatusCode::UnsupportedMediaType,
                                QStringLiteral("unsupported_media_type"),
                                tr("Send the report as application/json."),
                                {}};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return RequestRejection{StatusCode::BadRequest,
                                QStringLiteral("malformed_json"),
                                tr("The body is not valid JSON: %1 at byte %2.")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset),
                                {}};
    }
    if (!document.isObject()) {
        return RequestRejection{StatusCode::BadRequest,
                                QStringLiteral("malformed_json"),
                                tr("The body must be a JSON object."),
                                {}};
    }

    auto decoded = ReportCodec::fromJson(document.object());
    if (!decoded) {
        return RequestRejection{StatusCode::UnprocessableEntity, QStringLiteral("invalid_report"),
                                tr("The report has invalid fields."), decoded.error()};
    }
    Report report = std::move(decoded).value();
    FieldErrors errors = ReportValidator(catalogue).validate(report, now);
    if (report.id != id)
        errors.prepend({QStringLiteral("id"), tr("does not match the id in the URL")});
    if (!errors.isEmpty()) {
        return RequestRejection{StatusCode::UnprocessableEntity, QStringLiteral("invalid_report"),
                                tr("The report has invalid fields."), std::move(errors)};
    }
    return report;
}

} // namespace ehb::server
