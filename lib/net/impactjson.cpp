#include "net/statsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehb::stats {

namespace {

// Reads the impact answer, remembering the first field that is not as expected. Figures the
// answer leaves out keep their defaults: an older server may not send them all, and a newer one
// may add more (skipped).
class ImpactReader
{
public:
    explicit ImpactReader(const QByteArray &body)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            m_problem = QStringLiteral("not a JSON object");
        m_root = document.object();
    }

    const QJsonObject &root() const { return m_root; }
    const QString &problem() const { return m_problem; }

    void wrong(const QString &path)
    {
        if (m_problem.isEmpty())
            m_problem = path;
    }

    QString string(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QJsonValue found = object.value(key);
        if (!found.isString())
            wrong(path + key);
        return found.toString();
    }

    QDateTime time(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QDateTime parsed =
            QDateTime::fromString(string(object, key, path), Qt::ISODateWithMs);
        if (!parsed.isValid())
            wrong(path + key);
        return parsed;
    }

    // A number not under zero; unset when missing or null, unless `required`.
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &path,
                                 bool required = false)
    {
        const QJsonValue found = object.value(key);
        if (found.isUndefined() || found.isNull()) {
            if (required)
                wrong(path + key);
            return std::nullopt;
        }
        if (!found.isDouble() || found.toDouble() < 0) {
            wrong(path + key);
            return std::nullopt;
        }
        return found.toDouble();
    }

    // A whole count; 0 when missing, unless `required`.
    qint64 count(const QJsonObject &object, const QString &key, const QString &path,
                 bool required = false)
    {
        const std::optional<double> found = number(object, key, path, required);
        if (found && *found != double(qint64(*found)))
            wrong(path + key);
        return found ? qint64(*found) : 0;
    }

    ImpactFigures figures(const QJsonObject &item, const QString &path)
    {
        ImpactFigures figures;
        figures.reports = count(item, QStringLiteral("reports"), path, true);
        figures.reportsWithImpact = count(item, QStringLiteral("reports_with_impact"), path, true);
        figures.installations = count(item, QStringLiteral("installations"), path);
        figures.minutesLostReported =
            number(item, QStringLiteral("minutes_lost_reported"), path, true).value_or(0);
        figures.minutesLostMedian = number(item, QStringLiteral("minutes_lost_median"), path);
        figures.minutesLostReports = count(item, QStringLiteral("minutes_lost_reports"), path);
        figures.installationsWithoutMinutes =
            count(item, QStringLiteral("installations_without_minutes"), path);
        figures.minutesLostEstimated = number(item, QStringLiteral("minutes_lost_estimated"), path);
        figures.patientsReported =
            number(item, QStringLiteral("patients_reported"), path).value_or(0);
        figures.patientsMedian = number(item, QStringLiteral("patients_median"), path);
        figures.patientsReports = count(item, QStringLiteral("patients_reports"), path);
        const QJsonValue fallback = item.value(QStringLiteral("fallback"));
        if (fallback.isObject()) {
            const QJsonObject counts = fallback.toObject();
            const QString at = path + QStringLiteral("fallback.");
            figures.fallback = {count(counts, QStringLiteral("none"), at),
                                count(counts, QStringLiteral("paper"), at),
                                count(counts, QStringLiteral("later"), at),
                                count(counts, QStringLiteral("other"), at)};
        } else if (!fallback.isUndefined() && !fallback.isNull()) {
            wrong(path + QStringLiteral("fallback"));
        }
        figures.valueLostReported = number(item, QStringLiteral("value_lost_reported"), path);
        figures.valueLostEstimated = number(item, QStringLiteral("value_lost_estimated"), path);
        if (figures.reportsWithImpact > figures.reports)
            wrong(path + QStringLiteral("reports_with_impact"));
        return figures;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue found = m_root.value(key);
        if (!found.isArray())
            wrong(key);
        return found.toArray();
    }

private:
    QJsonObject m_root;
    QString m_problem;
};

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
    ImpactReader reader(body);
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
        service.figures = reader.figures(item, path);
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
        episode.figures = reader.figures(item, path);
        if (episode.start.isValid() && episode.end.isValid() && episode.end < episode.start)
            reader.wrong(path + QStringLiteral("end"));
        result.episodes.append(std::move(episode));
    }
    const QJsonValue totals = root.value(QStringLiteral("totals"));
    if (!totals.isObject())
        reader.wrong(QStringLiteral("totals"));
    result.totals = reader.figures(totals.toObject(), QStringLiteral("totals."));

    if (!reader.problem().isEmpty())
        return fail(tr("The server's answer is not what this program expects (at "
                       "\"%1\"). The server may be of another version.")
                        .arg(reader.problem()));
    return result;
}

} // namespace ehb::stats
