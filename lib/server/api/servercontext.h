#pragma once

#include "server/api/serverconfig.h"

#include <memory>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisCache;
class OfficialFeedState;
class PublicStatusCache;
class ConnectionBudget;
class ReportWriter;
class RequestGuard;
class ServerMetrics;
class StaffAuth;

// What every HTTP worker thread shares; each piece is thread-safe. Owned by CollectionServer.
struct ServerContext
{
    const ServerConfig &config;
    const ServiceCatalogue &catalogue;
    ReportWriter &writer;
    StaffAuth &auth;
    RequestGuard &guard;
    ServerMetrics &metrics;
    // The reports the analysis endpoints read, kept in memory.
    AnalysisCache &analysisCache;
    // What the public status page answers, rendered once for every worker.
    PublicStatusCache &publicStatus;
    // The connection cap, counted across every worker's listener.
    std::shared_ptr<ConnectionBudget> connections;
    // The official status feed's state for /healthz; null when the feed is off (then /healthz
    // says nothing of it).
    const OfficialFeedState *officialFeed = nullptr;
};

} // namespace ehb::server
