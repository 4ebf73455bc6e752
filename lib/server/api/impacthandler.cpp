#include "server/api/impacthandler.h"

#include "core/report.h"
#include "server/api/analysishttp.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace ehb::server {

namespace {

QJsonValue orNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The last moment a report says the service was down: its end, or when it was sent while not
// over; never before its start (a start after the sending is clock skew).
qint64 spanEndMs(const AnalysisRow &row)
{
    const qint32 offset = row.endedOffsetS >= 0 ? row.endedOffsetS : row.reportedOffsetS;
    return (row.startedS + std::max<qint32>(0, offset)) * 1000;
}

// One service's episodes, by start, and the latest end among the first i of them: the reports
// that overlap an episode are found by a binary search even if two episodes overlapped.
struct ServiceEpisodes
{
    std::vector<qsizetype> indices; // into EpisodeAnalysis::episodes
    std::vector<qint64> latestEnd;
};

} // namespace

ImpactHandler::ImpactHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache,
                             double slaTarget, analysis::HolidayCalendar holidays,
                             std::function<QDateTime()> clock, std::optional<double> hourlyValue)
    : m_catalogue(catalogue)
    , m_slaTarget(slaTarget)
    , m_search(catalogue, cache, std::move(holidays), std::move(clock))
    , m_hourlyValue(hourlyValue)
{}

QJsonObject ImpactHandler::figuresJson(const ImpactFigures &figures,
                                       std::optional<double> hourlyValue)
{
    const QStringList fallbackIds = knownFallbacks();
    QJsonObject fallback;
    for (qsizetype i = 0; i < fallbackIds.size(); ++i)
        fallback.insert(fallbackIds.at(i), figures.fallback.value(i));
    QJsonObject json{
        {QStringLiteral("reports"), figures.reports},
        {QStringLiteral("reports_with_impact"), figures.reportsWithImpact},
        {QStringLiteral("installations"), figures.installations},
        {QStringLiteral("minutes_lost_reported"), figures.minutesLostReported},
        {QStringLiteral("minutes_lost_median"), orNull(figures.minutesLostMedian)},
        {QStringLiteral("minutes_lost_reports"), figures.minutesLostReports},
        {QStringLiteral("installations_without_minutes"), figures.installationsWithoutMinutes},
        {QStringLiteral("minutes_lost_estimated"), orNull(figures.minutesLostEstimated)},
        {QStringLiteral("patients_reported"), figures.patientsReported},
        {QStringLiteral("patients_median"), orNull(figures.patientsMedian)},
        {QStringLiteral("patients_reports"), figures.patientsReports},
        {QStringLiteral("fallback"), fallback},
    };
    if (hourlyValue) {
        json.insert(QStringLiteral("value_lost_reported"),
                    ImpactTally::moneyValue(double(figures.minutesLostReported), *hourlyValue));
        json.insert(QStringLiteral("value_lost_estimated"),
                    figures.minutesLostEstimated ? QJsonValue(ImpactTally::moneyValue(
                                                       *figures.minutesLostEstimated, *hourlyValue))
                                                 : QJsonValue(QJsonValue::Null));
    }
    return json;
}

QHttpServerResponse ImpactHandler::handle(const QUrlQuery &query, AnalysisReader &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, false);
    if (!parsed)
        return AnalysisHttp::invalid(parsed.error());
    const StatsParameters parameters = std::move(parsed).value();
    const Result<EpisodeSearch::Found> found = m_search.find(parameters, repository, m_slaTarget);
    if (!found)
        return AnalysisHttp::storageFailed(found.error());
    const QStringList &services = found->services;
    const QList<analysis::Episode> &episodes = found->analysis.episodes;

    std::vector<ServiceEpisodes> perService(size_t(services.size()));
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        ServiceEpisodes &own = perService[size_t(episodes.at(i).service)];
        own.indices.push_back(i);
        own.latestEnd.push_back(std::max(
            own.latestEnd.empty() ? episodes.at(i).end : own.latestEnd.back(), episodes.at(i).end));
    }

    // The period's figures count the reports that started in it (as every statistic does); an
    // episode's, the reports of its service whose start..end (or start..sending, while not
    // over) overlaps it, also those that started in the days before the period.
    const qint64 fromS = secondAtOrAfter(parameters.from); // the snapshot ends at `to`
    std::vector<ImpactTally> serviceTallies(size_t(services.size()));
    std::vector<ImpactTally> episodeTallies(size_t(episodes.size()));
    ImpactTally total;
    found->snapshot.forEachRow(found->fromS, found->toS, [&](const AnalysisRow &row, int service) {
        if (row.startedS >= fromS)
            serviceTallies[size_t(service)].add(row);
        const ServiceEpisodes &own = perService[size_t(service)];
        const qint64 startMs = row.startedS * 1000;
        const qint64 endMs = spanEndMs(row);
        auto it = std::lower_bound(own.latestEnd.begin(), own.latestEnd.end(), startMs);
        for (; it != own.latestEnd.end(); ++it) {
            const qsizetype index = own.indices[size_t(it - own.latestEnd.begin())];
            const analysis::Episode &episode = episodes.at(index);
            if (episode.start > endMs)
                break;
            if (episode.end >= startMs)
                episodeTallies[size_t(index)].add(row);
        }
    });

    for (const ImpactTally &tally : serviceTallies)
        total.merge(tally);

    QJsonArray serviceList;
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject entry{{QStringLiteral("service"), services.at(i)}};
        const QJsonObject figures = figuresJson(serviceTallies[size_t(i)].figures(), m_hourlyValue);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            entry.insert(it.key(), it.value());
        serviceList.append(entry);
    }
    QJsonArray episodeList;
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const analysis::Episode &episode = episodes.at(i);
        const QString start = AnalysisHttp::utc(episode.start);
        QJsonObject entry{
            {QStringLiteral("id"), QString(services.at(episode.service) + u'@' + start)},
            {QStringLiteral("service"), services.at(episode.service)},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), AnalysisHttp::utc(episode.end)},
        };
        const QJsonObject figures = figuresJson(episodeTallies[size_t(i)].figures(), m_hourlyValue);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            entry.insert(it.key(), it.value());
        episodeList.append(entry);
    }

    QJsonObject body = AnalysisHttp::period(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("hourly_value"), orNull(m_hourlyValue));
    body.insert(QStringLiteral("services"), serviceList);
    body.insert(QStringLiteral("episodes"), episodeList);
    body.insert(QStringLiteral("totals"), figuresJson(total.figures(), m_hourlyValue));
    return jsonResponse(body);
}

} // namespace ehb::server
