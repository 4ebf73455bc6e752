#include "statssamples.h"

#include "core/servicecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <optional>

namespace ehb::test::samples {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject period(const char *from, const char *to)
{
    return {{QStringLiteral("from"), QString::fromLatin1(from)},
            {QStringLiteral("to"), QString::fromLatin1(to)},
            {QStringLiteral("tz"), QStringLiteral("Europe/Brussels")}};
}

QJsonArray counts(std::initializer_list<std::pair<const char *, int>> items)
{
    QJsonArray array;
    for (const auto &[key, reports] : items)
        array.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                                 {QStringLiteral("reports"), reports}});
    return array;
}

// One set of impact figures, with the money values when `hourly` is set.
QJsonObject impactFigures(int reports, int withImpact, int installations, double minutes,
                          QJsonValue median, int minutesReports, int without, QJsonValue estimated,
                          double patients, QJsonValue patientsMedian, std::array<int, 4> fallback,
                          std::optional<double> hourly)
{
    QJsonObject figures{
        {QStringLiteral("reports"), reports},
        {QStringLiteral("reports_with_impact"), withImpact},
        {QStringLiteral("installations"), installations},
        {QStringLiteral("minutes_lost_reported"), minutes},
        {QStringLiteral("minutes_lost_median"), median},
        {QStringLiteral("minutes_lost_reports"), minutesReports},
        {QStringLiteral("installations_without_minutes"), without},
        {QStringLiteral("minutes_lost_estimated"), estimated},
        {QStringLiteral("patients_reported"), patients},
        {QStringLiteral("patients_median"), patientsMedian},
        {QStringLiteral("patients_reports"), withImpact},
        {QStringLiteral("fallback"), QJsonObject{{QStringLiteral("none"), fallback[0]},
                                                 {QStringLiteral("paper"), fallback[1]},
                                                 {QStringLiteral("later"), fallback[2]},
                                                 {QStringLiteral("other"), fallback[3]}}}};
    if (hourly) {
        figures.insert(QStringLiteral("value_lost_reported"), minutes * *hourly / 60);
        figures.insert(QStringLiteral("value_lost_estimated"),
                       estimated.isNull() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(estimated.toDouble() * *hourly / 60));
    }
    return figures;
}

QJsonObject withKeys(QJsonObject figures, const QJsonObject &keys)
{
    for (auto it = keys.begin(); it != keys.end(); ++it)
        figures.insert(it.key(), it.value());
    return figures;
}

} // namespace

QByteArray frequency()
{
    QJsonObject body = period("2025-03-03T00:00:00+01:00", "2025-03-06T00:00:00+01:00");
    body.insert(QStringLiteral("bucket"), QStringLiteral("day"));
    body.insert(QStringLiteral("buckets"), QJsonArray{QStringLiteral("2025-03-03T00:00:00+01:00"),
                                                      QStringLiteral("2025-03-04T00:00:00+01:00"),
                                                      QStringLiteral("2025-03-05T00:00:00+01:00")});
    // Alphabetical, as the server sends them: the chart puts them in catalogue order.
    body.insert(QStringLiteral("services"),
                QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("ehealthbox")},
                                       {QStringLiteral("reports"), QJsonArray{2, 0, 7}},
                                       {QStringLiteral("installations"), QJsonArray{2, 0, 5}}},
                           QJsonObject{{QStringLiteral("service"), QStringLiteral("recip-e")},
                                       {QStringLiteral("reports"), QJsonArray{5, 10, 0}},
                                       {QStringLiteral("installations"), QJsonArray{4, 8, 0}}}});
    return compact(body);
}

QByteArray heatmap()
{
    QJsonObject body = period("2025-03-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    QJsonArray rows;
    for (int day = 0; day < 7; ++day) {
        QJsonArray hours;
        for (int hour = 0; hour < 24; ++hour) {
            int count = 0;
            if (day == 0 && hour == 9)
                count = 40;
            else if (day == 1 && hour == 14)
                count = 10;
            else if (day == 6 && hour == 23)
                count = 20;
            hours.append(count);
        }
        rows.append(hours);
    }
    QJsonArray hourLabels;
    for (int hour = 0; hour < 24; ++hour)
        hourLabels.append(hour);
    body.insert(QStringLiteral("weekdays"),
                QJsonArray{QStringLiteral("monday"), QStringLiteral("tuesday"),
                           QStringLiteral("wednesday"), QStringLiteral("thursday"),
                           QStringLiteral("friday"), QStringLiteral("saturday"),
                           QStringLiteral("sunday")});
    body.insert(QStringLiteral("hours"), hourLabels);
    body.insert(QStringLiteral("counts"), rows);
    body.insert(QStringLiteral("total"), 70);
    return compact(body);
}

QByteArray episodes()
{
    QJsonObject body = period("2025-03-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    body.insert(QStringLiteral("sla_target"), 0.999);
    body.insert(QStringLiteral("parameters"),
                QJsonObject{{QStringLiteral("grace_minutes"), 30},
                            {QStringLiteral("merge_gap_minutes"), 15},
                            {QStringLiteral("min_installations"), 3}});
    body.insert(
        QStringLiteral("episodes"),
        QJsonArray{
            QJsonObject{{QStringLiteral("service"), QStringLiteral("recip-e")},
                        {QStringLiteral("start"), QStringLiteral("2025-03-05T08:00:00Z")},
                        {QStringLiteral("end"), QStringLiteral("2025-03-05T09:00:00Z")},
                        {QStringLiteral("minutes"), 60},
                        {QStringLiteral("start_earliest"), QStringLiteral("2025-03-05T07:55:00Z")},
                        {QStringLiteral("start_latest"), QStringLiteral("2025-03-05T08:05:00Z")},
                        {QStringLiteral("end_earliest"), QStringLiteral("2025-03-05T08:50:00Z")},
                        {QStringLiteral("end_latest"), QStringLiteral("2025-03-05T09:02:00Z")},
                        {QStringLiteral("minutes_low"), 45},
                        {QStringLiteral("minutes_high"), 67},
                        {QStringLiteral("reports"), 17},
                        {QStringLiteral("installations"), 12}},
            QJsonObject{{QStringLiteral("service"), QStringLiteral("ehealthbox")},
                        {QStringLiteral("start"), QStringLiteral("2025-03-20T12:00:00Z")},
                        {QStringLiteral("end"), QStringLiteral("2025-03-20T12:30:00Z")},
                        {QStringLiteral("minutes"), 30},
                        {QStringLiteral("start_earliest"), QStringLiteral("2025-03-20T12:00:00Z")},
                        {QStringLiteral("start_latest"), QStringLiteral("2025-03-20T12:27:00Z")},
                        {QStringLiteral("end_earliest"), QStringLiteral("2025-03-20T12:30:00Z")},
                        {QStringLiteral("end_latest"), QStringLiteral("2025-03-20T12:30:00Z")},
                        {QStringLiteral("minutes_low"), 3},
                        {QStringLiteral("minutes_high"), 30},
                        {QStringLiteral("reports"), 5},
                        {QStringLiteral("installations"), 4}}});
    QJsonArray services;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        double downtime = 0;
        double low = 0;
        double high = 0;
        int count = 0;
        if (service.id == QLatin1String("recip-e")) {
            downtime = 60;
            low = 45;
            high = 67;
            count = 1;
        } else if (service.id == QLatin1String("ehealthbox")) {
            downtime = 30;
            low = 3;
            high = 30;
            count = 1;
        }
        const double minutes = 31 * 24 * 60 - 60; // March 2025 has a 23-hour day
        const double availability = 1 - downtime / minutes;
        services.append(
            QJsonObject{{QStringLiteral("service"), service.id},
                        {QStringLiteral("episodes"), count},
                        {QStringLiteral("downtime_minutes"), downtime},
                        {QStringLiteral("downtime_low"), low},
                        {QStringLiteral("downtime_high"), high},
                        {QStringLiteral("availability"), availability},
                        {QStringLiteral("working_downtime_minutes"), downtime},
                        {QStringLiteral("working_downtime_low"), low},
                        {QStringLiteral("working_downtime_high"), high},
                        {QStringLiteral("working_availability"), 1 - downtime / (21 * 600.0)},
                        {QStringLiteral("meets_sla"), availability >= 0.999}});
    }
    body.insert(QStringLiteral("services"), services);
    return compact(body);
}

QByteArray breakdown()
{
    QJsonObject body = period("2025-03-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    body.insert(QStringLiteral("reports"), 100);
    body.insert(QStringLiteral("symptoms"),
                counts({{"timeout", 60}, {"unreachable", 30}, {"slow", 10}}));
    body.insert(QStringLiteral("software"),
                counts({{"HealthOne", 50}, {"CareConnect", 30}, {"", 20}}));
    body.insert(QStringLiteral("provinces"), counts({{"BE-BRU", 25},
                                                     {"BE-WBR", 0},
                                                     {"BE-VBR", 0},
                                                     {"BE-VAN", 40},
                                                     {"BE-VLI", 0},
                                                     {"BE-WLG", 15},
                                                     {"BE-WNA", 0},
                                                     {"BE-WHT", 0},
                                                     {"BE-WLX", 0},
                                                     {"BE-VWV", 0},
                                                     {"BE-VOV", 0},
                                                     {"", 20}}));
    return compact(body);
}

QByteArray live()
{
    QJsonArray services;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        QJsonObject item{{QStringLiteral("service"), service.id},
                         {QStringLiteral("reports"), QJsonValue::Null},
                         {QStringLiteral("installations"), QJsonValue::Null},
                         {QStringLiteral("level"), QStringLiteral("normal")}};
        if (service.id == QLatin1String("recip-e")) {
            item.insert(QStringLiteral("reports"), 5);
            item.insert(QStringLiteral("installations"), 4);
            item.insert(QStringLiteral("level"), QStringLiteral("outage"));
        } else if (service.id == QLatin1String("ehealthbox")) {
            item.insert(QStringLiteral("level"), QStringLiteral("possible"));
        }
        services.append(item);
    }
    return compact(QJsonObject{{QStringLiteral("minutes"), 30},
                               {QStringLiteral("at"), QStringLiteral("2025-03-05T08:30:00Z")},
                               {QStringLiteral("services"), services}});
}

} // namespace ehb::test::samples

namespace ehb::test::samples {

QByteArray impact(bool hourlyValue)
{
    const std::optional<double> hourly =
        hourlyValue ? std::optional<double>(90) : std::optional<double>();
    const QJsonValue null(QJsonValue::Null);
    QJsonObject body = period("2025-03-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    body.insert(QStringLiteral("hourly_value"), hourly ? QJsonValue(*hourly) : null);
    QJsonArray services;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        QJsonObject figures;
        if (service.id == QLatin1String("recip-e"))
            figures = impactFigures(20, 8, 14, 240, 30, 8, 6, 180, 40, 5, {1, 4, 2, 1}, hourly);
        else if (service.id == QLatin1String("ehealthbox"))
            figures = impactFigures(6, 2, 5, 45, 22.5, 2, 3, 67.5, 6, 3, {0, 2, 0, 0}, hourly);
        else
            figures = impactFigures(0, 0, 0, 0, null, 0, 0, null, 0, null, {}, hourly);
        services.append(withKeys(figures, {{QStringLiteral("service"), service.id}}));
    }
    body.insert(QStringLiteral("services"), services);
    body.insert(
        QStringLiteral("episodes"),
        QJsonArray{
            withKeys(impactFigures(17, 7, 12, 210, 30, 7, 5, 150, 35, 5, {1, 4, 1, 1}, hourly),
                     {{QStringLiteral("id"), QStringLiteral("recip-e@2025-03-05T08:00:00Z")},
                      {QStringLiteral("service"), QStringLiteral("recip-e")},
                      {QStringLiteral("start"), QStringLiteral("2025-03-05T08:00:00Z")},
                      {QStringLiteral("end"), QStringLiteral("2025-03-05T09:00:00Z")}}),
            withKeys(impactFigures(5, 2, 4, 45, 22.5, 2, 2, 45, 6, 3, {0, 2, 0, 0}, hourly),
                     {{QStringLiteral("id"), QStringLiteral("ehealthbox@2025-03-20T12:00:00Z")},
                      {QStringLiteral("service"), QStringLiteral("ehealthbox")},
                      {QStringLiteral("start"), QStringLiteral("2025-03-20T12:00:00Z")},
                      {QStringLiteral("end"), QStringLiteral("2025-03-20T12:30:00Z")}})});
    body.insert(QStringLiteral("totals"),
                impactFigures(26, 10, 19, 285, 25, 10, 9, 225, 46, 4, {1, 6, 2, 1}, hourly));
    return compact(body);
}

QByteArray official()
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject body = period("2025-03-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    body.insert(QStringLiteral("late_window_minutes"), 60);
    body.insert(
        QStringLiteral("episodes"),
        QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("recip-e@2025-03-05T08:00:00Z")},
                        {QStringLiteral("service"), QStringLiteral("recip-e")},
                        {QStringLiteral("start"), QStringLiteral("2025-03-05T08:00:00Z")},
                        {QStringLiteral("end"), QStringLiteral("2025-03-05T09:00:00Z")},
                        {QStringLiteral("minutes"), 60},
                        {QStringLiteral("reports"), 17},
                        {QStringLiteral("installations"), 12},
                        {QStringLiteral("official_status"), QStringLiteral("partial_outage")},
                        {QStringLiteral("acknowledged_at"), QStringLiteral("2025-03-05T08:25:00Z")},
                        {QStringLiteral("lag_minutes"), 25},
                        {QStringLiteral("official_end"), QStringLiteral("2025-03-05T09:40:00Z")},
                        {QStringLiteral("official_end_after_end_minutes"), 40}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("ehealthbox@2025-03-20T12:00:00Z")},
                        {QStringLiteral("service"), QStringLiteral("ehealthbox")},
                        {QStringLiteral("start"), QStringLiteral("2025-03-20T12:00:00Z")},
                        {QStringLiteral("end"), QStringLiteral("2025-03-20T12:30:00Z")},
                        {QStringLiteral("minutes"), 30},
                        {QStringLiteral("reports"), 5},
                        {QStringLiteral("installations"), 4},
                        {QStringLiteral("official_status"), QStringLiteral("operational")},
                        {QStringLiteral("acknowledged_at"), null},
                        {QStringLiteral("lag_minutes"), null},
                        {QStringLiteral("official_end"), null},
                        {QStringLiteral("official_end_after_end_minutes"), null}}});
    body.insert(
        QStringLiteral("unreported"),
        QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("chapter-iv")},
                               {QStringLiteral("start"), QStringLiteral("2025-03-12T10:00:00Z")},
                               {QStringLiteral("end"), QStringLiteral("2025-03-12T11:30:00Z")},
                               {QStringLiteral("status"), QStringLiteral("major_outage")},
                               {QStringLiteral("minutes"), 90}}});
    QJsonArray services;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        const bool recipe = service.id == QLatin1String("recip-e");
        const bool box = service.id == QLatin1String("ehealthbox");
        services.append(
            QJsonObject{{QStringLiteral("service"), service.id},
                        {QStringLiteral("acknowledged"), recipe ? 1 : 0},
                        {QStringLiteral("unacknowledged"), box ? 1 : 0},
                        {QStringLiteral("unacknowledged_minutes"), box ? 30 : 0},
                        {QStringLiteral("median_lag_minutes"), recipe ? QJsonValue(25) : null}});
    }
    body.insert(QStringLiteral("services"), services);
    return compact(body);
}

QByteArray officialChanges()
{
    QJsonObject body = period("2000-01-01T00:00:00+01:00", "2025-04-01T00:00:00+02:00");
    QJsonArray changes;
    const auto change = [&changes](const char *component, int sequence, const char *service,
                                   const char *from, const char *to, const char *at) {
        const QJsonValue null(QJsonValue::Null);
        changes.append(QJsonObject{
            {QStringLiteral("component_id"), QString::fromLatin1(component)},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("name"), QStringLiteral("Component %1").arg(QLatin1String(component))},
            {QStringLiteral("service"), service ? QJsonValue(QLatin1String(service)) : null},
            {QStringLiteral("old_status"), from ? QJsonValue(QLatin1String(from)) : null},
            {QStringLiteral("new_status"), QLatin1String(to)},
            {QStringLiteral("seen_at"), QLatin1String(at)}});
    };
    change("1", 1, "recip-e", nullptr, "operational", "2025-02-01T00:00:00Z");
    change("2", 1, "ehealthbox", nullptr, "operational", "2025-02-01T00:00:00Z");
    change("9", 1, nullptr, nullptr, "major_outage", "2025-02-01T00:00:00Z");
    change("1", 2, "recip-e", "operational", "partial_outage", "2025-03-05T08:25:00Z");
    change("1", 3, "recip-e", "partial_outage", "operational", "2025-03-05T09:40:00Z");
    change("3", 1, "chapter-iv", nullptr, "operational", "2025-03-10T00:00:00Z");
    change("3", 2, "chapter-iv", "operational", "major_outage", "2025-03-12T10:00:00Z");
    change("3", 3, "chapter-iv", "major_outage", "operational", "2025-03-12T11:30:00Z");
    change("2", 2, "ehealthbox", "operational", "unknown", "2025-03-25T06:00:00Z");
    change("2", 3, "ehealthbox", "unknown", "operational", "2025-03-25T08:00:00Z");
    body.insert(QStringLiteral("changes"), changes);
    return compact(body);
}

} // namespace ehb::test::samples
