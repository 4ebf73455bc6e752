#include "server/api/episodesearch.h"

#include "core/servicecatalogue.h"
#include "server/api/statsparameters.h"

namespace ehb::server {

EpisodeSearch::EpisodeSearch(const ServiceCatalogue &catalogue, AnalysisCache &cache,
                             analysis::HolidayCalendar holidays, std::function<QDateTime()> clock)
    : m_catalogue(catalogue)
    , m_cache(cache)
    , m_holidays(std::move(holidays))
    , m_clock(std::move(clock))
{}

Result<EpisodeSearch::Found> EpisodeSearch::find(const StatsParameters &parameters,
                                                 AnalysisReader &repository, double slaTarget) const
{
    Found found;
    if (parameters.service.isEmpty()) {
        for (const Service &service : m_catalogue.services())
            found.services.append(service.id);
    } else {
        found.services.append(parameters.service);
    }
    found.fromS = secondAtOrAfter(parameters.from.addDays(-lookBackDays));
    found.toS = secondAtOrAfter(parameters.to);
    Result<AnalysisCache::Snapshot> snapshot =
        m_cache.snapshot(repository, found.services, found.fromS, found.toS);
    if (!snapshot)
        return fail(snapshot.error());
    found.snapshot = std::move(snapshot).value();

    // The search depends on the reports, the period, the zone and the holidays (fixed for the
    // life of the server), not on the SLA target or the time now: it is kept for the next
    // request over the same reports.
    const QByteArray key = found.services.join(u',').toUtf8() + '|' +
                           QByteArray::number(parameters.from.toMSecsSinceEpoch()) + '|' +
                           QByteArray::number(parameters.to.toMSecsSinceEpoch()) + '|' +
                           parameters.zone.id() + '|' + found.snapshot.versions;
    std::shared_ptr<const analysis::EpisodeFindings> findings = m_cache.findings(key);
    if (!findings) {
        QList<analysis::Observation> observations;
        observations.reserve(found.snapshot.rowCount(found.fromS, found.toS));
        found.snapshot.forEachRow(found.fromS, found.toS,
                                  [&observations](const AnalysisRow &row, int service) {
                                      observations.append(toObservation(row, service));
                                  });
        findings = std::make_shared<const analysis::EpisodeFindings>(analysis::findEpisodes(
            std::move(observations), int(found.services.size()),
            {parameters.from, parameters.to, parameters.zone, m_holidays}, m_parameters));
        m_cache.keepFindings(key, findings);
    }

    // A period that has not ended is analysed up to now: the minutes still to come are neither
    // downtime nor uptime, and an outage going on ends, for now, now. The working hours leave
    // out the holidays.
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QDateTime until = parameters.from < now && now < parameters.to ? now : parameters.to;
    found.analysis = analysis::summarizeEpisodes(
        *findings, int(found.services.size()),
        {parameters.from, until, parameters.zone, m_holidays}, slaTarget);
    return found;
}

QHash<QString, qint64> EpisodeSearch::ongoingStarts(const Found &found, qint64 nowMs)
{
    QHash<QString, qint64> starts;
    for (const analysis::Episode &episode : found.analysis.episodes) {
        if (episode.end < nowMs)
            continue;
        const QString &service = found.services.at(episode.service);
        const auto known = starts.find(service);
        if (known == starts.end())
            starts.insert(service, episode.start);
        else
            *known = std::max(*known, episode.start);
    }
    return starts;
}

} // namespace ehb::server
