#include "server/api/livehandler.h"

#include "analysis/livelevel.h"
#include "core/report.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "server/api/analysishttp.h"
#include "server/api/episodesearch.h"
#include "server/api/serverconfig.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"
#include "server/official/officialcomparison.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ehb::server {

namespace {

QJsonValue shownJson(int count)
{
    const std::optional<int> value = LiveHandler::shown(count);
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// What the window's reports of one service say beyond their counts.
struct Recent
{
    std::optional<qint64> sinceS;
    QString topSymptom; // empty: none shown
};

// `since`: each installation's earliest started_at in the window, and of those the second
// earliest (the earliest when one installation reports), so that one practice's late report of
// a problem that began days before does not move it; cheap, and no episode analysis per poll.
// `top_symptom`: the symptom ticked by the most distinct installations (the first in
// knownSymptoms() order on a tie), only when at least `smallestShown` of them ticked it.
QHash<QString, Recent> recentDetails(const QList<LiveReport> &reports)
{
    struct Installation
    {
        qint64 startedS = 0;
        quint16 symptoms = 0;
    };
    QHash<QString, QHash<qint64, Installation>> byService;
    for (const LiveReport &report : reports) {
        QHash<qint64, Installation> &installations = byService[report.service];
        const auto found = installations.find(report.installationKey);
        if (found == installations.end()) {
            installations.insert(report.installationKey, {report.startedS, report.symptoms});
        } else {
            found->startedS = std::min(found->startedS, report.startedS);
            found->symptoms |= report.symptoms;
        }
    }
    const QStringList symptoms = knownSymptoms();
    QHash<QString, Recent> details;
    for (auto service = byService.cbegin(); service != byService.cend(); ++service) {
        QList<qint64> starts;
        QList<int> ticked(symptoms.size(), 0);
        for (const Installation &installation : service.value()) {
            starts.append(installation.startedS);
            for (qsizetype bit = 0; bit < symptoms.size(); ++bit) {
                if (installation.symptoms & (1u << bit))
                    ++ticked[bit];
            }
        }
        std::sort(starts.begin(), starts.end());
        Recent &recent = details[service.key()];
        recent.sinceS = starts.value(std::min<qsizetype>(1, starts.size() - 1));
        const auto most = std::max_element(ticked.cbegin(), ticked.cend());
        if (most != ticked.cend() && *most >= LiveHandler::smallestShown)
            recent.topSymptom = symptoms.at(most - ticked.cbegin());
    }
    return details;
}

} // namespace

std::optional<int> LiveHandler::shown(int count)
{
    return count >= smallestShown ? std::optional<int>(count) : std::nullopt;
}

LiveHandler::LiveHandler(const ServiceCatalogue &catalogue, const ServerConfig &config,
                         const EpisodeSearch *episodes)
    : m_catalogue(catalogue)
    , m_config(config)
    , m_episodes(episodes)
{}

QDateTime LiveHandler::now() const
{
    return m_config.clock ? m_config.clock() : utcNowSeconds();
}

QHttpServerResponse LiveHandler::handle(const QUrlQuery &query, ReportRepository &repository)
{
    int minutes = defaultMinutes;
    if (query.hasQueryItem(QStringLiteral("minutes"))) {
        static const QRegularExpression number(QStringLiteral("\\A[0-9]{1,4}\\z"));
        const QString text = query.queryItemValue(QStringLiteral("minutes"), QUrl::FullyDecoded);
        minutes = number.match(text).hasMatch() ? text.toInt() : -1;
        if (minutes < minMinutes || minutes > maxMinutes) {
            return AnalysisHttp::invalid(
                {{QStringLiteral("minutes"), tr("must be a whole number of minutes from %1 to %2")
                                                 .arg(minMinutes)
                                                 .arg(maxMinutes)}});
        }
    }
    if (const auto cached = m_cache.constFind(minutes);
        cached != m_cache.constEnd() && !cached->age.hasExpired(m_config.liveCacheAge.count())) {
        return jsonResponse(cached->body);
    }
    Result<State> state = read(minutes, repository, repository);
    if (!state)
        return AnalysisHttp::storageFailed(state.error());
    if (const Result<void> placed = sinceFromEpisodes(state.value(), repository); !placed)
        return AnalysisHttp::storageFailed(placed.error());
    const QJsonObject body = toJson(state.value());
    if (m_config.liveCacheAge.count() > 0) {
        Cached &entry = m_cache[minutes];
        entry.body = body;
        entry.age.start();
    }
    return jsonResponse(body);
}

Result<LiveHandler::State> LiveHandler::read(int minutes, StatisticsReader &repository,
                                             OfficialRecord &record) const
{
    const analysis::LiveParameters parameters;
    const QDateTime at = now().toUTC();
    // "The same weekday and time of day": whole local days back, so a week across a DST change
    // still compares 09:00 with 09:00.
    const QTimeZone zone = m_config.statsZones.value(0, QTimeZone(QByteArrayLiteral("UTC")));
    const QDateTime localAt = at.toTimeZone(zone);

    // counts[week][service]: week 0 is now, 1.. the baseline.
    QList<QHash<QString, analysis::LiveCounts>> counts;
    for (int week = 0; week <= parameters.baselineWeeks; ++week) {
        const QDateTime end = week == 0 ? at : localAt.addDays(-7 * week).toUTC();
        const Result<QList<LiveCount>> window =
            repository.liveCounts(end.addSecs(-60 * qint64(minutes)), end);
        if (!window)
            return fail(window.error());
        QHash<QString, analysis::LiveCounts> perService;
        for (const LiveCount &count : window.value())
            perService.insert(count.service, {count.reports, count.installations});
        counts.append(perService);
    }
    const Result<QList<LiveReport>> recentReports =
        repository.liveReports(at.addSecs(-60 * qint64(minutes)), at);
    if (!recentReports)
        return fail(recentReports.error());
    const QHash<QString, Recent> recent = recentDetails(recentReports.value());

    // The whole record up to now: a component's state may be older than any window.
    const QDateTime origin = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime untilNow = at.addMSecs(1);
    const Result<QList<OfficialChange>> changes = record.officialChanges(origin, untilNow);
    if (!changes)
        return fail(changes.error());
    const Result<QList<OfficialIncident>> incidents = record.officialIncidents(origin, untilNow);
    if (!incidents)
        return fail(incidents.error());
    const OfficialComparison::Timeline official =
        OfficialComparison::timeline(changes.value(), incidents.value());

    State state;
    state.minutes = minutes;
    state.at = at;
    for (const Service &service : m_catalogue.services()) {
        const analysis::LiveCounts current = counts.constFirst().value(service.id);
        QList<analysis::LiveCounts> baseline;
        for (qsizetype week = 1; week < counts.size(); ++week)
            baseline.append(counts.at(week).value(service.id));
        const OfficialComparison::Current status =
            OfficialComparison::current(official, service.id, at.toMSecsSinceEpoch());
        const analysis::LiveLevel level = analysis::liveLevel(current, baseline, parameters);
        const Recent details = recent.value(service.id);
        std::optional<qint64> since;
        if (level != analysis::LiveLevel::Normal && details.sinceS)
            since = *details.sinceS * 1000;
        state.services.append(
            {service.id, current, level, status.status, status.since, since, details.topSymptom});
    }
    return state;
}

Result<void> LiveHandler::sinceFromEpisodes(State &state, AnalysisReader &repository) const
{
    if (!m_episodes)
        return {};
    // The days of the search are whole local days, so that its findings are kept and shared
    // between polls; an episode going on for longer reads, here, as starting with them.
    constexpr int lookBackDays = 6;
    const QTimeZone zone = m_config.statsZones.value(0, QTimeZone(QByteArrayLiteral("UTC")));
    const QDate today = state.at.toTimeZone(zone).date();
    for (ServiceState &service : state.services) {
        if (service.level == analysis::LiveLevel::Normal)
            continue;
        StatsParameters parameters;
        parameters.zone = zone;
        parameters.service = service.service;
        parameters.from = today.addDays(-lookBackDays).startOfDay(zone).toUTC();
        parameters.to = today.addDays(1).startOfDay(zone).toUTC();
        const Result<EpisodeSearch::Found> found =
            m_episodes->find(parameters, repository, m_config.slaTarget);
        if (!found)
            return fail(found.error());
        const QHash<QString, qint64> starts =
            EpisodeSearch::ongoingStarts(found.value(), state.at.toMSecsSinceEpoch());
        if (const auto start = starts.constFind(service.service); start != starts.constEnd())
            service.since = *start;
    }
    return {};
}

QJsonObject LiveHandler::toJson(const State &state)
{
    QJsonArray services;
    for (const ServiceState &service : state.services) {
        services.append(QJsonObject{
            {QStringLiteral("service"), service.service},
            {QStringLiteral("reports"), shownJson(service.counts.reports)},
            {QStringLiteral("installations"), shownJson(service.counts.installations)},
            {QStringLiteral("level"), analysis::liveLevelName(service.level)},
            {QStringLiteral("since"),
             service.since ? AnalysisHttp::utc(*service.since) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("top_symptom"), service.topSymptom.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(service.topSymptom)},
            {QStringLiteral("official_status"),
             service.officialStatus ? QJsonValue(OfficialFeed::code(*service.officialStatus))
                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("official_since"), service.officialSince
                                                   ? AnalysisHttp::utc(*service.officialSince)
                                                   : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{{QStringLiteral("minutes"), state.minutes},
                       {QStringLiteral("at"), AnalysisHttp::utc(state.at.toMSecsSinceEpoch())},
                       {QStringLiteral("services"), services}};
}

} // namespace ehb::server
