#include "server/api/reportputhandler.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "server/api/reportrequest.h"
#include "server/http/jsonresponse.h"
#include "server/http/requestguard.h"
#include "server/http/servermetrics.h"
#include "server/storage/reportwriter.h"

#include <QHttpServerRequest>
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

ReportPutHandler::ReportPutHandler(const ServerContext &context)
    : m_context(context)
{}

QDateTime ReportPutHandler::now() const
{
    return m_context.config.clock ? m_context.config.clock() : utcNowSeconds();
}

QHttpServerResponse ReportPutHandler::handle(const QString &pathId,
                                             const QHttpServerRequest &request) const
{
    auto parsed = ReportRequest::parse(
        pathId, requestHeader(request, "Content-Type"), requestHeader(request, "Content-Length"),
        request.body(), m_context.catalogue, now(), m_context.config.limits.maxBodyBytes);
    ServerMetrics &metrics = m_context.metrics;
    if (!parsed) {
        metrics.recordRejected(parsed.error().code);
        return parsed.error().toResponse();
    }
    const Report report = std::move(parsed).value();
    if (auto refused = m_context.guard.admitInstallation(report.installation)) {
        metrics.recordRejected(u"rate_limited");
        return std::move(*refused);
    }

    // Storing the canonical form drops every field we do not know.
    const Result<PutOutcome> stored =
        m_context.writer.put({report, ReportCodec::toBytes(report), now()});
    if (!stored) {
        qWarning("Storing a report failed: %s", qUtf8Printable(stored.error()));
        metrics.recordRejected(u"storage_unavailable");
        return storageUnavailableResponse(
            tr("The report could not be stored now; send it again later."));
    }

    const PutOutcome outcome = stored.value();
    switch (outcome.status) {
    case PutStatus::Conflict:
        metrics.recordRejected(u"revision_conflict");
        return errorResponse(StatusCode::Conflict, QStringLiteral("revision_conflict"),
                             tr("The server already has revision %1 of this report, newer than "
                                "revision %2.")
                                 .arg(outcome.storedRevision)
                                 .arg(report.revision));
    case PutStatus::Forbidden:
        metrics.recordRejected(u"forbidden");
        return errorResponse(StatusCode::Forbidden, QStringLiteral("forbidden"),
                             tr("This report id belongs to another installation."));
    case PutStatus::Created:
        metrics.recordStored(ServerMetrics::StoreOutcome::Created);
        break;
    case PutStatus::Replayed:
        metrics.recordStored(ServerMetrics::StoreOutcome::Replayed);
        break;
    case PutStatus::Updated:
        metrics.recordStored(ServerMetrics::StoreOutcome::Updated);
        break;
    }
    return jsonResponse(QJsonObject{{QStringLiteral("id"), uuidText(report.id)},
                                    {QStringLiteral("revision"), outcome.storedRevision},
                                    {QStringLiteral("status"), statusText(outcome.status)}},
                        outcome.status == PutStatus::Created ? StatusCode::Created
                                                             : StatusCode::Ok);
}

} // namespace ehb::server
