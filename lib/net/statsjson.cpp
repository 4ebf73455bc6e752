#include "net/statsjson.h"

#include "core/report.h"
#include "net/answerreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehb::stats {

namespace {

// The older endpoints' answers: every field is required unless read as optional
// (AnswerReader reads the document and names the first field that is not as expected).
class Reader : public AnswerReader
{
public:
    using AnswerReader::AnswerReader;

    bool ok() const { return problem().isEmpty(); }

    QJsonValue value(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue found = object.value(key);
        if (found.isUndefined())
            wrong(path + key);
        return found;
    }

    QDateTime parseTime(const QString &text, const QString &path)
    {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            wrong(path);
        return parsed;
    }

    double number(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QJsonValue found = value(object, key, path);
        if (!found.isDouble())
            wrong(path + key);
        return found.toDouble();
    }

    qint64 integer(const QJsonValue &found, const QString &path)
    {
        if (!found.isDouble() || found.toDouble() != double(found.toInteger()) ||
            found.toInteger() < 0)
            wrong(path);
        return found.toInteger();
    }

    qint64 integer(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        return integer(value(object, key, path), path + key);
    }

    std::optional<int> optionalInteger(const QJsonObject &object, const QString &key,
                                       const QString &path)
    {
        const QJsonValue found = object.value(key);
        if (found.isNull() || found.isUndefined())
            return std::nullopt;
        return int(integer(found, path + key));
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QJsonValue found = value(object, key, path);
        if (!found.isArray())
            wrong(path + key);
        return found.toArray();
    }

    QList<qint64> integers(const QJsonObject &object, const QString &key, const QString &path)
    {
        QList<qint64> values;
        const QJsonArray items = array(object, key, path);
        values.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i)
            values.append(integer(items.at(i), QStringLiteral("%1%2[%3]").arg(path, key).arg(i)));
        return values;
    }

    QList<Count> counts(const QJsonObject &object, const QString &key)
    {
        QList<Count> values;
        const QJsonArray items = array(object, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1[%2].").arg(key).arg(i);
            const QJsonObject item = items.at(i).toObject();
            values.append({string(item, QStringLiteral("key"), path),
                           integer(item, QStringLiteral("reports"), path)});
        }
        return values;
    }

    template <typename T> void period(T &into)
    {
        into.from = time(root(), QStringLiteral("from"));
        into.to = time(root(), QStringLiteral("to"));
        into.tz = string(root(), QStringLiteral("tz"));
    }
};

template <typename T> Result<T> finish(const Reader &reader, T value)
{
    if (!reader.ok())
        return fail(StatsJson::tr("The server's answer is not what this program expects (at "
                                  "\"%1\"). The server may be of another version.")
                        .arg(reader.problem()));
    return value;
}

} // namespace

const LiveService *Live::find(const QString &service) const
{
    for (const LiveService &item : services) {
        if (item.service == service)
            return &item;
    }
    return nullptr;
}

Result<Frequency> StatsJson::frequency(const QByteArray &body)
{
    Reader reader(body);
    Frequency result;
    reader.period(result);
    result.bucket = reader.string(reader.root(), QStringLiteral("bucket"));
    const QJsonArray buckets = reader.array(reader.root(), QStringLiteral("buckets"));
    for (qsizetype i = 0; i < buckets.size(); ++i)
        result.buckets.append(
            reader.parseTime(buckets.at(i).toString(), QStringLiteral("buckets[%1]").arg(i)));
    const QJsonArray services = reader.array(reader.root(), QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        const QJsonObject item = services.at(i).toObject();
        FrequencySeries series;
        series.service = reader.string(item, QStringLiteral("service"), path);
        series.reports = reader.integers(item, QStringLiteral("reports"), path);
        series.installations = reader.integers(item, QStringLiteral("installations"), path);
        if (series.reports.size() != buckets.size())
            reader.wrong(path + QStringLiteral("reports"));
        if (series.installations.size() != buckets.size())
            reader.wrong(path + QStringLiteral("installations"));
        result.services.append(std::move(series));
    }
    return finish(reader, std::move(result));
}

Result<Heatmap> StatsJson::heatmap(const QByteArray &body)
{
    Reader reader(body);
    Heatmap result;
    reader.period(result);
    const QJsonArray rows = reader.array(reader.root(), QStringLiteral("counts"));
    if (rows.size() != 7)
        reader.wrong(QStringLiteral("counts"));
    for (qsizetype day = 0; day < std::min<qsizetype>(rows.size(), 7); ++day) {
        const QJsonArray hours = rows.at(day).toArray();
        if (hours.size() != 24)
            reader.wrong(QStringLiteral("counts[%1]").arg(day));
        for (qsizetype hour = 0; hour < std::min<qsizetype>(hours.size(), 24); ++hour)
            result.counts[size_t(day)][size_t(hour)] =
                reader.integer(hours.at(hour), QStringLiteral("counts[%1][%2]").arg(day).arg(hour));
    }
    result.total = reader.integer(reader.root(), QStringLiteral("total"));
    return finish(reader, std::move(result));
}

Result<Episodes> StatsJson::episodes(const QByteArray &body)
{
    Reader reader(body);
    Episodes result;
    reader.period(result);
    result.slaTarget = reader.number(reader.root(), QStringLiteral("sla_target"));
    const QJsonObject parameters = reader.root().value(QStringLiteral("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.value().isDouble())
            result.parameters.append({it.key(), it.value().toDouble()});
    }
    const QJsonArray episodes = reader.array(reader.root(), QStringLiteral("episodes"));
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const QString path = QStringLiteral("episodes[%1].").arg(i);
        const QJsonObject item = episodes.at(i).toObject();
        Episode episode;
        episode.service = reader.string(item, QStringLiteral("service"), path);
        episode.start = reader.time(item, QStringLiteral("start"), path);
        episode.end = reader.time(item, QStringLiteral("end"), path);
        episode.minutes = reader.number(item, QStringLiteral("minutes"), path);
        episode.reports = int(reader.integer(item, QStringLiteral("reports"), path));
        episode.installations = int(reader.integer(item, QStringLiteral("installations"), path));
        if (episode.start.isValid() && episode.end.isValid() && episode.end < episode.start)
            reader.wrong(path + QStringLiteral("end"));
        // The ranges, from servers that send them: all of them, in order.
        episode.hasRange = item.contains(QStringLiteral("minutes_low"));
        if (episode.hasRange) {
            episode.startEarliest = reader.time(item, QStringLiteral("start_earliest"), path);
            episode.startLatest = reader.time(item, QStringLiteral("start_latest"), path);
            episode.endEarliest = reader.time(item, QStringLiteral("end_earliest"), path);
            episode.endLatest = reader.time(item, QStringLiteral("end_latest"), path);
            episode.minutesLow = reader.number(item, QStringLiteral("minutes_low"), path);
            episode.minutesHigh = reader.number(item, QStringLiteral("minutes_high"), path);
            const QList<std::pair<QDateTime, const char *>> edges{
                {episode.startEarliest, "start_earliest"},
                {episode.start, "start"},
                {episode.startLatest, "start_latest"},
                {episode.endEarliest, "end_earliest"},
                {episode.end, "end"},
                {episode.endLatest, "end_latest"}};
            for (qsizetype e = 1; e < edges.size(); ++e) {
                if (edges.at(e).first < edges.at(e - 1).first)
                    reader.wrong(path + QLatin1String(edges.at(e).second));
            }
            if (episode.minutesLow > episode.minutes)
                reader.wrong(path + QStringLiteral("minutes_low"));
            if (episode.minutesHigh < episode.minutes)
                reader.wrong(path + QStringLiteral("minutes_high"));
        } else {
            episode.startEarliest = episode.startLatest = episode.start;
            episode.endEarliest = episode.endLatest = episode.end;
            episode.minutesLow = episode.minutesHigh = episode.minutes;
        }
        result.episodes.append(std::move(episode));
    }
    const QJsonArray services = reader.array(reader.root(), QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        const QJsonObject item = services.at(i).toObject();
        ServiceAvailability service;
        service.service = reader.string(item, QStringLiteral("service"), path);
        service.episodes = int(reader.integer(item, QStringLiteral("episodes"), path));
        service.downtimeMinutes = reader.number(item, QStringLiteral("downtime_minutes"), path);
        service.availability = reader.number(item, QStringLiteral("availability"), path);
        service.workingDowntimeMinutes =
            reader.number(item, QStringLiteral("working_downtime_minutes"), path);
        service.workingAvailability =
            reader.number(item, QStringLiteral("working_availability"), path);
        const QJsonValue meets = reader.value(item, QStringLiteral("meets_sla"), path);
        if (!meets.isBool())
            reader.wrong(path + QStringLiteral("meets_sla"));
        service.meetsSla = meets.toBool();
        service.hasRange = item.contains(QStringLiteral("downtime_low"));
        if (service.hasRange) {
            service.downtimeLowMinutes = reader.number(item, QStringLiteral("downtime_low"), path);
            service.downtimeHighMinutes =
                reader.number(item, QStringLiteral("downtime_high"), path);
            service.workingDowntimeLowMinutes =
                reader.number(item, QStringLiteral("working_downtime_low"), path);
            service.workingDowntimeHighMinutes =
                reader.number(item, QStringLiteral("working_downtime_high"), path);
        } else {
            service.downtimeLowMinutes = service.downtimeHighMinutes = service.downtimeMinutes;
            service.workingDowntimeLowMinutes = service.workingDowntimeHighMinutes =
                service.workingDowntimeMinutes;
        }
        result.services.append(std::move(service));
    }
    return finish(reader, std::move(result));
}

Result<Breakdown> StatsJson::breakdown(const QByteArray &body)
{
    Reader reader(body);
    Breakdown result;
    reader.period(result);
    result.reports = reader.integer(reader.root(), QStringLiteral("reports"));
    result.symptoms = reader.counts(reader.root(), QStringLiteral("symptoms"));
    result.software = reader.counts(reader.root(), QStringLiteral("software"));
    result.provinces = reader.counts(reader.root(), QStringLiteral("provinces"));
    return finish(reader, std::move(result));
}

Result<Live> StatsJson::live(const QByteArray &body)
{
    Reader reader(body);
    Live result;
    result.minutes = int(reader.integer(reader.root(), QStringLiteral("minutes")));
    result.at = reader.time(reader.root(), QStringLiteral("at"));
    const QJsonArray services = reader.array(reader.root(), QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        const QJsonObject item = services.at(i).toObject();
        LiveService service;
        service.service = reader.string(item, QStringLiteral("service"), path);
        service.reports = reader.optionalInteger(item, QStringLiteral("reports"), path);
        service.installations = reader.optionalInteger(item, QStringLiteral("installations"), path);
        service.level = liveLevel(reader.string(item, QStringLiteral("level"), path));
        // Null or absent (a server older than the field): not known.
        const auto given = [&item](const QString &key) {
            const QJsonValue found = item.value(key);
            return !found.isNull() && !found.isUndefined();
        };
        if (given(QStringLiteral("official_status")))
            service.officialStatus =
                officialStatus(reader.string(item, QStringLiteral("official_status"), path));
        if (given(QStringLiteral("official_since")))
            service.officialSince = reader.time(item, QStringLiteral("official_since"), path);
        service.since = reader.optionalTime(item, QStringLiteral("since"), path);
        // A symptom this app does not know (a newer server's) is as good as none.
        const QString top = reader.optionalString(item, QStringLiteral("top_symptom"), path);
        if (knownSymptoms().contains(top))
            service.topSymptom = top;
        result.services.append(std::move(service));
    }
    return finish(reader, std::move(result));
}

LiveLevel StatsJson::liveLevel(const QString &name)
{
    if (name == QLatin1String("outage"))
        return LiveLevel::Outage;
    if (name == QLatin1String("possible"))
        return LiveLevel::Possible;
    return LiveLevel::Normal;
}

} // namespace ehb::stats
