#include "reportputhandler.h"

#include "apihttp.h"
#include "reportcodec.h"
#include "timeutil.h"
#include "validation.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehb::server {

namespace {

QString statusText(PutStatus status)
{
    switch (status) {
    case PutStatus::Created:
        return QStringLiteral("created");
    case PutStatus::Replayed:
        return QStringLiteral("replayed");
    case PutStatus::Updated:
        return QStringLiteral("updated");
    case PutStatus::Conflict:
    case PutStatus::Forbidden:
        break;
    }
    return {};
}

} // namespace

ReportPutHandler::ReportPutHandler(ReportRepository &repository, const ServiceCatalogue &catalogue,
                                   const ServerConfig &config)
    : m_repository(repository)
    , m_catalogue(catalogue)
    , m_config(config)
{}

QDateTime ReportPutHandler::now() const
{
    return m_config.clock ? m_config.clock() : utcNowSeconds();
}

QHttpServerResponse ReportPutHandler::handle(const QString &pathId,
                                             const QHttpServerRequest &request) const
{
    // Qt HttpServer 6.4 has already buffered the body; these checks keep it from going further.
    const QByteArray contentLength = requestHeader(request, "Content-Length");
    bool lengthOk = true;
    const qint64 declared =
        contentLength.isEmpty() ? 0 : contentLength.trimmed().toLongLong(&lengthOk);
    if (!lengthOk || declared > m_config.maxBodyBytes ||
        request.body().size() > m_config.maxBodyBytes) {
        return errorResponse(StatusCode::PayloadTooLarge, QStringLiteral("payload_too_large"),
                             tr("The report is larger than %1 bytes.").arg(m_config.maxBodyBytes));
    }

    const QUuid id = parseUuidV4(pathId);
    if (id.isNull()) {
        return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
                             tr("Reports are addressed as /api/v1/reports/{id} with a UUID "
                                "version 4 id."));
    }

    if (!isJsonContentType(requestHeader(request, "Content-Type"))) {
        return errorResponse(StatusCode::UnsupportedMediaType,
                             QStringLiteral("unsupported_media_type"),
                             tr("Send the report as application/json."));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return errorResponse(StatusCode::BadRequest, QStringLiteral("malformed_json"),
                             tr("The body is not valid JSON: %1 at byte %2.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return errorResponse(StatusCode::BadRequest, QStringLiteral("malformed_json"),
                             tr("The body must be a JSON object."));
    }

    auto decoded = ReportCodec::fromJson(document.object());
    if (const auto *errors = std::get_if<FieldErrors>(&decoded)) {
        return errorResponse(StatusCode::UnprocessableEntity, QStringLiteral("invalid_report"),
                             tr("The report has invalid fields."), *errors);
    }
    const Report report = std::get<Report>(std::move(decoded));
    FieldErrors errors = ReportValidator(m_catalogue).validate(report, now());
    if (report.id != id)
        errors.prepend({QStringLiteral("id"), tr("does not match the id in the URL")});
    if (!errors.isEmpty()) {
        return errorResponse(StatusCode::UnprocessableEntity, QStringLiteral("invalid_report"),
                             tr("The report has invalid fields."), errors);
    }

    // Storing the canonical form drops every field we do not know.
    const Result<PutOutcome> stored = m_repository.put(report, ReportCodec::toBytes(report), now());
    if (!stored) {
        qWarning("Storing a report failed: %s", qUtf8Printable(stored.error()));
        QHttpServerResponse response =
            errorResponse(StatusCode::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                          tr("The report could not be stored now; send it again later."));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        return response;
    }

    const PutOutcome outcome = stored.value();
    switch (outcome.status) {
    case PutStatus::Conflict:
        return errorResponse(StatusCode::Conflict, QStringLiteral("revision_conflict"),
                             tr("The server already has revision %1 of this report, newer than "
                                "revision %2.")
                                 .arg(outcome.storedRevision)
                                 .arg(report.revision));
    case PutStatus::Forbidden:
        return errorResponse(StatusCode::Forbidden, QStringLiteral("forbidden"),
                             tr("This report id belongs to another installation."));
    case PutStatus::Created:
    case PutStatus::Replayed:
    case PutStatus::Updated:
        break;
    }
    return jsonResponse(QJsonObject{{QStringLiteral("id"), uuidText(id)},
                                    {QStringLiteral("revision"), outcome.storedRevision},
                                    {QStringLiteral("status"), statusText(outcome.status)}},
                        outcome.status == PutStatus::Created ? StatusCode::Created
                                                             : StatusCode::Ok);
}

} // namespace ehb::server
