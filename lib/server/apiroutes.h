#pragma once

#include "reportputhandler.h"
#include "reportrepository.h"
#include "serverconfig.h"
#include "servermetrics.h"

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
    ApiRoutes(ReportRepository &repository, const ServerConfig &config);
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    // Registers the routes; this object must outlive `server`'s use of them.
    void install(QHttpServer &server);

    QHttpServerResponse services() const;
    QHttpServerResponse health() const;
    QHttpServerResponse metricsText() const;
    static QHttpServerResponse openApiDocument();
    static QHttpServerResponse notFound();
    static QHttpServerResponse methodNotAllowed(const QByteArray &allow);

    ServerMetrics &metrics() { return m_metrics; }

private:
    ReportRepository &m_repository;
    ReportPutHandler m_putReport;
    ServerMetrics m_metrics;
};

} // namespace ehb::server
