#include "collectionserver.h"

#include "apiroutes.h"
#include "httplistener.h"

#include <QHttpServer>

namespace ehb::server {

CollectionServer::CollectionServer(std::unique_ptr<ReportRepository> repository,
                                   ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_repository(std::move(repository))
    , m_routes(std::make_unique<ApiRoutes>(*m_repository, m_config))
    , m_http(std::make_unique<QHttpServer>())
{
    m_routes->install(*m_http);
}

CollectionServer::~CollectionServer() = default;

Result<quint16> CollectionServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_listener)
        return fail(
            tr("The server is already listening on port %1.").arg(m_listener->serverPort()));
    auto listener = std::make_unique<HttpListener>(m_config, nullptr, m_http.get());
    if (const Result<void> started = listener->start(address, port); !started)
        return fail(started.error());
    m_listener = listener.release(); // a child of m_http from here on
    m_http->bind(m_listener);
    return m_listener->serverPort();
}

quint16 CollectionServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl CollectionServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    if (m_listener) {
        const QHostAddress address = m_listener->serverAddress();
        // Listening on "any" is reached through loopback.
        if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
            url.setHost(QStringLiteral("127.0.0.1"));
        else if (address == QHostAddress::AnyIPv6)
            url.setHost(QStringLiteral("::1"));
        else
            url.setHost(address.toString());
        url.setPort(m_listener->serverPort());
    }
    return url;
}

} // namespace ehb::server
