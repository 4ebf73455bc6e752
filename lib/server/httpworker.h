#pragma once

#include "core/result.h"
#include "server/api/servercontext.h"
#include "server/storage/reportrepository.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace ehb::server {

class ApiRoutes;
class HttpListener;

// One thread's share of the HTTP serving: its routes over its own database connection, a
// QHttpServer and a listening socket. Lives and is destroyed in the thread that created it.
class HttpWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpWorker)

public:
    // Takes ownership of `repository`, opened in this thread.
    HttpWorker(std::unique_ptr<ReportRepository> repository, const ServerContext &context,
               QObject *parent = nullptr);
    ~HttpWorker() override;

    // Listens on `address`:`port` (0: a free port). `shared`: other workers listen on the same
    // port (SO_REUSEPORT on Linux). Returns the port in use.
    Result<quint16> listen(const QHostAddress &address, quint16 port, bool shared);

    quint16 port() const;
    QHostAddress address() const;
    ReportRepository &repository() { return *m_repository; }

private:
    // Destroyed in reverse order: the HTTP server first, while routes and storage still exist.
    const ServerContext &m_context;
    std::unique_ptr<ReportRepository> m_repository;
    std::unique_ptr<ApiRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_http;
    HttpListener *m_listener = nullptr; // owned by m_http
};

} // namespace ehb::server
