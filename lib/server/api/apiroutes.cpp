#include "server/api/apiroutes.h"

#include "core/servicecatalogue.h"
#include "server/api/stafftokens.h"
#include "server/http/connectionbudget.h"
#include "server/http/jsonresponse.h"
#include "server/http/requestguard.h"
#include "server/http/servermetrics.h"
#include "server/official/officialfeedstate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonObject>

namespace ehb::server {

namespace {

using Method = QHttpServerRequest::Method;

// Every method Qt parses, so that a wrong one reaches us and is answered 405.
constexpr auto anyMethod = QHttpServerRequest::Method::AnyKnown;

// The Allow header of a path: its methods, comma separated.
QByteArray allowHeader(QHttpServerRequest::Methods allowed)
{
    QByteArrayList names;
    for (const Method method : {Method::Get, Method::Put, Method::Post, Method::Delete}) {
        if (allowed.testFlag(method))
            names.append(ServerMetrics::methodName(method));
    }
    return names.join(", ");
}

} // namespace

ApiRoutes::ApiRoutes(ReportRepository &repository, const ServerContext &context)
    : m_repository(repository)
    , m_context(context)
    , m_putReport(context)
    , m_stats(context.catalogue)
    , m_reports(context.catalogue)
    , m_episodes(context.catalogue, context.analysisCache, context.config.slaTarget,
                 analysis::HolidayCalendar(context.config.holidays), context.config.clock)
    , m_breakdown(context.catalogue, context.analysisCache)
    , m_impact(context.catalogue, context.analysisCache, context.config.slaTarget,
               analysis::HolidayCalendar(context.config.holidays), context.config.clock,
               context.config.impactHourlyValue)
    , m_live(context.catalogue, context.config, &m_episodes.search())
    , m_official(context.catalogue, m_episodes.search(), context.config.clock)
    , m_public(context.config, context.publicStatus)
    , m_notices(context.catalogue, context.config.clock)
{}

template <typename Answer>
QHttpServerResponse ApiRoutes::dispatch(const QString &route, const QHttpServerRequest &request,
                                        QHttpServerRequest::Methods allowed, Access access,
                                        Answer answer)
{
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponse response = [&] {
        if (access != Access::Operator) {
            if (auto refused = m_context.guard.admitAddress(request))
                return std::move(*refused);
        }
        if (!allowed.testFlag(request.method()))
            return methodNotAllowed(allowHeader(allowed));
        if (access == Access::Staff) {
            switch (staffVerdict(request)) {
            case StaffAuth::Verdict::Allowed:
                break;
            case StaffAuth::Verdict::Refused:
                return unauthorized();
            case StaffAuth::Verdict::Unavailable:
                return storageUnavailable();
            }
        }
        return answer();
    }();
    m_context.metrics.recordRequest(route, ServerMetrics::methodName(request.method()),
                                    int(response.statusCode()), timer.nsecsElapsed());
    return response;
}

StaffAuth::Verdict ApiRoutes::staffVerdict(const QHttpServerRequest &request)
{
    return m_context.auth.check(requestHeader(request, "Authorization"), m_repository);
}

QHttpServerResponse ApiRoutes::listNotices(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (!NoticesHandler::wantsAll(query))
        return m_notices.list(query, false, m_repository);
    switch (staffVerdict(request)) {
    case StaffAuth::Verdict::Allowed:
        return m_notices.list(query, true, m_repository);
    case StaffAuth::Verdict::Refused:
        return unauthorized();
    case StaffAuth::Verdict::Unavailable:
        break;
    }
    return storageUnavailable();
}

void ApiRoutes::install(QHttpServer &server)
{
    server.route(QStringLiteral("/api/v1/reports/<arg>"), anyMethod,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return dispatch(QStringLiteral("/api/v1/reports/{id}"), request, Method::Put,
                                     Access::Anyone,
                                     [&] { return m_putReport.handle(id, request); });
                 });
    server.route(QStringLiteral("/badge/<arg>"), anyMethod,
                 [this](const QString &file, const QHttpServerRequest &request) {
                     return dispatch(QStringLiteral("/badge/{service}.svg"), request, Method::Get,
                                     Access::Anyone,
                                     [&] { return m_public.badge(file, m_repository); });
                 });
    server.route(QStringLiteral("/api/v1/official/incidents"), anyMethod,
                 [this](const QHttpServerRequest &request) {
                     return dispatch(QStringLiteral("/api/v1/official/incidents"), request,
                                     Method::Post, Access::Staff, [&] {
                                         return m_official.addIncidents(request, m_repository);
                                     });
                 });
    // Notices: reading the current ones is public, publishing and withdrawing are for staff.
    server.route(
        QStringLiteral("/api/v1/notices"), anyMethod, [this](const QHttpServerRequest &request) {
            const bool post = request.method() == Method::Post;
            return dispatch(QStringLiteral("/api/v1/notices"), request, Method::Get | Method::Post,
                            post ? Access::Staff : Access::Anyone, [&] {
                                return post ? m_notices.create(request, m_repository)
                                            : listNotices(request);
                            });
        });
    server.route(QStringLiteral("/api/v1/notices/<arg>"), anyMethod,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return dispatch(QStringLiteral("/api/v1/notices/{id}"), request,
                                     Method::Delete, Access::Staff,
                                     [&] { return m_notices.withdraw(id, m_repository); });
                 });
    // The other routes take no path argument: one table.
    const struct
    {
        QString path;
        Access access;
        std::function<QHttpServerResponse(const QHttpServerRequest &)> answer;
    } routes[] = {
        {QStringLiteral("/api/v1/reports"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_reports.handle(request.query(), requestHeader(request, "Accept"),
                                     m_repository);
         }},
        {QStringLiteral("/api/v1/stats/frequency"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_stats.frequency(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/stats/heatmap"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_stats.heatmap(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/stats/episodes"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_episodes.handle(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/stats/official"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_official.stats(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/official/changes"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_official.changes(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/stats/breakdown"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_breakdown.handle(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/stats/impact"), Access::Staff,
         [this](const QHttpServerRequest &request) {
             return m_impact.handle(request.query(), m_repository);
         }},
        {QStringLiteral("/api/v1/live"), Access::Anyone,
         [this](const QHttpServerRequest &request) {
             return m_live.handle(request.query(), m_repository);
         }},
        // The public status page (PublicHandler): one cache for all four.
        {QStringLiteral("/"), Access::Anyone,
         [this](const QHttpServerRequest &request) {
             return m_public.page(request, m_repository);
         }},
        {QStringLiteral("/feed.atom"), Access::Anyone,
         [this](const QHttpServerRequest &request) {
             return m_public.feed(request, m_repository);
         }},
        {QStringLiteral("/api/v1/status"), Access::Anyone,
         [this](const QHttpServerRequest &) { return m_public.status(m_repository); }},
        {QStringLiteral("/api/v1/services"), Access::Anyone,
         [this](const QHttpServerRequest &) { return services(); }},
        {QStringLiteral("/api/v1/client"), Access::Anyone,
         [this](const QHttpServerRequest &) { return client(); }},
        {QStringLiteral("/api/v1/openapi.json"), Access::Anyone,
         [](const QHttpServerRequest &) { return openApiDocument(); }},
        // Health checks and metrics are not rate limited, so monitoring still sees a server
        // under load; nginx keeps /metrics to localhost.
        {QStringLiteral("/healthz"), Access::Operator,
         [this](const QHttpServerRequest &) { return health(); }},
        {QStringLiteral("/metrics"), Access::Operator,
         [this](const QHttpServerRequest &) { return metricsText(); }},
    };
    for (const auto &route : routes) {
        server.route(route.path, anyMethod, [this, route](const QHttpServerRequest &request) {
            return dispatch(route.path, request, Method::Get, route.access,
                            [&] { return route.answer(request); });
        });
    }
    // Answered at once, inside the call: a responder is never kept (see docs/qt-notes.md).
    server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(QStringLiteral("unmatched"), request, request.method(), Access::Anyone, [] {
                return notFound();
            }).write(std::move(responder));
        });
}

QHttpServerResponse ApiRoutes::services() const
{
    return jsonResponse(
        QJsonObject{{QStringLiteral("services"), ServiceCatalogue::builtIn().toJson()}});
}

QHttpServerResponse ApiRoutes::client() const
{
    const ClientRelease &release = m_context.config.client;
    return jsonResponse(QJsonObject{
        {QStringLiteral("latest"),
         release.latest.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(release.latest)},
        {QStringLiteral("download_url"),
         release.download.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(release.download.toString(QUrl::FullyEncoded))},
    });
}

QHttpServerResponse ApiRoutes::health() const
{
    if (const Result<void> ping = m_repository.ping(); !ping) {
        QJsonObject body =
            errorBody(QStringLiteral("database_unavailable"), tr("The database does not answer."));
        body.insert(QStringLiteral("status"), QStringLiteral("error"));
        body.insert(QStringLiteral("database"), QStringLiteral("error"));
        return jsonResponse(body, StatusCode::ServiceUnavailable);
    }
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("database"), QStringLiteral("ok")}};
    // A detail: the official feed failing does not make this server unhealthy.
    if (m_context.officialFeed)
        body.insert(QStringLiteral("official_feed"), m_context.officialFeed->toJson());
    return jsonResponse(body);
}

QHttpServerResponse ApiRoutes::metricsText() const
{
    m_context.metrics.setOpenConnections(m_context.connections->inUse());
    QHttpServerResponse response(QByteArrayLiteral("text/plain; version=0.0.4"),
                                 m_context.metrics.render());
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse ApiRoutes::openApiDocument()
{
    // Read once: the document is built into the binary.
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/ehealthbugs-server/openapi.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The OpenAPI document is missing from the resources");
        return file.readAll();
    }();
    QHttpServerResponse response(QByteArrayLiteral("application/json"), document);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse ApiRoutes::notFound()
{
    return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
                         tr("There is nothing at this address."));
}

QHttpServerResponse ApiRoutes::storageUnavailable()
{
    return storageUnavailableResponse(tr("The database does not answer; try again later."));
}

QHttpServerResponse ApiRoutes::unauthorized()
{
    QHttpServerResponse response =
        errorResponse(StatusCode::Unauthorized, QStringLiteral("unauthorized"),
                      tr("This address is for GBO staff: send a current token as "
                         "\"Authorization: Bearer <token>\"."));
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"ehealthbugs\""));
    return response;
}

QHttpServerResponse ApiRoutes::methodNotAllowed(const QByteArray &allow)
{
    QHttpServerResponse response =
        errorResponse(StatusCode::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                      tr("This address answers only %1.").arg(QString::fromLatin1(allow)));
    response.addHeader(QByteArrayLiteral("Allow"), allow);
    return response;
}

} // namespace ehb::server
