#include "server/api/officialhandler.h"

#include "core/servicecatalogue.h"
#include "server/api/analysishttp.h"
#include "server/api/serverconfig.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"
#include "server/official/officialcomparison.h"
#include "server/official/officialincidents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ehb::server {

namespace {

QJsonValue timeOrNull(std::optional<qint64> ms)
{
    if (!ms || *ms == OfficialComparison::openEnd)
        return QJsonValue::Null;
    return AnalysisHttp::utc(*ms);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(std::optional<double> number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

// The whole minutes of [start, end) inside [from, until).
qint64 minutesWithin(qint64 start, qint64 end, qint64 from, qint64 until)
{
    const qint64 ms = std::min(end, until) - std::max(start, from);
    return ms > 0 ? (ms + 30000) / 60000 : 0;
}

} // namespace

OfficialHandler::OfficialHandler(const ServiceCatalogue &catalogue, const EpisodeSearch &episodes,
                                 std::function<QDateTime()> clock)
    : m_catalogue(catalogue)
    , m_episodes(episodes)
    , m_clock(std::move(clock))
{}

QHttpServerResponse OfficialHandler::changes(const QUrlQuery &query, OfficialRecord &record) const
{
    const auto parsed = StatsParameters::parse(query, m_catalogue, false);
    if (!parsed)
        return AnalysisHttp::invalid(parsed.error());
    const StatsParameters &parameters = parsed.value();
    const Result<QList<OfficialChange>> log =
        record.officialChanges(parameters.from, parameters.to);
    if (!log)
        return AnalysisHttp::storageFailed(log.error());
    QJsonArray changes;
    for (const OfficialChange &change : log.value()) {
        if (!parameters.service.isEmpty() && change.service != parameters.service)
            continue;
        changes.append(QJsonObject{
            {QStringLiteral("component_id"), change.componentId},
            {QStringLiteral("sequence"), change.sequence},
            {QStringLiteral("name"), change.name},
            {QStringLiteral("service"), textOrNull(change.service)},
            {QStringLiteral("old_status"), textOrNull(change.oldStatus)},
            {QStringLiteral("new_status"), change.newStatus},
            {QStringLiteral("seen_at"), AnalysisHttp::utc(change.seenAt.toMSecsSinceEpoch())},
        });
    }
    QJsonObject body = AnalysisHttp::period(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("changes"), changes);
    return jsonResponse(body);
}

QHttpServerResponse OfficialHandler::addIncidents(const QHttpServerRequest &request,
                                                  OfficialRecord &record) const
{
    if (!isJsonContentType(requestHeader(request, "Content-Type")))
        return errorResponse(StatusCode::UnsupportedMediaType,
                             QStringLiteral("unsupported_media_type"),
                             tr("Send the incidents as application/json."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(StatusCode::BadRequest, QStringLiteral("malformed_json"),
                             tr("The body is not a JSON object."));
    const auto incidents = OfficialIncidents::fromJson(document.object(), m_catalogue);
    if (!incidents)
        return errorResponse(StatusCode::UnprocessableEntity, QStringLiteral("invalid_incident"),
                             tr("Some incidents are invalid; none was stored."), incidents.error());
    const Result<QList<qint64>> ids = record.addOfficialIncidents(incidents.value());
    if (!ids)
        return AnalysisHttp::storageFailed(ids.error());
    QJsonArray stored;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        OfficialIncident incident = incidents->at(i);
        incident.id = ids->at(i);
        stored.append(OfficialIncidents::toJson(incident));
    }
    return jsonResponse(QJsonObject{{QStringLiteral("incidents"), stored}}, StatusCode::Created);
}

QHttpServerResponse OfficialHandler::stats(const QUrlQuery &query,
                                           ReportRepository &repository) const
{
    const auto parsed = StatsParameters::parse(query, m_catalogue, false);
    if (!parsed)
        return AnalysisHttp::invalid(parsed.error());
    const StatsParameters &parameters = parsed.value();
    const auto analysed = m_episodes.find(parameters, repository, ServerConfig::defaultSlaTarget);
    if (!analysed)
        return AnalysisHttp::storageFailed(analysed.error());

    // Every change before the period's end: the state at its start may be older than it.
    const Result<QList<OfficialChange>> changes =
        repository.officialChanges(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), parameters.to);
    if (!changes)
        return AnalysisHttp::storageFailed(changes.error());
    const Result<QList<OfficialIncident>> incidents =
        repository.officialIncidents(parameters.from, parameters.to);
    if (!incidents)
        return AnalysisHttp::storageFailed(incidents.error());

    const QStringList &services = analysed->services;
    QList<OfficialComparison::Episode> episodes;
    for (const analysis::Episode &episode : analysed->analysis.episodes)
        episodes.append({services.at(episode.service), episode.start, episode.end});
    const qint64 fromMs = parameters.from.toMSecsSinceEpoch();
    const qint64 toMs = parameters.to.toMSecsSinceEpoch();
    const auto outcome = OfficialComparison::compare(
        episodes, OfficialComparison::timeline(changes.value(), incidents.value()), services,
        fromMs, toMs);
    // A period that has not ended is compared up to now, like the episodes.
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const qint64 until = std::min(toMs, std::max(fromMs, now.toMSecsSinceEpoch()));

    QJsonArray episodesJson;
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const analysis::Episode &episode = analysed->analysis.episodes.at(i);
        const OfficialComparison::EpisodeVerdict &verdict = outcome.episodes.at(i);
        const bool ended =
            verdict.officialEnd && *verdict.officialEnd != OfficialComparison::openEnd;
        episodesJson.append(QJsonObject{
            {QStringLiteral("id"),
             QString(services.at(episode.service) + u'@' + AnalysisHttp::utc(episode.start))},
            {QStringLiteral("service"), services.at(episode.service)},
            {QStringLiteral("start"), AnalysisHttp::utc(episode.start)},
            {QStringLiteral("end"), AnalysisHttp::utc(episode.end)},
            {QStringLiteral("minutes"), episode.minutes()},
            {QStringLiteral("reports"), episode.reports},
            {QStringLiteral("installations"), episode.installations},
            {QStringLiteral("official_status"),
             verdict.status ? QJsonValue(OfficialFeed::code(*verdict.status))
                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("acknowledged_at"), timeOrNull(verdict.acknowledgedAt)},
            {QStringLiteral("lag_minutes"),
             verdict.lagMinutes ? QJsonValue(*verdict.lagMinutes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("official_end"), timeOrNull(verdict.officialEnd)},
            {QStringLiteral("official_end_after_end_minutes"),
             ended ? QJsonValue(double((*verdict.officialEnd - episode.end) / 60000))
                   : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray unreported;
    for (const OfficialComparison::Unreported &outage : outcome.unreported) {
        unreported.append(QJsonObject{
            {QStringLiteral("service"), outage.service},
            {QStringLiteral("start"), AnalysisHttp::utc(outage.start)},
            {QStringLiteral("end"), timeOrNull(outage.end)},
            {QStringLiteral("status"), OfficialFeed::code(outage.status)},
            {QStringLiteral("minutes"), minutesWithin(outage.start, outage.end, fromMs, until)},
        });
    }
    QJsonArray summaries;
    for (const OfficialComparison::ServiceSummary &summary : outcome.services) {
        summaries.append(QJsonObject{
            {QStringLiteral("service"), summary.service},
            {QStringLiteral("acknowledged"), summary.acknowledged},
            {QStringLiteral("unacknowledged"), summary.unacknowledged},
            {QStringLiteral("unacknowledged_minutes"), summary.unacknowledgedMinutes},
            {QStringLiteral("median_lag_minutes"), numberOrNull(summary.medianLagMinutes)},
        });
    }
    QJsonObject body = AnalysisHttp::period(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("late_window_minutes"), OfficialComparison::lateWindowMs / 60000);
    body.insert(QStringLiteral("episodes"), episodesJson);
    body.insert(QStringLiteral("unreported"), unreported);
    body.insert(QStringLiteral("services"), summaries);
    return jsonResponse(body);
}

} // namespace ehb::server
