#pragma once

#include "core/fielderror.h"
#include "core/report.h"
#include "core/result.h"
#include "server/http/jsonresponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// Why a PUT of a report is refused before storage: the answer's status, code and message.
struct RequestRejection
{
    StatusCode status = StatusCode::BadRequest;
    QString code;
    QString message;
    FieldErrors fields;

    QHttpServerResponse toResponse() const;
};

// Everything the server checks in PUT /api/v1/reports/{id} before it stores anything, as a pure
// function of the request's parts (so the fuzzer and the tests reach it without a socket). Checks
// run cheapest first: size, id, media type, JSON, fields, privacy, then the id in the body.
class ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)

public:
    static Result<Report, RequestRejection> parse(const QString &pathId, QByteArrayView contentType,
                                                  QByteArrayView contentLength,
                                                  const QByteArray &body,
                                                  const ServiceCatalogue &catalogue,
                                                  const QDateTime &now, qint64 maxBodyBytes);
};

} // namespace ehb::server
