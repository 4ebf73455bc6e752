#include "apiroutes.h"

#include "apihttp.h"
#include "requestguard.h"
#include "servicecatalogue.h"
#include "stafftokens.h"

#include <QHttpServer>
#include <QJsonObject>

namespace ehb::server {

namespace {

using Method = QHttpServerRequest::Method;

// Every method Qt parses, so that a wrong one reaches us and is answered 405.
constexpr auto anyMethod = QHttpServerRequest::Method::AnyKnown;

} // namespace

ApiRoutes::ApiRoutes(ReportRepository &repository, const ServerContext &context)
    : m_repository(repository)
    , m_context(context)
    , m_putReport(context)
    , m_stats(context.catalogue)
    , m_reports(context.catalogue)
{}

template <typename Answer>
QHttpServerResponse ApiRoutes::limited(const QHttpServerRequest &request, Answer answer)
{
    if (auto refused = m_context.guard.admitAddress(request))
        return std::move(*refused);
    return answer();
}

template <typename Answer>
QHttpServerResponse ApiRoutes::staffGet(const QHttpServerRequest &request, Answer answer)
{
    if (auto refused = m_context.guard.admitAddress(request))
        return std::move(*refused);
    if (request.method() != Method::Get)
        return methodNotAllowed(QByteArrayLiteral("GET"));
    if (!m_context.auth.allows(requestHeader(request, "Authorization"), m_repository))
        return unauthorized();
    return answer();
}

void ApiRoutes::install(QHttpServer &server)
{
    server.route(QStringLiteral("/api/v1/reports/<arg>"), anyMethod,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return limited(request, [&] {
                         if (request.method() != Method::Put)
                             return methodNotAllowed(QByteArrayLiteral("PUT"));
                         return m_putReport.handle(id, request);
                     });
                 });
    server.route(QStringLiteral("/api/v1/reports"), anyMethod,
                 [this](const QHttpServerRequest &request) {
                     return staffGet(request, [&] {
                         return m_reports.handle(request.query(), requestHeader(request, "Accept"),
                                                 m_repository);
                     });
                 });
    server.route(QStringLiteral("/api/v1/stats/frequency"), anyMethod,
                 [this](const QHttpServerRequest &request) {
                     return staffGet(
                         request, [&] { return m_stats.frequency(request.query(), m_repository); });
                 });
    server.route(QStringLiteral("/api/v1/stats/heatmap"), anyMethod,
                 [this](const QHttpServerRequest &request) {
                     return staffGet(
                         request, [&] { return m_stats.heatmap(request.query(), m_repository); });
                 });
    server.route(QStringLiteral("/api/v1/services"), anyMethod,
                 [this](const QHttpServerRequest &request) {
                     return limited(request, [&] {
                         if (request.method() != Method::Get)
                             return methodNotAllowed(QByteArrayLiteral("GET"));
                         return services();
                     });
                 });
    server.route(QStringLiteral("/healthz"), anyMethod, [this](const QHttpServerRequest &request) {
        if (request.method() != Method::Get)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return health();
    });
    // Answered at once, inside the call: a responder is never kept (see QT-NOTES.md). Health
    // checks are not rate limited, so monitoring still sees a server under load.
    server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            limited(request, [] { return notFound(); }).write(std::move(responder));
        });
}

QHttpServerResponse ApiRoutes::services() const
{
    return jsonResponse(
        QJsonObject{{QStringLiteral("services"), ServiceCatalogue::builtIn().toJson()}});
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
    return jsonResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("database"), QStringLiteral("ok")}});
}

QHttpServerResponse ApiRoutes::notFound()
{
    return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
                         tr("There is nothing at this address."));
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
