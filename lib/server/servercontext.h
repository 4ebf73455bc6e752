#pragma once

#include "serverconfig.h"

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class ReportWriter;
class StaffAuth;

// What every HTTP worker thread shares; each piece is thread-safe. Owned by CollectionServer.
struct ServerContext
{
    const ServerConfig &config;
    const ServiceCatalogue &catalogue;
    ReportWriter &writer;
    StaffAuth &auth;
};

} // namespace ehb::server
