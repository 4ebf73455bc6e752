#include "ui/analysis/monthlyreportmaker.h"

#include "export/monthlypdf.h"
#include "net/statsclient.h"
#include "ui/analysis/analysisfilters.h"
#include "ui/analysis/availabilitymodel.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include <QTimeZone>

#include <cmath>

namespace ehb {

namespace {

double parameter(const stats::Episodes &episodes, const QString &name, double fallback)
{
    for (const auto &[key, value] : episodes.parameters) {
        if (key == name)
            return value;
    }
    return fallback;
}

// The server sent the ranges of the downtime (and of the episodes).
bool hasRanges(const stats::Episodes &episodes)
{
    return std::any_of(episodes.services.cbegin(), episodes.services.cend(),
                       [](const stats::ServiceAvailability &service) { return service.hasRange; });
}

exporting::MethodParameters methodOf(const stats::Episodes &episodes)
{
    exporting::MethodParameters method;
    method.graceMinutes =
        int(std::lround(parameter(episodes, QStringLiteral("grace_minutes"), method.graceMinutes)));
    method.mergeGapMinutes = int(std::lround(
        parameter(episodes, QStringLiteral("merge_gap_minutes"), method.mergeGapMinutes)));
    method.minInstallations = int(std::lround(
        parameter(episodes, QStringLiteral("min_installations"), method.minInstallations)));
    method.minOverlap =
        int(std::lround(parameter(episodes, QStringLiteral("min_overlap"), method.minOverlap)));
    method.peakFraction = parameter(episodes, QStringLiteral("peak_fraction"), method.peakFraction);
    method.maxCoverHours = int(std::lround(
        parameter(episodes, QStringLiteral("max_cover_minutes"), method.maxCoverHours * 60.0) /
        60));
    method.chanceLevel = parameter(episodes, QStringLiteral("chance_level"), method.chanceLevel);
    method.clickReachHours = int(std::lround(
        parameter(episodes, QStringLiteral("click_reach_minutes"), method.clickReachHours * 60.0) /
        60));
    method.slaTarget = episodes.slaTarget;
    method.ranges = hasRanges(episodes);
    return method;
}

QImage chartImage(const ChartWidget &chart)
{
    return chart.exportImage(chart.exportSize(), 2);
}

} // namespace

MonthlyReportMaker::MonthlyReportMaker(QObject *parent)
    : QObject(parent)
    , m_client(new StatsClient(this))
{
    connect(m_client, &StatsClient::frequencyReady, this,
            [this](const stats::Frequency &answer) { m_frequency = answer; });
    connect(m_client, &StatsClient::heatmapReady, this,
            [this](const stats::Heatmap &answer) { m_heatmap = answer; });
    connect(m_client, &StatsClient::episodesReady, this,
            [this](const stats::Episodes &answer) { m_episodes = answer; });
    connect(m_client, &StatsClient::breakdownReady, this,
            [this](const stats::Breakdown &answer) { m_breakdown = answer; });
    connect(m_client, &StatsClient::failed, this,
            [this](StatsClient::Part, const QString &message) { m_problems.append(message); });
    connect(m_client, &StatsClient::finished, this, &MonthlyReportMaker::onFinished);
}

void MonthlyReportMaker::setServer(const QUrl &url, const QString &token)
{
    m_client->setServerUrl(url);
    m_client->setToken(token);
}

bool MonthlyReportMaker::isBusy() const
{
    return m_client->isBusy();
}

stats::Query MonthlyReportMaker::monthQuery(const QDate &month)
{
    const QTimeZone zone(AnalysisFilters::zoneId().toUtf8());
    const QDate first(month.year(), month.month(), 1);
    stats::Query query;
    query.tz = AnalysisFilters::zoneId();
    query.bucket = QStringLiteral("day");
    query.from = QDateTime(first, QTime(0, 0), zone).toUTC();
    query.to = QDateTime(first.addMonths(1), QTime(0, 0), zone).toUTC();
    return query;
}

void MonthlyReportMaker::start(const QDate &month, const QString &path)
{
    m_month = month;
    m_path = path;
    m_problems.clear();
    m_frequency.reset();
    m_heatmap.reset();
    m_episodes.reset();
    m_breakdown.reset();
    m_client->refresh(monthQuery(month));
}

void MonthlyReportMaker::onFinished(int failures)
{
    if (failures > 0 || !m_frequency || !m_heatmap || !m_episodes || !m_breakdown) {
        Q_EMIT finished(
            false,
            tr("The monthly report was not made. %1").arg(m_problems.join(QLatin1Char('\n'))));
        return;
    }
    const exporting::MonthlyReport report =
        build(m_month, *m_frequency, *m_heatmap, *m_episodes, *m_breakdown);
    const Result<void> written = exporting::writeMonthlyPdf(report, m_path);
    if (!written) {
        Q_EMIT finished(false, written.error());
        return;
    }
    Q_EMIT finished(true, tr("The monthly report is saved: %1").arg(m_path));
}

exporting::MonthlyReport MonthlyReportMaker::build(const QDate &month,
                                                   const stats::Frequency &frequency,
                                                   const stats::Heatmap &heatmap,
                                                   const stats::Episodes &episodes,
                                                   const stats::Breakdown &breakdown)
{
    exporting::MonthlyReport report;
    report.locale = QLocale();
    report.month = month;
    report.tz = episodes.tz.isEmpty() ? AnalysisFilters::zoneId() : episodes.tz;
    report.method = methodOf(episodes);
    report.ranges = report.method.ranges;
    const QLocale &locale = report.locale;
    // Minutes on paper: with their range when the server sent one.
    const auto minutes = [&](double value, double low, double high) {
        return report.ranges ? exporting::ExportCells::minutesRange(locale, value, low, high)
                             : exporting::ExportCells::minutes(locale, value);
    };

    // Summary figures.
    double downtime = 0;
    double downtimeLow = 0;
    double downtimeHigh = 0;
    int below = 0;
    const stats::ServiceAvailability *worst = nullptr;
    for (const stats::ServiceAvailability &service : episodes.services) {
        downtime += service.downtimeMinutes;
        downtimeLow += service.downtimeLowMinutes;
        downtimeHigh += service.downtimeHighMinutes;
        below += service.meetsSla ? 0 : 1;
        if (!worst || service.availability < worst->availability)
            worst = &service;
    }
    report.summary.append({tr("Reports"), ChartStyle::count(breakdown.reports)});
    report.summary.append({tr("Outage episodes"), ChartStyle::count(episodes.episodes.size())});
    report.summary.append(
        {tr("Downtime, all services together"), minutes(downtime, downtimeLow, downtimeHigh)});
    report.summary.append({tr("Services below the SLA target"),
                           tr("%1 of %2").arg(below).arg(episodes.services.size())});
    if (worst && worst->availability < 1)
        report.summary.append({tr("Least available service"),
                               tr("%1 (%2)").arg(ChartStyle::serviceName(worst->service),
                                                 ChartStyle::percent(worst->availability))});
    if (!breakdown.symptoms.isEmpty() && breakdown.symptoms.constFirst().reports > 0) {
        RankingChart symptoms(RankingChart::Kind::Symptoms);
        report.summary.append(
            {tr("Most reported symptom"), symptoms.label(breakdown.symptoms.constFirst().key)});
    }

    // Charts, drawn offscreen.
    FrequencyChart frequencyChart;
    frequencyChart.setData(frequency);
    HeatmapChart heatmapChart;
    heatmapChart.setData(heatmap);
    TimelineChart timelineChart;
    timelineChart.setData(episodes);
    RankingChart symptomsChart(RankingChart::Kind::Symptoms);
    symptomsChart.setData(breakdown.symptoms, breakdown.reports);
    RankingChart provincesChart(RankingChart::Kind::Provinces);
    provincesChart.setData(breakdown.provinces, breakdown.reports);
    RankingChart softwareChart(RankingChart::Kind::Software);
    softwareChart.setData(breakdown.software, breakdown.reports);
    for (const ChartWidget *chart : std::initializer_list<const ChartWidget *>{
             &frequencyChart, &heatmapChart, &timelineChart, &symptomsChart, &provincesChart,
             &softwareChart})
        report.charts.append({chart->caption(), chartImage(*chart)});

    // Tables.
    report.availability.headers = {tr("Service"), tr("Downtime"), tr("Availability (%)"),
                                   tr("Availability, working hours (%)"), tr("SLA met")};
    AvailabilityModel model;
    model.setData(episodes);
    for (const stats::ServiceAvailability &service : model.episodes().services)
        report.availability.rows.append(
            {ChartStyle::serviceName(service.service),
             minutes(service.downtimeMinutes, service.downtimeLowMinutes,
                     service.downtimeHighMinutes),
             std::round(service.availability * 1e6) / 1e4,
             std::round(service.workingAvailability * 1e6) / 1e4, service.meetsSla});
    // The episodes as the timeline has them, the service's name only (enough on paper), the
    // minutes with their range; the edges' ranges are in the CSV.
    QTimeZone zone(report.tz.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    report.episodes.headers = {tr("Service"),  tr("Start"),   tr("End"),
                               tr("Duration"), tr("Reports"), tr("Practices")};
    for (const stats::Episode &episode : timelineChart.data().episodes)
        report.episodes.rows.append(
            {ChartStyle::serviceName(episode.service), episode.start.toTimeZone(zone),
             episode.end.toTimeZone(zone),
             minutes(episode.minutes, episode.minutesLow, episode.minutesHigh), episode.reports,
             episode.installations});
    return report;
}

} // namespace ehb
