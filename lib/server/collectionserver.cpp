#include "server/collectionserver.h"

#include "core/servicecatalogue.h"
#include "server/api/publicstatuscache.h"
#include "server/http/connectionbudget.h"
#include "server/http/requestguard.h"
#include "server/httpworker.h"
#include "server/official/officialfeedstate.h"
#include "server/official/officialpoller.h"
#include "server/storage/reportwriter.h"
#include "server/storage/repositoryfactory.h"
#include "server/workerthread.h"

#include <QTcpServer>

namespace ehb::server {

namespace {

// Several listeners on one port need SO_REUSEPORT's load balancing, which only Linux has.
constexpr bool sharedPortsWork =
#ifdef Q_OS_LINUX
    true;
#else
    false;
#endif

} // namespace

CollectionServer::CollectionServer(Opener opener, ServerConfig config)
    : m_opener(std::move(opener))
    , m_config(std::move(config))
{}

CollectionServer::~CollectionServer()
{
    // The warm-up ends by itself (a few seconds for a year of a million reports at most).
    if (m_warmup.joinable())
        m_warmup.join();
    m_officialPoller.reset();
    // Workers first (no new requests), then the writer (stores what it holds), then storage.
    m_threads.clear();
    m_worker.reset();
    m_writer.reset();
}

Result<std::unique_ptr<CollectionServer>> CollectionServer::create(const DatabaseUrl &url,
                                                                   ServerConfig config)
{
    const QList<QTimeZone> zones = config.statsZones;
    return create(
        [url, zones](bool migrate) {
            return migrate ? RepositoryFactory::openMigrated(url, zones)
                           : RepositoryFactory::open(url, zones);
        },
        std::move(config));
}

Result<std::unique_ptr<CollectionServer>> CollectionServer::create(Opener opener,
                                                                   ServerConfig config)
{
    std::unique_ptr<CollectionServer> server(
        new CollectionServer(std::move(opener), std::move(config)));
    auto repository = server->m_opener(true);
    if (!repository)
        return fail(repository.error());

    server->m_writer =
        std::make_unique<ReportWriter>([server = server.get()] { return server->m_opener(false); });
    if (const Result<void> started = server->m_writer->start(); !started)
        return fail(started.error());
    server->m_guard = std::make_unique<RequestGuard>(server->m_config.limits);
    server->m_officialState =
        std::make_unique<OfficialFeedState>(server->m_config.officialStatusUrl);
    server->m_publicStatus = std::make_unique<PublicStatusCache>(
        ServiceCatalogue::builtIn(), server->m_config, server->m_analysisCache);
    server->m_context = std::make_unique<ServerContext>(ServerContext{
        server->m_config, ServiceCatalogue::builtIn(), *server->m_writer, server->m_auth,
        *server->m_guard, server->m_metrics, server->m_analysisCache, *server->m_publicStatus,
        std::make_shared<ConnectionBudget>(server->m_config.limits.maxConnections,
                                           server->m_config.limits.maxConnectionsPerAddress),
        server->m_config.officialStatusUrl.isEmpty() ? nullptr : server->m_officialState.get()});
    server->m_worker =
        std::make_unique<HttpWorker>(std::move(repository).value(), *server->m_context);
    if (!server->m_config.officialStatusUrl.isEmpty()) {
        if (const Result<void> polling = server->startOfficialPoller(); !polling)
            return fail(polling.error());
    }
    if (server->m_config.warmAnalysisCache)
        server->m_warmup = std::thread([server = server.get()] { server->warmAnalysisCache(); });
    return server;
}

Result<void> CollectionServer::startOfficialPoller()
{
    // A connection of its own, in this thread, where the poller lives.
    auto repository = m_opener(false);
    if (!repository)
        return fail(repository.error());
    OfficialPoller::Settings settings;
    settings.url = m_config.officialStatusUrl;
    settings.interval = m_config.officialInterval;
    settings.map = m_config.officialMap.value_or(OfficialMap::builtIn());
    settings.clock = m_config.clock;
    m_officialPoller = std::make_unique<OfficialPoller>(
        std::move(settings), std::move(repository).value(), *m_officialState, m_metrics);
    m_officialPoller->start();
    return {};
}

void CollectionServer::warmAnalysisCache()
{
    // A connection of this thread's own. Should anything fail, the first request reads what it
    // needs instead.
    auto repository = m_opener(false);
    if (!repository)
        return;
    QStringList services;
    for (const Service &service : ServiceCatalogue::builtIn().services())
        services.append(service.id);
    const qint64 now =
        (m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const qint64 from = AnalysisMonths::monthStart(AnalysisMonths::monthOf(now) - 12);
    (void)m_analysisCache.snapshot(*repository.value(), services, from, now + 86400);
}

Result<quint16> CollectionServer::listen(const QHostAddress &address, quint16 port)
{
    const int workers = sharedPortsWork ? std::max(1, m_config.workerThreads) : 1;
    if (workers > 1 && port != 0) {
        // SO_REUSEPORT would let us share a port with another server started by the same user,
        // each getting part of the traffic: make sure nobody holds it first.
        QTcpServer probe;
        if (!probe.listen(address, port)) {
            return fail(tr("Cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(probe.errorString()));
        }
    }
    const Result<quint16> listening = m_worker->listen(address, port, workers > 1);
    if (!listening)
        return listening;
    for (int i = 1; i < workers; ++i) {
        auto thread =
            std::make_unique<WorkerThread>(m_opener, *m_context, address, listening.value());
        thread->setObjectName(QStringLiteral("http-worker-%1").arg(i));
        if (const Result<void> started = thread->startListening(); !started) {
            m_threads.clear();
            return fail(started.error());
        }
        m_threads.push_back(std::move(thread));
    }
    return listening;
}

quint16 CollectionServer::port() const
{
    return m_worker->port();
}

ReportRepository &CollectionServer::repository()
{
    return m_worker->repository();
}

QUrl CollectionServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    if (port() != 0) {
        const QHostAddress address = m_worker->address();
        // Listening on "any" is reached through loopback.
        if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
            url.setHost(QStringLiteral("127.0.0.1"));
        else if (address == QHostAddress::AnyIPv6)
            url.setHost(QStringLiteral("::1"));
        else
            url.setHost(address.toString());
        url.setPort(port());
    }
    return url;
}

} // namespace ehb::server
