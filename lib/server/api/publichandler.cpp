#include "server/api/publichandler.h"

#include "server/api/analysishttp.h"
#include "server/api/apiroutes.h"
#include "server/api/publicstatuscache.h"
#include "server/api/publictexts.h"
#include "server/api/serverconfig.h"
#include "server/http/jsonresponse.h"
#include "server/storage/reportrepository.h"

#include <QUrlQuery>

namespace ehb::server {

namespace {

QString requestedLanguage(const QHttpServerRequest &request)
{
    return PublicTexts::negotiate(
        request.query().queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded),
        requestHeader(request, "Accept-Language"));
}

// True when the client takes Content-Encoding: deflate (Accept-Encoding: gzip, deflate, br;
// not with q=0).
bool acceptsDeflate(const QHttpServerRequest &request)
{
    const QByteArray accepted = requestHeader(request, "Accept-Encoding").toLower();
    for (const QByteArray &item : accepted.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        if (parts.constFirst().trimmed() != "deflate")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                return false;
        }
        return true;
    }
    return false;
}

QHttpServerResponse document(const QByteArray &mimeType, const QByteArray &body,
                             const QByteArray &cacheControl)
{
    QHttpServerResponse response(mimeType, body);
    response.addHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

} // namespace

PublicHandler::PublicHandler(const ServerConfig &config, PublicStatusCache &cache)
    : m_config(config)
    , m_cache(cache)
{}

template <typename Answer>
QHttpServerResponse PublicHandler::withRendition(ReportRepository &repository, Answer answer)
{
    if (!m_config.publicPage.enabled)
        return ApiRoutes::notFound();
    const Result<std::shared_ptr<const PublicRendition>> rendition =
        m_cache.current(repository, repository, repository, repository);
    if (!rendition)
        return AnalysisHttp::storageFailed(rendition.error());
    return answer(*rendition.value());
}

QHttpServerResponse PublicHandler::page(const QHttpServerRequest &request,
                                        ReportRepository &repository)
{
    const QString language = requestedLanguage(request);
    const bool deflate = acceptsDeflate(request);
    return withRendition(repository, [&](const PublicRendition &rendition) {
        QHttpServerResponse response =
            document(QByteArrayLiteral("text/html; charset=utf-8"),
                     (deflate ? rendition.htmlDeflated : rendition.html).value(language),
                     QByteArrayLiteral("no-cache"));
        if (deflate)
            response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
        response.addHeader(QByteArrayLiteral("Content-Language"), language.toLatin1());
        response.addHeader(QByteArrayLiteral("Vary"),
                           QByteArrayLiteral("Accept-Language, Accept-Encoding"));
        // No script at all, styles only inline, nothing from elsewhere.
        response.addHeader(QByteArrayLiteral("Content-Security-Policy"),
                           QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                             "base-uri 'none'; form-action 'none'"));
        return response;
    });
}

QHttpServerResponse PublicHandler::feed(const QHttpServerRequest &request,
                                        ReportRepository &repository)
{
    const QString language = requestedLanguage(request);
    return withRendition(repository, [&](const PublicRendition &rendition) {
        QHttpServerResponse response =
            document(QByteArrayLiteral("application/atom+xml; charset=utf-8"),
                     rendition.atom.value(language), QByteArrayLiteral("no-cache"));
        response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language"));
        return response;
    });
}

QHttpServerResponse PublicHandler::badge(const QString &file, ReportRepository &repository)
{
    static const QString suffix = QStringLiteral(".svg");
    return withRendition(repository, [&](const PublicRendition &rendition) {
        const auto found = file.endsWith(suffix)
                               ? rendition.badges.constFind(file.chopped(suffix.size()))
                               : rendition.badges.constEnd();
        if (found == rendition.badges.constEnd())
            return ApiRoutes::notFound();
        return document(QByteArrayLiteral("image/svg+xml"), *found,
                        QByteArrayLiteral("max-age=30"));
    });
}

QHttpServerResponse PublicHandler::status(ReportRepository &repository)
{
    return withRendition(repository, [&](const PublicRendition &rendition) {
        return document(QByteArrayLiteral("application/json"), rendition.json,
                        QByteArrayLiteral("no-store"));
    });
}

} // namespace ehb::server
