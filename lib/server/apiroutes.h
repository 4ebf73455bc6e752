#pragma once

#include "reportlisthandler.h"
#include "reportputhandler.h"
#include "reportrepository.h"
#include "servercontext.h"
#include "statshandler.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

class QHttpServer;

namespace ehb::server {

// The routing table of API v1: which path answers which methods. Qt HttpServer 6.4 answers a
// wrong method with 404, so each path is routed for every method and refused here with 405
// and an Allow header; unknown paths get a JSON 404 from the missing handler.
class ApiRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)

public:
    // `repository` belongs to the thread that serves these routes; `context` is shared.
    ApiRoutes(ReportRepository &repository, const ServerContext &context);
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    // Registers the routes; this object must outlive `server`'s use of them.
    void install(QHttpServer &server);

    QHttpServerResponse services() const;
    QHttpServerResponse health() const;
    static QHttpServerResponse notFound();
    static QHttpServerResponse methodNotAllowed(const QByteArray &allow);
    static QHttpServerResponse unauthorized();

private:
    // Answers 429 when the client's address is over its rate limit, else `answer()`.
    template <typename Answer>
    QHttpServerResponse limited(const QHttpServerRequest &request, Answer answer);
    // Answers 429 as limited() does, 405 unless `request` is a GET from staff (401 without a
    // current token), else `answer()`.
    template <typename Answer>
    QHttpServerResponse staffGet(const QHttpServerRequest &request, Answer answer);

    ReportRepository &m_repository;
    const ServerContext &m_context;
    ReportPutHandler m_putReport;
    StatsHandler m_stats;
    ReportListHandler m_reports;
};

} // namespace ehb::server
