#include "server/api/publicstatuscache.h"

#include "core/servicecatalogue.h"
#include "server/api/publicfeeds.h"
#include "server/api/publicpage.h"
#include "server/api/publictexts.h"
#include "server/api/serverconfig.h"

#include <QJsonDocument>

namespace ehb::server {

PublicStatusCache::PublicStatusCache(const ServiceCatalogue &catalogue, const ServerConfig &config,
                                     AnalysisCache &analysisCache)
    : m_catalogue(catalogue)
    , m_maxAge(config.publicPage.cacheAge)
    , m_reader(catalogue, config, analysisCache)
{}

Result<std::shared_ptr<const PublicRendition>>
PublicStatusCache::current(StatisticsReader &statistics, OfficialRecord &official,
                           AnalysisReader &analysis, NoticeRecord &notices)
{
    QMutexLocker locker(&m_mutex);
    for (;;) {
        if (m_rendition && m_age.isValid() && !m_age.hasExpired(m_maxAge.count()))
            return m_rendition;
        if (!m_refreshing)
            break;
        // Another thread is reading: answer what there is, or wait for the first one.
        if (m_rendition)
            return m_rendition;
        m_refreshed.wait(&m_mutex);
        if (!m_rendition && !m_refreshing)
            break; // that read failed: try ourselves
    }
    m_refreshing = true;
    ++m_refreshes;
    locker.unlock();

    const Result<PublicStatus> status = m_reader.read(statistics, official, analysis, notices);
    std::shared_ptr<const PublicRendition> rendition;
    if (status)
        rendition = render(status.value());

    locker.relock();
    m_refreshing = false;
    m_age.start();
    if (rendition)
        m_rendition = std::move(rendition);
    m_refreshed.wakeAll();
    if (!status) {
        qWarning("The public status page cannot be refreshed: %s", qUtf8Printable(status.error()));
        if (!m_rendition)
            return fail(status.error());
    }
    return m_rendition;
}

qint64 PublicStatusCache::refreshes() const
{
    QMutexLocker locker(&m_mutex);
    return m_refreshes;
}

std::shared_ptr<const PublicRendition> PublicStatusCache::render(const PublicStatus &status) const
{
    auto rendition = std::make_shared<PublicRendition>();
    rendition->status = status;
    for (const QString &language : PublicTexts::languages()) {
        const PublicTexts &texts = PublicTexts::forLanguage(language);
        const QByteArray html = PublicPage::html(status, m_catalogue, texts);
        rendition->html.insert(language, html);
        // HTTP's "deflate" is the zlib format: qCompress() without its 4-byte length.
        rendition->htmlDeflated.insert(language, qCompress(html, 9).sliced(4));
        rendition->atom.insert(language, PublicFeeds::atom(status, m_catalogue, texts));
    }
    for (const PublicStatus::Service &service : status.services)
        rendition->badges.insert(service.id, PublicFeeds::badge(service, m_catalogue));
    rendition->json = QJsonDocument(PublicFeeds::json(status)).toJson(QJsonDocument::Compact);
    return rendition;
}

} // namespace ehb::server
