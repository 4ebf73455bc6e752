#pragma once

#include "server/api/publicstatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class PublicTexts;

// What the public status page offers besides itself: the Atom feed of recent episodes and
// notices (/feed.atom), a badge per service (/badge/{service}.svg) and the same summary as JSON
// (GET /api/v1/status).
class PublicFeeds
{
    Q_DECLARE_TR_FUNCTIONS(PublicPage)

public:
    // An Atom 1.0 document (RFC 4287), one entry per notice and per recent episode, in the
    // texts' language.
    static QByteArray atom(const PublicStatus &status, const ServiceCatalogue &catalogue,
                           const PublicTexts &texts);
    // "Recip-e | operational" as a small SVG image (English, as badges are): green, amber or
    // red by the level.
    static QByteArray badge(const PublicStatus::Service &service,
                            const ServiceCatalogue &catalogue);
    // GET /api/v1/status (see openapi.json).
    static QJsonObject json(const PublicStatus &status);
};

} // namespace ehb::server
