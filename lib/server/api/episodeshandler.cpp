#include "server/api/episodeshandler.h"

#include "analysis/episodes.h"
#include "core/servicecatalogue.h"
#include "server/api/analysishttp.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"

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
        {QStringLiteral("answer_gap_minutes"), double(parameters.answerGapMs) / 60000},
        {QStringLiteral("likely_ends"), parameters.likelyEnds},
        {QStringLiteral("late_send_minutes"), double(parameters.lateSendMs) / 60000},
        {QStringLiteral("dip_chance"), parameters.dipChance},
        {QStringLiteral("dip_min_reports"), parameters.dipMinReports},
        {QStringLiteral("background_min_weekdays"), parameters.backgroundMinWeekdays},
        {QStringLiteral("look_back_days"), EpisodesHandler::lookBackDays},
    };
}

} // namespace

EpisodesHandler::EpisodesHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache,
                                 double slaTarget, analysis::HolidayCalendar holidays,
                                 std::function<QDateTime()> clock)
    : m_catalogue(catalogue)
    , m_slaTarget(slaTarget)
    , m_search(catalogue, cache, std::move(holidays), std::move(clock))
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

    const Result<EpisodeSearch::Found> found = m_search.find(parameters, repository, slaTarget);
    if (!found)
        return AnalysisHttp::storageFailed(found.error());
    const QStringList &services = found->services;
    const analysis::EpisodeAnalysis &result = found->analysis;

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
    body.insert(QStringLiteral("parameters"), parametersJson(m_search.parameters()));
    body.insert(QStringLiteral("episodes"), episodes);
    body.insert(QStringLiteral("services"), availability);
    return jsonResponse(body);
}

} // namespace ehb::server
