#pragma once

#include "server/api/servercontext.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ehb::server {

// PUT /api/v1/reports/{id}: the idempotent upload of one report (docs/architecture.md, "The
// protocol"). The request is checked first (ReportRequest); storage is the last step, through the
// shared writer, and the answer is 2xx only once the report's batch is committed.
class ReportPutHandler
{
    Q_DECLARE_TR_FUNCTIONS(ReportPutHandler)

public:
    explicit ReportPutHandler(const ServerContext &context);

    QHttpServerResponse handle(const QString &pathId, const QHttpServerRequest &request) const;

private:
    QDateTime now() const;

    const ServerContext &m_context;
};

} // namespace ehb::server
