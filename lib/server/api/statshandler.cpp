#include "server/api/statshandler.h"

#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <map>

namespace ehb::server {

namespace {

QHttpServerResponse invalid(const FieldErrors &errors)
{
    return errorResponse(StatusCode::BadRequest, QStringLiteral("invalid_parameter"),
                         StatsHandler::tr("The query has invalid parameters."), errors);
}

QHttpServerResponse storageFailed(const QString &reason)
{
    qWarning("Reading statistics failed: %s", qUtf8Printable(reason));
    return storageUnavailableResponse(
        StatsHandler::tr("The statistics cannot be read now; try again later."));
}

QJsonObject periodJson(const StatsParameters &parameters)
{
    return QJsonObject{{QStringLiteral("from"), parameters.local(parameters.from)},
                       {QStringLiteral("to"), parameters.local(parameters.to)},
                       {QStringLiteral("tz"), QString::fromUtf8(parameters.zone.id())}};
}

// Hour buckets are UTC hours: right for a zone only when its offsets are whole hours.
std::optional<FieldError> checkHours(const StatsParameters &parameters)
{
    if (RollupCalendar::hasWholeHourOffsets(parameters.zone, parameters.from, parameters.to))
        return std::nullopt;
    return FieldError{QStringLiteral("tz"),
                      StatsHandler::tr("has offsets that are not whole hours; hourly statistics "
                                       "need whole-hour offsets")};
}

} // namespace

StatsHandler::StatsHandler(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

QHttpServerResponse StatsHandler::frequency(const QUrlQuery &query,
                                            StatisticsReader &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, true);
    if (!parsed)
        return invalid(parsed.error());
    const StatsParameters parameters = std::move(parsed).value();
    const BucketUnit unit = parameters.unit;

    QByteArray zone = RollupCalendar::utcZone;
    if (unit == BucketUnit::Hour) {
        if (const auto error = checkHours(parameters))
            return invalid({*error});
    } else {
        zone = parameters.zone.id();
        const Result<QList<QByteArray>> zones = repository.rollupZones();
        if (!zones)
            return storageFailed(zones.error());
        if (!zones.value().contains(zone)) {
            QStringList kept;
            for (const QByteArray &id : zones.value()) {
                if (!id.startsWith('*'))
                    kept.append(QString::fromUtf8(id));
            }
            return invalid({{QStringLiteral("tz"),
                             tr("has no daily, weekly or monthly statistics on this server; "
                                "they are kept for: %1")
                                 .arg(kept.join(QStringLiteral(", ")))}});
        }
    }

    // Every bucket that overlaps [from, to), in order.
    const qint64 first = RollupCalendar::bucketOf(unit, parameters.from, parameters.zone);
    const qint64 last = RollupCalendar::bucketOf(unit, parameters.to.addSecs(-1), parameters.zone);
    QList<qint64> buckets;
    QHash<qint64, qsizetype> index;
    for (qint64 bucket = first; bucket <= last; bucket = RollupCalendar::nextBucket(unit, bucket)) {
        if (buckets.size() >= StatsParameters::maxBuckets) {
            return invalid({{QStringLiteral("bucket"),
                             tr("gives more than %1 buckets for this period; choose a larger "
                                "bucket or a shorter period")
                                 .arg(StatsParameters::maxBuckets)}});
        }
        index.insert(bucket, buckets.size());
        buckets.append(bucket);
    }

    const Result<QList<BucketCount>> rows = repository.counts(
        {zone, unit, first, RollupCalendar::nextBucket(unit, last), parameters.service, false});
    if (!rows)
        return storageFailed(rows.error());

    struct Series
    {
        QList<qint64> reports;
        QList<qint64> installations;
    };
    std::map<QString, Series> series;
    if (!parameters.service.isEmpty())
        series[parameters.service];
    for (const BucketCount &row : rows.value()) {
        const auto position = index.constFind(row.bucket);
        if (position == index.constEnd() || (row.reports == 0 && row.installations == 0))
            continue;
        Series &line = series[row.service];
        if (line.reports.isEmpty()) {
            line.reports.fill(0, buckets.size());
            line.installations.fill(0, buckets.size());
        }
        line.reports[*position] = row.reports;
        line.installations[*position] = row.installations;
    }

    QJsonArray starts;
    for (const qint64 bucket : std::as_const(buckets))
        starts.append(parameters.local(RollupCalendar::bucketStart(unit, bucket, parameters.zone)));
    QJsonArray services;
    for (auto &[service, line] : series) {
        if (line.reports.isEmpty()) {
            line.reports.fill(0, buckets.size());
            line.installations.fill(0, buckets.size());
        }
        QJsonArray reports;
        QJsonArray installations;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            reports.append(line.reports.at(i));
            installations.append(line.installations.at(i));
        }
        services.append(QJsonObject{{QStringLiteral("service"), service},
                                    {QStringLiteral("reports"), reports},
                                    {QStringLiteral("installations"), installations}});
    }
    QJsonObject body = periodJson(parameters);
    body.insert(QStringLiteral("bucket"), bucketUnitName(unit));
    body.insert(QStringLiteral("buckets"), starts);
    body.insert(QStringLiteral("services"), services);
    return jsonResponse(body);
}

QHttpServerResponse StatsHandler::heatmap(const QUrlQuery &query,
                                          StatisticsReader &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, false);
    if (!parsed)
        return invalid(parsed.error());
    const StatsParameters parameters = std::move(parsed).value();
    if (const auto error = checkHours(parameters))
        return invalid({*error});

    const qint64 first = RollupCalendar::hourOf(parameters.from);
    const qint64 end = RollupCalendar::hourOf(parameters.to.addSecs(-1)) + 1;
    const Result<QList<BucketCount>> rows = repository.counts(
        {RollupCalendar::utcZone, BucketUnit::Hour, first, end, parameters.service, true});
    if (!rows)
        return storageFailed(rows.error());

    // Rows come in hour order: walk the zone's offset changes alongside them.
    const QTimeZone::OffsetDataList transitions =
        parameters.zone.transitions(parameters.from, parameters.to);
    qsizetype next = 0;
    qint64 offset = parameters.zone.offsetFromUtc(parameters.from);
    std::array<std::array<qint64, 24>, 7> counts{};
    qint64 total = 0;
    for (const BucketCount &row : rows.value()) {
        const qint64 utc = row.bucket * 3600;
        while (next < transitions.size() && transitions.at(next).atUtc.toSecsSinceEpoch() <= utc) {
            offset = transitions.at(next).offsetFromUtc;
            ++next;
        }
        const qint64 local = utc + offset;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const qint64 weekday = ((days + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday
        const qint64 hour = (local - days * 86400) / 3600;
        counts[size_t(weekday)][size_t(hour)] += row.reports;
        total += row.reports;
    }

    QJsonArray matrix;
    for (const auto &day : counts) {
        QJsonArray hours;
        for (const qint64 value : day)
            hours.append(value);
        matrix.append(hours);
    }
    QJsonArray hourLabels;
    for (int hour = 0; hour < 24; ++hour)
        hourLabels.append(hour);
    QJsonObject body = periodJson(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("weekdays"),
                QJsonArray{QStringLiteral("monday"), QStringLiteral("tuesday"),
                           QStringLiteral("wednesday"), QStringLiteral("thursday"),
                           QStringLiteral("friday"), QStringLiteral("saturday"),
                           QStringLiteral("sunday")});
    body.insert(QStringLiteral("hours"), hourLabels);
    body.insert(QStringLiteral("counts"), matrix);
    body.insert(QStringLiteral("total"), total);
    return jsonResponse(body);
}

} // namespace ehb::server
