#pragma once

#include "reportrepository.h"
#include "result.h"
#include "serverconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace ehb::server {

class ApiRoutes;
class HttpListener;

// The collection server: API routes over a repository, served by Qt HttpServer on our own
// listener. Used by `ehealthbugs-server serve` and, in process, by the tests.
class CollectionServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionServer)

public:
    // Takes ownership of `repository`, which must be open and migrated.
    explicit CollectionServer(std::unique_ptr<ReportRepository> repository,
                              ServerConfig config = {}, QObject *parent = nullptr);
    ~CollectionServer() override;

    // Starts listening; port 0 picks a free one. Returns the port in use.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    quint16 port() const;
    // http://ADDRESS:PORT, with brackets around an IPv6 address.
    QUrl url() const;

    ReportRepository &repository() { return *m_repository; }
    const ServerConfig &config() const { return m_config; }

private:
    // Destroyed in reverse order: the HTTP server first, while routes and storage still exist.
    ServerConfig m_config;
    std::unique_ptr<ReportRepository> m_repository;
    std::unique_ptr<ApiRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_http;
    HttpListener *m_listener = nullptr; // owned by m_http
};

} // namespace ehb::server
