#include "server/api/episodeshandler.h"

#include "analysis/episodes.h"
#include "core/servicecatalogue.h"
#include "server/api/analysishttp.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"
#include "server/storage/analysiscache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace ehb::server {

namespace {

QJsonObject parametersJson(const analysis::EpisodeParameters &parameters)
{
    return QJsonObject{
        {QStringLiteral("grace_minutes"), double(parameters.graceMs) / 60000},
        {QStringLiteral("merge_gap_minutes"), double(parameters.mergeGapMs) / 60000},
        {QStringLiteral("min_installations"), parameters.minInstallations},
        {QStringLiteral("min_overlap"), parameters.minOverlap},
        {QStringLiteral("peak_fraction"), parameters.peakFraction},
        {QStringLiteral("max_cover_minutes"), double(parameters.maxCoverMs) / 60000},
        {QStringLiteral("chance_level"), parameters.chanceLevel},
        {QStringLiteral("edge_fraction"), parameters.edgeFraction},
        {QStringLiteral("click_reach_minutes"), double(parameters.clickReachMs) / 60000},
        {QStringLiteral("background_min_weekdays"), parameters.backgroundMinWeekdays},
        {QStringLiteral("look_back_days"), EpisodesHandler::lookBackDays},
    };
}

} // namespace

EpisodesHandler::EpisodesHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache,
                                 double slaTarget, analysis::HolidayCalendar holidays,
                                 std::function<QDateTime()> clock)
    : m_catalogue(catalogue)
    , m_cache(cache)
    , m_slaTarget(slaTarget)
    , m_holidays(std::move(holidays))
    , m_clock(std::move(clock))
{}

QHttpServerResponse EpisodesHandler::handle(const QUrlQuery &query,
                                            AnalysisReader &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, false);
    FieldErrors errors = parsed ? FieldErrors() : parsed.error();
    double slaTarget = m_slaTarget;
    if (query.hasQueryItem(QStringLiteral("sla"))) {
        const std::optional<double> sla = StatsParameters::parseSlaTarget(
            query.queryItemValue(QStringLiteral("sla"), QUrl::FullyDecoded));
        if (sla)
            slaTarget = *sla;
        else
            errors.append({QStringLiteral("sla"),
                           tr("must be a number between 0 and 1, such as 0.999 for 99.9 %")});
    }
    if (!errors.isEmpty())
        return AnalysisHttp::invalid(errors);
    const StatsParameters parameters = std::move(parsed).value();

    const Result<Analysis> analysed = analyse(parameters, repository, slaTarget);
    if (!analysed)
        return AnalysisHttp::storageFailed(analysed.error());
    const QStringList &services = analysed->services;
    const analysis::EpisodeAnalysis &result = analysed->result;
    const analysis::EpisodeParameters episodeParameters; // analyse()'s, the defaults

    QJsonArray episodes;
    for (const analysis::Episode &episode : result.episodes) {
        episodes.append(QJsonObject{
            {QStringLiteral("service"), services.at(episode.service)},
            {QStringLiteral("start"), AnalysisHttp::utc(episode.start)},
            {QStringLiteral("end"), AnalysisHttp::utc(episode.end)},
            {QStringLiteral("minutes"), episode.minutes()},
            // How far the evidence lets the edges move, and the shortest and longest extents
            // that allows.
            {QStringLiteral("start_earliest"), AnalysisHttp::utc(episode.startEarliest)},
            {QStringLiteral("start_latest"), AnalysisHttp::utc(episode.startLatest)},
            {QStringLiteral("end_earliest"), AnalysisHttp::utc(episode.endEarliest)},
            {QStringLiteral("end_latest"), AnalysisHttp::utc(episode.endLatest)},
            {QStringLiteral("minutes_low"), episode.minutesLow()},
            {QStringLiteral("minutes_high"), episode.minutesHigh()},
            {QStringLiteral("reports"), episode.reports},
            {QStringLiteral("installations"), episode.installations},
            {QStringLiteral("peak_installations"), episode.peakInstallations},
        });
    }
    QJsonArray availability;
    for (const analysis::ServiceAvailability &service : result.services) {
        availability.append(QJsonObject{
            {QStringLiteral("service"), services.at(service.service)},
            {QStringLiteral("episodes"), service.episodes},
            {QStringLiteral("downtime_minutes"), service.downtimeMinutes},
            {QStringLiteral("downtime_low"), service.downtimeLowMinutes},
            {QStringLiteral("downtime_high"), service.downtimeHighMinutes},
            {QStringLiteral("availability"), service.availability},
            {QStringLiteral("working_downtime_minutes"), service.workingDowntimeMinutes},
            {QStringLiteral("working_downtime_low"), service.workingDowntimeLowMinutes},
            {QStringLiteral("working_downtime_high"), service.workingDowntimeHighMinutes},
            {QStringLiteral("working_availability"), service.workingAvailability},
            {QStringLiteral("meets_sla"), service.meetsSla},
            {QStringLiteral("background_per_hour"), service.backgroundPerHour},
            {QStringLiteral("min_overlap"), service.minOverlap},
            {QStringLiteral("min_installations"), service.minInstallations},
        });
    }
    QJsonObject body = AnalysisHttp::period(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("sla_target"), slaTarget);
    QJsonArray holidays;
    for (const QDate &holiday : result.holidays)
        holidays.append(holiday.toString(Qt::ISODate));
    body.insert(QStringLiteral("holidays"), holidays);
    body.insert(QStringLiteral("parameters"), parametersJson(episodeParameters));
    body.insert(QStringLiteral("episodes"), episodes);
    body.insert(QStringLiteral("services"), availability);
    return jsonResponse(body);
}

Result<EpisodesHandler::Analysis> EpisodesHandler::analyse(const StatsParameters &parameters,
                                                           AnalysisReader &repository,
                                                           double slaTarget) const
{
    QStringList services;
    if (parameters.service.isEmpty()) {
        for (const Service &service : m_catalogue.services())
            services.append(service.id);
    } else {
        services.append(parameters.service);
    }
    const qint64 fromS = secondAtOrAfter(parameters.from.addDays(-lookBackDays));
    const qint64 toS = secondAtOrAfter(parameters.to);
    const Result<AnalysisCache::Snapshot> snapshot =
        m_cache.snapshot(repository, services, fromS, toS);
    if (!snapshot)
        return fail(snapshot.error());

    // The search depends on the reports, the period, the zone and the holidays (fixed for the
    // life of the server), not on the SLA target or the time now: it is kept for the next
    // request over the same reports.
    const analysis::EpisodeParameters episodeParameters;
    const QByteArray key = services.join(u',').toUtf8() + '|' +
                           QByteArray::number(parameters.from.toMSecsSinceEpoch()) + '|' +
                           QByteArray::number(parameters.to.toMSecsSinceEpoch()) + '|' +
                           parameters.zone.id() + '|' + snapshot->versions;
    std::shared_ptr<const analysis::EpisodeFindings> findings = m_cache.findings(key);
    if (!findings) {
        QList<analysis::Observation> observations;
        observations.reserve(snapshot->rowCount(fromS, toS));
        snapshot->forEachRow(fromS, toS, [&observations](const AnalysisRow &row, int service) {
            observations.append(toObservation(row, service));
        });
        findings = std::make_shared<const analysis::EpisodeFindings>(analysis::findEpisodes(
            std::move(observations), int(services.size()),
            {parameters.from, parameters.to, parameters.zone, m_holidays}, episodeParameters));
        m_cache.keepFindings(key, findings);
    }

    // A period that has not ended is analysed up to now: the minutes still to come are neither
    // downtime nor uptime, and an outage going on ends, for now, now. The working hours leave
    // out the holidays.
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QDateTime until = parameters.from < now && now < parameters.to ? now : parameters.to;
    return Analysis{
        services, analysis::summarizeEpisodes(*findings, int(services.size()),
                                              {parameters.from, until, parameters.zone, m_holidays},
                                              slaTarget)};
}

} // namespace ehb::server
