#pragma once

#include "server/api/breakdownhandler.h"
#include "server/api/episodeshandler.h"
#include "server/api/impacthandler.h"
#include "server/api/livehandler.h"
#include "server/api/noticeshandler.h"
#include "server/api/officialhandler.h"
#include "server/api/publichandler.h"
#include "server/api/reportlisthandler.h"
#include "server/api/reportputhandler.h"
#include "server/api/servercontext.h"
#include "server/api/stafftokens.h"
#include "server/api/statshandler.h"
#include "server/storage/reportrepository.h"

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
    // GET /api/v1/client: the current app version and where to get it (ServerConfig::client).
    QHttpServerResponse client() const;
    QHttpServerResponse health() const;
    QHttpServerResponse metricsText() const;
    static QHttpServerResponse openApiDocument();
    static QHttpServerResponse notFound();
    static QHttpServerResponse methodNotAllowed(const QByteArray &allow);
    static QHttpServerResponse unauthorized();
    static QHttpServerResponse storageUnavailable();

private:
    enum class Access
    {
        Anyone,   // rate limited per address
        Staff,    // rate limited, and needs a current staff token (else 401)
        Operator, // health and metrics: never rate limited
    };

    // Every route goes through here: rate limit, 405 with Allow for a method not in `allowed`,
    // staff token, then `answer()`; the request is counted in the metrics under `route` (the
    // path template, never the raw path).
    template <typename Answer>
    QHttpServerResponse dispatch(const QString &route, const QHttpServerRequest &request,
                                 QHttpServerRequest::Methods allowed, Access access, Answer answer);
    // Whether the request carries a current staff token.
    StaffAuth::Verdict staffVerdict(const QHttpServerRequest &request);
    // GET /api/v1/notices: public, but ?all=1 needs a staff token.
    QHttpServerResponse listNotices(const QHttpServerRequest &request);

    ReportRepository &m_repository;
    const ServerContext &m_context;
    ReportPutHandler m_putReport;
    StatsHandler m_stats;
    ReportListHandler m_reports;
    EpisodesHandler m_episodes;
    BreakdownHandler m_breakdown;
    ImpactHandler m_impact;
    LiveHandler m_live;
    OfficialHandler m_official;
    PublicHandler m_public;
    NoticesHandler m_notices;
};

} // namespace ehb::server
