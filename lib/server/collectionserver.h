#pragma once

#include "core/result.h"
#include "server/api/servercontext.h"
#include "server/api/stafftokens.h"
#include "server/http/servermetrics.h"
#include "server/storage/analysiscache.h"
#include "server/storage/databaseurl.h"
#include "server/storage/reportrepository.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace ehb::server {

class HttpWorker;
class OfficialFeedState;
class OfficialPoller;
class PublicStatusCache;
class ReportWriter;
class RequestGuard;
class WorkerThread;

// The collection server: API routes over the database, served by Qt HttpServer in one or more
// worker threads (the first in the calling thread), with every write going through one writer
// thread that commits concurrent PUTs together. Used by `ehealthbugs-server serve` and, in
// process, by the tests.
class CollectionServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionServer)

public:
    // Opens a connection to the database; migrates it first when `migrate` is true. Called
    // once per thread that needs a connection, in that thread.
    using Opener = std::function<Result<std::unique_ptr<ReportRepository>>(bool migrate)>;

    // Opens and migrates the database, and starts the writer; fails with the reason.
    static Result<std::unique_ptr<CollectionServer>> create(const DatabaseUrl &url,
                                                            ServerConfig config = {});
    // The same over connections made by `opener` (tests use it to fake a lost database).
    static Result<std::unique_ptr<CollectionServer>> create(Opener opener,
                                                            ServerConfig config = {});
    ~CollectionServer() override;

    // Starts listening in every worker; port 0 picks a free one. Returns the port in use.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    quint16 port() const;
    // http://ADDRESS:PORT, with brackets around an IPv6 address.
    QUrl url() const;

    // The calling thread's connection to the database.
    ReportRepository &repository();
    const ServerConfig &config() const { return m_config; }
    const ReportWriter &writer() const { return *m_writer; }
    const AnalysisCache &analysisCache() const { return m_analysisCache; }
    // The public status page's cache (its refreshes() count the database reads).
    const PublicStatusCache &publicStatus() const { return *m_publicStatus; }
    // The official status poller (for tests to wait on its fetches); null when it is off.
    OfficialPoller *officialPoller() const { return m_officialPoller.get(); }

private:
    CollectionServer(Opener opener, ServerConfig config);
    // ServerConfig::officialStatusUrl: polls it from this thread over a connection of its own.
    Result<void> startOfficialPoller();
    // ServerConfig::warmAnalysisCache, on m_warmup's thread.
    void warmAnalysisCache();

    Opener m_opener;
    ServerConfig m_config;
    StaffAuth m_auth;
    ServerMetrics m_metrics;
    AnalysisCache m_analysisCache;
    std::unique_ptr<OfficialFeedState> m_officialState;
    std::unique_ptr<PublicStatusCache> m_publicStatus;
    std::unique_ptr<ReportWriter> m_writer;
    std::unique_ptr<RequestGuard> m_guard;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<HttpWorker> m_worker;
    std::vector<std::unique_ptr<WorkerThread>> m_threads;
    std::thread m_warmup;
    std::unique_ptr<OfficialPoller> m_officialPoller; // null when the feed is off
};

} // namespace ehb::server
