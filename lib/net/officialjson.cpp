#include "net/answerreader.h"
#include "net/statsjson.h"

#include <cmath>

namespace ehb::stats {

namespace {

// A status code, "" when missing or null; another type is a problem.
std::optional<OfficialStatus> statusOf(AnswerReader &reader, const QJsonObject &item,
                                       const QString &key, const QString &path)
{
    const QString code = reader.optionalString(item, key, path);
    if (code.isEmpty())
        return std::nullopt;
    return StatsJson::officialStatus(code);
}

QString problemText(const QString &path)
{
    return StatsJson::tr("The server's answer is not what this program expects (at "
                         "\"%1\"). The server may be of another version.")
        .arg(path);
}

OfficialEpisode readEpisode(AnswerReader &reader, const QJsonObject &item, const QString &path)
{
    OfficialEpisode episode;
    episode.id = reader.optionalString(item, QStringLiteral("id"), path);
    episode.service = reader.string(item, QStringLiteral("service"), path);
    episode.start = reader.time(item, QStringLiteral("start"), path);
    episode.end = reader.time(item, QStringLiteral("end"), path);
    if (episode.start.isValid() && episode.end.isValid() && episode.end < episode.start)
        reader.wrong(path + QStringLiteral("end"));
    episode.minutes = reader.number(item, QStringLiteral("minutes"), path)
                          .value_or(episode.start.secsTo(episode.end) / 60.0);
    episode.status = statusOf(reader, item, QStringLiteral("official_status"), path);
    episode.acknowledgedAt = reader.optionalTime(item, QStringLiteral("acknowledged_at"), path);
    const std::optional<double> lag =
        reader.number(item, QStringLiteral("lag_minutes"), path, false, true);
    if (lag)
        episode.lagMinutes = qint64(std::llround(*lag));
    else if (episode.acknowledged() && episode.start.isValid())
        episode.lagMinutes =
            qint64(std::llround(episode.start.secsTo(episode.acknowledgedAt) / 60.0));
    if (!episode.acknowledged())
        episode.lagMinutes.reset();
    episode.officialEnd = reader.optionalTime(item, QStringLiteral("official_end"), path);
    episode.officialEndAfterEndMinutes =
        reader.number(item, QStringLiteral("official_end_after_end_minutes"), path, false, true);
    if (!episode.officialEndAfterEndMinutes && episode.officialEnd.isValid() &&
        episode.end.isValid())
        episode.officialEndAfterEndMinutes = episode.end.secsTo(episode.officialEnd) / 60.0;
    if (episode.acknowledged() && episode.officialEnd.isValid() &&
        episode.officialEnd < episode.acknowledgedAt)
        reader.wrong(path + QStringLiteral("official_end"));
    return episode;
}

} // namespace

const OfficialServiceSummary *Official::findService(const QString &serviceId) const
{
    for (const OfficialServiceSummary &item : services) {
        if (item.service == serviceId)
            return &item;
    }
    return nullptr;
}

OfficialStatus StatsJson::officialStatus(const QString &code)
{
    if (code == QLatin1String("operational"))
        return OfficialStatus::Operational;
    if (code == QLatin1String("degraded_performance"))
        return OfficialStatus::Degraded;
    if (code == QLatin1String("partial_outage"))
        return OfficialStatus::Partial;
    if (code == QLatin1String("major_outage"))
        return OfficialStatus::Major;
    return OfficialStatus::Unknown;
}

Result<Official> StatsJson::official(const QByteArray &body)
{
    AnswerReader reader(body);
    const QJsonObject &root = reader.root();
    Official result;
    result.from = reader.time(root, QStringLiteral("from"));
    result.to = reader.time(root, QStringLiteral("to"));
    result.tz = reader.string(root, QStringLiteral("tz"));
    result.service = reader.optionalString(root, QStringLiteral("service"), {});
    result.lateWindowMinutes =
        reader.number(root, QStringLiteral("late_window_minutes"), {}).value_or(60);

    const QJsonArray episodes = reader.array(QStringLiteral("episodes"));
    for (qsizetype i = 0; i < episodes.size(); ++i)
        result.episodes.append(
            readEpisode(reader, episodes.at(i).toObject(), QStringLiteral("episodes[%1].").arg(i)));

    const QJsonArray unreported = reader.array(QStringLiteral("unreported"));
    for (qsizetype i = 0; i < unreported.size(); ++i) {
        const QString path = QStringLiteral("unreported[%1].").arg(i);
        const QJsonObject item = unreported.at(i).toObject();
        OfficialUnreported outage;
        outage.service = reader.string(item, QStringLiteral("service"), path);
        outage.start = reader.time(item, QStringLiteral("start"), path);
        outage.end = reader.optionalTime(item, QStringLiteral("end"), path);
        if (outage.end.isValid() && outage.start.isValid() && outage.end < outage.start)
            reader.wrong(path + QStringLiteral("end"));
        outage.status = officialStatus(reader.string(item, QStringLiteral("status"), path));
        outage.minutes = reader.count(item, QStringLiteral("minutes"), path);
        result.unreported.append(std::move(outage));
    }

    const QJsonArray services = reader.array(QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        const QJsonObject item = services.at(i).toObject();
        OfficialServiceSummary summary;
        summary.service = reader.string(item, QStringLiteral("service"), path);
        summary.acknowledged = int(reader.count(item, QStringLiteral("acknowledged"), path, true));
        summary.unacknowledged =
            int(reader.count(item, QStringLiteral("unacknowledged"), path, true));
        summary.unacknowledgedMinutes =
            reader.count(item, QStringLiteral("unacknowledged_minutes"), path);
        summary.medianLagMinutes =
            reader.number(item, QStringLiteral("median_lag_minutes"), path, false, true);
        result.services.append(std::move(summary));
    }

    if (!reader.problem().isEmpty())
        return fail(problemText(reader.problem()));
    return result;
}

Result<OfficialChanges> StatsJson::officialChanges(const QByteArray &body)
{
    AnswerReader reader(body);
    const QJsonObject &root = reader.root();
    OfficialChanges result;
    result.from = reader.time(root, QStringLiteral("from"));
    result.to = reader.time(root, QStringLiteral("to"));
    result.tz = reader.string(root, QStringLiteral("tz"));
    const QJsonArray changes = reader.array(QStringLiteral("changes"));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = QStringLiteral("changes[%1].").arg(i);
        const QJsonObject item = changes.at(i).toObject();
        OfficialChange change;
        change.componentId = reader.string(item, QStringLiteral("component_id"), path);
        change.sequence = reader.count(item, QStringLiteral("sequence"), path);
        change.name = reader.optionalString(item, QStringLiteral("name"), path);
        change.service = reader.optionalString(item, QStringLiteral("service"), path);
        change.oldStatus = statusOf(reader, item, QStringLiteral("old_status"), path);
        change.newStatus = officialStatus(reader.string(item, QStringLiteral("new_status"), path));
        change.seenAt = reader.time(item, QStringLiteral("seen_at"), path);
        result.changes.append(std::move(change));
    }
    if (!reader.problem().isEmpty())
        return fail(problemText(reader.problem()));
    return result;
}

} // namespace ehb::stats
