#pragma once

#include "server/http/httplimits.h"
#include "server/official/officialmap.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace ehb::server {

// Which desktop app version is current and where to get it, as the operator says
// (`serve --client-latest VERSION --client-download URL`); GET /api/v1/client answers them.
// Both empty: the server says nothing of it (null, null).
struct ClientRelease
{
    QString latest; // dotted numbers, "1.4.2"; empty: not given
    QUrl download;  // https, or http to a loopback host; empty: not given
};

// The public status page at / with /feed.atom, /badge/{service}.svg and GET /api/v1/status.
struct PublicPageConfig
{
    static constexpr std::chrono::milliseconds defaultCacheAge{5000};
    // `serve --public-page on|off`; off: all four answer 404.
    bool enabled = true;
    // How long every worker answers them from the same rendition before the database is read
    // again (`serve --public-cache SECONDS`).
    std::chrono::milliseconds cacheAge = defaultCacheAge;
};

// What the HTTP side of the server may be tuned with.
struct ServerConfig
{
    ServerLimits limits;
    // The server clock used to validate reports; UTC, whole seconds. Empty: the system clock.
    std::function<QDateTime()> clock;

    // HTTP worker threads, each with its own database connection (Linux shares the port with
    // SO_REUSEPORT; elsewhere one worker serves). Writes go through one writer thread anyway.
    int workerThreads = 1;
    // The zones whose local days, weeks and months the statistics keep (docs/architecture.md,
    // "Analysis"). The first one also decides "the same time of day" of the live baseline.
    QList<QTimeZone> statsZones{QTimeZone(QByteArrayLiteral("Europe/Brussels"))};

    static constexpr double defaultSlaTarget = 0.999;
    static constexpr std::chrono::milliseconds defaultLiveCacheAge{5000};
    // The availability a service should reach, when GET /api/v1/stats/episodes gives no `sla`.
    double slaTarget = defaultSlaTarget;
    // Further days without working hours (local dates in the query's tz), beyond Belgium's
    // federal public holidays, which GET /api/v1/stats/episodes always leaves out: regional
    // holidays or one-off closures (`serve --holiday`).
    QList<QDate> holidays;
    // The value of an hour of a GP's time, in EUR, that GET /api/v1/stats/impact turns the
    // minutes lost into money with (`serve --impact-hourly-value`); empty: no money value.
    std::optional<double> impactHourlyValue;
    // How long a worker reuses its answer to GET /api/v1/live (0: never).
    std::chrono::milliseconds liveCacheAge = defaultLiveCacheAge;
    // Read the last 13 months of reports into the analysis cache at start, on a thread of its
    // own, so that the first Analysis view refresh need not (`serve` turns it on).
    bool warmAnalysisCache = false;

    static constexpr std::chrono::seconds defaultOfficialInterval{60};
    // The official status page's components feed, read every officialInterval and its changes
    // recorded (`serve --official-status`); empty: off, so that nothing calls out.
    QUrl officialStatusUrl;
    std::chrono::seconds officialInterval = defaultOfficialInterval;
    // Which service each official component stands for (`serve --official-map`); none: the
    // built-in resources/official-components.json.
    std::optional<OfficialMap> officialMap;
    // The current desktop app version and where to get it, for GET /api/v1/client.
    ClientRelease client;

    // The public status page and what goes with it (`serve --public-page`, `--public-cache`).
    PublicPageConfig publicPage;
};

} // namespace ehb::server
