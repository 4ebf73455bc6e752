#include "server/api/publicstatus.h"

#include "analysis/episodes.h"
#include "core/servicecatalogue.h"
#include "server/api/serverconfig.h"
#include "server/api/statsparameters.h"
#include "server/storage/noticerecord.h"

namespace ehb::server {

QString PublicNotice::text(const QString &language) const
{
    if (const QString own = texts.value(language); !own.isEmpty())
        return own;
    if (const QString english = texts.value(QStringLiteral("en")); !english.isEmpty())
        return english;
    for (const QString &any : texts) {
        if (!any.isEmpty())
            return any;
    }
    return {};
}

PublicStatusReader::PublicStatusReader(const ServiceCatalogue &catalogue,
                                       const ServerConfig &config, AnalysisCache &cache)
    : m_catalogue(catalogue)
    , m_config(config)
    , m_holidays(config.holidays)
    , m_live(catalogue, config)
    , m_search(catalogue, cache, m_holidays, config.clock)
{}

Result<PublicStatus> PublicStatusReader::read(StatisticsReader &statistics,
                                              OfficialRecord &official,
                                              AnalysisReader &analysisReader,
                                              NoticeRecord &noticeRecord) const
{
    const Result<LiveHandler::State> live =
        m_live.read(LiveHandler::defaultMinutes, statistics, official);
    if (!live)
        return fail(live.error());

    PublicStatus status;
    status.at = live->at;
    status.liveMinutes = live->minutes;
    status.zone = m_config.statsZones.value(0, QTimeZone(QByteArrayLiteral("UTC")));
    const QDate today = status.at.toTimeZone(status.zone).date();
    status.firstDay = today.addDays(1 - PublicStatus::days);

    // The days as GET /api/v1/stats/episodes?from=firstDay&to=tomorrow&tz=zone sees them.
    StatsParameters parameters;
    parameters.zone = status.zone;
    parameters.from = status.firstDay.startOfDay(status.zone).toUTC();
    parameters.to = today.addDays(1).startOfDay(status.zone).toUTC();
    const Result<EpisodeSearch::Found> found =
        m_search.find(parameters, analysisReader, m_config.slaTarget);
    if (!found)
        return fail(found.error());
    const QList<analysis::Episode> &episodes = found->analysis.episodes;
    const int serviceCount = int(found->services.size());
    const qint64 nowMs = status.at.toMSecsSinceEpoch();

    // Each day's downtime: the same summary, over that day alone (up to now for today).
    QList<QList<double>> perService(serviceCount);
    const analysis::EpisodeFindings all{episodes, {}};
    for (int index = 0; index < PublicStatus::days; ++index) {
        const QDate day = status.day(index);
        const QDateTime from = day.startOfDay(status.zone).toUTC();
        const QDateTime to = std::min(day.addDays(1).startOfDay(status.zone).toUTC(), status.at);
        const analysis::EpisodeAnalysis summary = analysis::summarizeEpisodes(
            all, serviceCount, {from, std::max(from, to), status.zone, m_holidays});
        for (int service = 0; service < serviceCount; ++service)
            perService[service].append(summary.services.at(service).downtimeMinutes);
    }

    const qint64 recentFrom = nowMs - qint64(PublicStatus::recentDays) * 86400000;
    for (auto episode = episodes.crbegin(); episode != episodes.crend(); ++episode) {
        if (episode->end <= recentFrom)
            continue;
        status.episodes.append({found->services.at(episode->service), episode->start, episode->end,
                                episode->end >= nowMs, episode->minutes()});
    }
    const QHash<QString, qint64> ongoingSince = EpisodeSearch::ongoingStarts(*found, nowMs);

    for (const LiveHandler::ServiceState &state : live->services) {
        PublicStatus::Service service;
        service.id = state.service;
        service.level = state.level;
        service.reports = LiveHandler::shown(state.counts.reports);
        service.installations = LiveHandler::shown(state.counts.installations);
        // A service at its normal level is not said to be down, even while the tail of an
        // episode (the reports' grace) still runs. Since when: as GET /api/v1/live says it to
        // the app (the episode going on, else the live window's reports).
        if (state.level != analysis::LiveLevel::Normal) {
            const auto since = ongoingSince.constFind(state.service);
            service.since = since != ongoingSince.constEnd()
                                ? *since
                                : state.since.value_or(nowMs - qint64(live->minutes) * 60000);
        }
        const qsizetype index = found->services.indexOf(state.service);
        service.downtimeMinutes =
            index >= 0 ? perService.at(index) : QList<double>(PublicStatus::days, 0.0);
        status.services.append(service);
    }
    const Result<QList<Notice>> current =
        noticeRecord.notices(status.at, false, PublicStatus::maxNotices);
    if (!current)
        return fail(current.error());
    for (const Notice &notice : current.value()) {
        PublicNotice shown{notice.service, {}, notice.link, notice.validFrom, notice.validUntil};
        for (auto text = notice.texts.cbegin(); text != notice.texts.cend(); ++text)
            shown.texts.insert(text.key(), text.value());
        status.notices.append(shown);
    }
    return status;
}

} // namespace ehb::server
