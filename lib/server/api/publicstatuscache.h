#pragma once

#include "core/result.h"
#include "server/api/publicstatus.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <chrono>
#include <memory>

namespace ehb::server {

// Everything the public endpoints answer, rendered once from one PublicStatus.
struct PublicRendition
{
    PublicStatus status;
    QHash<QString, QByteArray> html; // GET /, by language
    // The same, compressed once for clients that accept Content-Encoding: deflate (every
    // browser): a page is some 150 KB of very repetitive bars, its deflated form some 10 KB.
    QHash<QString, QByteArray> htmlDeflated;
    QHash<QString, QByteArray> atom;   // GET /feed.atom, by language
    QHash<QString, QByteArray> badges; // GET /badge/{service}.svg, by service id
    QByteArray json;                   // GET /api/v1/status
};

// The public status page's one cache, shared by every HTTP worker (thread-safe): anonymous
// traffic costs the database nothing. A request finds the rendition made less than `maxAge`
// ago and touches no repository; otherwise the first thread to come reads the database through
// its own repository and renders every answer again, while the others go on answering the one
// it replaces (only the very first request waits). A failed read keeps the previous rendition
// for another `maxAge`.
class PublicStatusCache
{
public:
    PublicStatusCache(const ServiceCatalogue &catalogue, const ServerConfig &config,
                      AnalysisCache &analysisCache);
    PublicStatusCache(const PublicStatusCache &) = delete;
    PublicStatusCache &operator=(const PublicStatusCache &) = delete;

    // The current rendition; fails only when there has never been one and the database cannot
    // be read now (the reason is for the log).
    Result<std::shared_ptr<const PublicRendition>> current(StatisticsReader &statistics,
                                                           OfficialRecord &official,
                                                           AnalysisReader &analysis,
                                                           NoticeRecord &notices);

    // How many times the database was read (for tests and /metrics-like checks).
    qint64 refreshes() const;

private:
    std::shared_ptr<const PublicRendition> render(const PublicStatus &status) const;

    const ServiceCatalogue &m_catalogue;
    const std::chrono::milliseconds m_maxAge;
    PublicStatusReader m_reader;

    mutable QMutex m_mutex;
    QWaitCondition m_refreshed;
    std::shared_ptr<const PublicRendition> m_rendition;
    QElapsedTimer m_age; // since m_rendition was made (or its refresh failed)
    bool m_refreshing = false;
    qint64 m_refreshes = 0;
};

} // namespace ehb::server
