#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace ehb::server {

class PublicStatusCache;
class ReportRepository;
struct PublicRendition;
struct ServerConfig;

// The public status page and what goes with it, for anyone without a token: GET / (HTML),
// GET /feed.atom, GET /badge/{service}.svg and GET /api/v1/status. All four answer from the
// shared PublicStatusCache; with `serve --public-page off` all four answer 404. One per worker
// thread; `repository` is that thread's, read only when the cache is out of date.
class PublicHandler
{
public:
    PublicHandler(const ServerConfig &config, PublicStatusCache &cache);
    PublicHandler(const PublicHandler &) = delete;
    PublicHandler &operator=(const PublicHandler &) = delete;

    QHttpServerResponse page(const QHttpServerRequest &request, ReportRepository &repository);
    QHttpServerResponse feed(const QHttpServerRequest &request, ReportRepository &repository);
    // `file` is the last path segment, "recip-e.svg".
    QHttpServerResponse badge(const QString &file, ReportRepository &repository);
    QHttpServerResponse status(ReportRepository &repository);

private:
    // The current rendition, or the answer to give instead (404 when off, 503 when the
    // database has never been read).
    template <typename Answer>
    QHttpServerResponse withRendition(ReportRepository &repository, Answer answer);

    const ServerConfig &m_config;
    PublicStatusCache &m_cache;
};

} // namespace ehb::server
