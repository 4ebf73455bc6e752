#include "server/httpworker.h"

#include "server/api/apiroutes.h"
#include "server/http/httplistener.h"

#include <QHttpServer>

namespace ehb::server {

HttpWorker::HttpWorker(std::unique_ptr<ReportRepository> repository, const ServerContext &context,
                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_repository(std::move(repository))
    , m_routes(std::make_unique<ApiRoutes>(*m_repository, context))
    , m_http(std::make_unique<QHttpServer>())
{
    m_routes->install(*m_http);
}

HttpWorker::~HttpWorker() = default;

Result<quint16> HttpWorker::listen(const QHostAddress &address, quint16 port, bool shared)
{
    if (m_listener)
        return fail(
            tr("The server is already listening on port %1.").arg(m_listener->serverPort()));
    auto listener = std::make_unique<HttpListener>(m_context.config.limits, m_context.connections,
                                                   m_http.get());
    listener->setMetrics(&m_context.metrics);
    if (const Result<void> started = listener->start(address, port, shared); !started)
        return fail(started.error());
    m_listener = listener.release(); // a child of m_http from here on
    m_http->bind(m_listener);
    return m_listener->serverPort();
}

quint16 HttpWorker::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress HttpWorker::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

} // namespace ehb::server
