#include "net/answerreader.h"
#include "net/statsjson.h"

namespace ehb::stats {

namespace {

// One set of impact figures: the totals', a service's or an episode's.
ImpactFigures readFigures(AnswerReader &reader, const QJsonObject &item, const QString &path)
{
    ImpactFigures figures;
    figures.reports = reader.count(item, QStringLiteral("reports"), path, true);
    figures.reportsWithImpact =
        reader.count(item, QStringLiteral("reports_with_impact"), path, true);
    figures.installations = reader.count(item, QStringLiteral("installations"), path);
    figures.minutesLostReported =
        reader.number(item, QStringLiteral("minutes_lost_reported"), path, true).value_or(0);
    figures.minutesLostMedian = reader.number(item, QStringLiteral("minutes_lost_median"), path);
    figures.minutesLostReports = reader.count(item, QStringLiteral("minutes_lost_reports"), path);
    figures.installationsWithoutMinutes =
        reader.count(item, QStringLiteral("installations_without_minutes"), path);
    figures.minutesLostEstimated =
        reader.number(item, QStringLiteral("minutes_lost_estimated"), path);
    figures.patientsReported =
        reader.number(item, QStringLiteral("patients_reported"), path).value_or(0);
    figures.patientsMedian = reader.number(item, QStringLiteral("patients_median"), path);
    figures.patientsReports = reader.count(item, QStringLiteral("patients_reports"), path);
    const QJsonValue fallback = item.value(QStringLiteral("fallback"));
    if (fallback.isObject()) {
        const QJsonObject counts = fallback.toObject();
        const QString at = path + QStringLiteral("fallback.");
        figures.fallback = {reader.count(counts, QStringLiteral("none"), at),
                            reader.count(counts, QStringLiteral("paper"), at),
                            reader.count(counts, QStringLiteral("later"), at),
                            reader.count(counts, QStringLiteral("other"), at)};
    } else if (!fallback.isUndefined() && !fallback.isNull()) {
        reader.wrong(path + QStringLiteral("fallback"));
    }
    figures.valueLostReported = reader.number(item, QStringLiteral("value_lost_reported"), path);
    figures.valueLostEstimated = reader.number(item, QStringLiteral("value_lost_estimated"), path);
    if (figures.reportsWithImpact > figures.reports)
        reader.wrong(path + QStringLiteral("reports_with_impact"));
    return figures;
}

} // namespace

const EpisodeImpact *Impact::findEpisode(const QString &serviceId, const QDateTime &start) const
{
    for (const EpisodeImpact &episode : episodes) {
        if (episode.service == serviceId && episode.start == start)
            return &episode;
    }
    return nullptr;
}

const ServiceImpact *Impact::findService(const QString &serviceId) const
{
    for (const ServiceImpact &item : services) {
        if (item.service == serviceId)
            return &item;
    }
    return nullptr;
}

Result<Impact> StatsJson::impact(const QByteArray &body)
{
    AnswerReader reader(body);
    const QJsonObject &root = reader.root();
    Impact result;
    result.from = reader.time(root, QStringLiteral("from"));
    result.to = reader.time(root, QStringLiteral("to"));
    result.tz = reader.string(root, QStringLiteral("tz"));
    result.service = root.value(QStringLiteral("service")).toString();
    result.hourlyValue = reader.number(root, QStringLiteral("hourly_value"), {});

    const QJsonArray services = reader.array(QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        const QJsonObject item = services.at(i).toObject();
        ServiceImpact service;
        service.service = reader.string(item, QStringLiteral("service"), path);
        service.figures = readFigures(reader, item, path);
        result.services.append(std::move(service));
    }
    const QJsonArray episodes = reader.array(QStringLiteral("episodes"));
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const QString path = QStringLiteral("episodes[%1].").arg(i);
        const QJsonObject item = episodes.at(i).toObject();
        EpisodeImpact episode;
        episode.service = reader.string(item, QStringLiteral("service"), path);
        episode.start = reader.time(item, QStringLiteral("start"), path);
        episode.end = reader.time(item, QStringLiteral("end"), path);
        episode.id = item.value(QStringLiteral("id")).toString();
        episode.figures = readFigures(reader, item, path);
        if (episode.start.isValid() && episode.end.isValid() && episode.end < episode.start)
            reader.wrong(path + QStringLiteral("end"));
        result.episodes.append(std::move(episode));
    }
    const QJsonValue totals = root.value(QStringLiteral("totals"));
    if (!totals.isObject())
        reader.wrong(QStringLiteral("totals"));
    result.totals = readFigures(reader, totals.toObject(), QStringLiteral("totals."));

    if (!reader.problem().isEmpty())
        return fail(tr("The server's answer is not what this program expects (at "
                       "\"%1\"). The server may be of another version.")
                        .arg(reader.problem()));
    return result;
}

} // namespace ehb::stats
