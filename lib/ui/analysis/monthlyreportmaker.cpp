#include "ui/analysis/monthlyreportmaker.h"

#include "export/monthlypdf.h"
#include "net/statsclient.h"
#include "ui/analysis/analysisfilters.h"
#include "ui/analysis/availabilitymodel.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/impactmodel.h"
#include "ui/analysis/officialmodel.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include <QTimeZone>

#include <cmath>
#include <functional>

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
    connect(m_client, &StatsClient::impactReady, this,
            [this](const stats::Impact &answer) { m_impact = answer; });
    connect(m_client, &StatsClient::officialReady, this,
            [this](const stats::Official &answer) { m_official = answer; });
    connect(m_client, &StatsClient::officialChangesReady, this,
            [this](const stats::OfficialChanges &answer) { m_changes = answer; });
    // The impact figures and the official record are additions: without them the report is
    // still made, and their sections say why they are missing (the lanes are just left out).
    connect(m_client, &StatsClient::failed, this,
            [this](StatsClient::Part part, const QString &message) {
                switch (part) {
                case StatsClient::Impact:
                    m_impactProblem = message;
                    break;
                case StatsClient::Official:
                    m_officialProblem = message;
                    break;
                case StatsClient::OfficialChanges:
                    break;
                default:
                    m_problems.append(message);
                }
            });
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
    m_impact.reset();
    m_official.reset();
    m_changes.reset();
    m_impactProblem.clear();
    m_officialProblem.clear();
    m_client->refresh(monthQuery(month));
}

void MonthlyReportMaker::onFinished(int)
{
    if (!m_problems.isEmpty() || !m_frequency || !m_heatmap || !m_episodes || !m_breakdown) {
        Q_EMIT finished(
            false,
            tr("The monthly report was not made. %1").arg(m_problems.join(QLatin1Char('\n'))));
        return;
    }
    exporting::MonthlyReport report = build(m_month, *m_frequency, *m_heatmap, *m_episodes,
                                            *m_breakdown, m_impact, m_official, m_changes);
    report.impactProblem = m_impactProblem;
    report.officialProblem = m_officialProblem;
    const Result<void> written = exporting::writeMonthlyPdf(report, m_path);
    if (!written) {
        Q_EMIT finished(false, written.error());
        return;
    }
    Q_EMIT finished(true, tr("The monthly report is saved: %1").arg(m_path));
}

exporting::MonthlyReport MonthlyReportMaker::build(
    const QDate &month, const stats::Frequency &frequency, const stats::Heatmap &heatmap,
    const stats::Episodes &episodes, const stats::Breakdown &breakdown,
    const std::optional<stats::Impact> &impact, const std::optional<stats::Official> &official,
    const std::optional<stats::OfficialChanges> &changes)
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
    if (changes)
        timelineChart.setOfficialChanges(*changes);
    if (official)
        timelineChart.setOfficial(*official);
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
    if (impact)
        addImpact(report, *impact);
    if (official)
        addOfficial(report, *official);
    return report;
}

void MonthlyReportMaker::addImpact(exporting::MonthlyReport &report, const stats::Impact &impact)
{
    report.hasImpact = true;
    const stats::ImpactFigures &totals = impact.totals;
    const auto optionalDuration = [](const std::optional<double> &minutes) {
        return minutes ? ChartStyle::duration(*minutes) : QStringLiteral("–");
    };
    report.impactSummary = {
        {tr("Reports that gave an impact"),
         tr("%1 of %2")
             .arg(ChartStyle::count(totals.reportsWithImpact), ChartStyle::count(totals.reports))},
        {tr("Practices that reported"), ChartStyle::count(totals.installations)},
        {tr("Minutes lost, as reported"), ChartStyle::duration(totals.minutesLostReported)},
        {tr("Median minutes lost per report"), optionalDuration(totals.minutesLostMedian)},
        {tr("Estimate for the practices that gave no minutes"),
         totals.minutesLostEstimated
             ? tr("≈ %1 (an estimate)").arg(ChartStyle::duration(*totals.minutesLostEstimated))
             : QStringLiteral("–")},
        {tr("Patients affected, as reported"),
         ChartStyle::count(qint64(std::llround(totals.patientsReported)))},
        {tr("Fallback used"), ImpactModel::fallbackMix(totals)}};
    if (impact.hourlyValue) {
        report.impactSummary.append(
            {tr("Value lost, as reported"), ImpactModel::money(*totals.valueLostReported)});
        if (totals.valueLostEstimated)
            report.impactSummary.append(
                {tr("Value lost, estimate"), ImpactModel::money(*totals.valueLostEstimated)});
    }
    report.impactNote = ImpactModel::estimateBasis(totals);
    if (impact.hourlyValue)
        report.impactNote += QLatin1Char(' ') + ImpactModel::hourlyValueText(*impact.hourlyValue);

    // On paper: the brief names and the reported value only (the estimated one is in the
    // summary), so that the columns keep room for their headings.
    report.impactServices.headers = {tr("Service"),           tr("Reports"),
                                     tr("With an impact"),    tr("Minutes lost, reported"),
                                     tr("Median per report"), tr("Estimate for practices without"),
                                     tr("Patients")};
    if (impact.hourlyValue)
        report.impactServices.headers.append(tr("Value lost, reported"));
    ImpactModel model;
    model.setData(impact);
    for (const stats::ServiceImpact &row : model.rows()) {
        const stats::ImpactFigures &figures = row.figures;
        QVariantList cells{ChartStyle::serviceName(row.service, true),
                           figures.reports,
                           figures.reportsWithImpact,
                           ChartStyle::duration(figures.minutesLostReported),
                           optionalDuration(figures.minutesLostMedian),
                           optionalDuration(figures.minutesLostEstimated),
                           qint64(std::llround(figures.patientsReported))};
        if (impact.hourlyValue)
            cells.append(ImpactModel::money(figures.valueLostReported.value_or(0)));
        report.impactServices.rows.append(cells);
    }

    // The five episodes that cost the most minutes, as reported (then estimated).
    QList<stats::EpisodeImpact> episodes;
    for (const stats::EpisodeImpact &episode : impact.episodes) {
        if (episode.figures.minutesLostReported > 0 || episode.figures.minutesLostEstimated)
            episodes.append(episode);
    }
    std::stable_sort(episodes.begin(), episodes.end(),
                     [](const stats::EpisodeImpact &a, const stats::EpisodeImpact &b) {
                         if (a.figures.minutesLostReported != b.figures.minutesLostReported)
                             return a.figures.minutesLostReported > b.figures.minutesLostReported;
                         return a.figures.minutesLostEstimated.value_or(0) >
                                b.figures.minutesLostEstimated.value_or(0);
                     });
    QTimeZone zone(report.tz.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    report.impactEpisodes.headers = {tr("Service"),
                                     tr("Start"),
                                     tr("End"),
                                     tr("Minutes lost, reported"),
                                     tr("Estimate for practices without"),
                                     tr("Reports")};
    for (const stats::EpisodeImpact &episode : episodes.mid(0, 5))
        report.impactEpisodes.rows.append(
            {ChartStyle::serviceName(episode.service, true), episode.start.toTimeZone(zone),
             episode.end.toTimeZone(zone),
             ChartStyle::duration(episode.figures.minutesLostReported),
             optionalDuration(episode.figures.minutesLostEstimated), episode.figures.reports});
}

namespace {

// A table of the Analysis view for paper (times and counts as values, the rest as on screen):
// its headers on one line each,
// the rows for which `keep` says so, the columns `columns` (all when empty).
exporting::Table printed(const OfficialModel &model, const QList<int> &columns = {},
                         const std::function<bool(int)> &keep = {})
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            shown.append(column);
    }
    exporting::Table table;
    for (const int column : std::as_const(shown))
        table.headers.append(model.headerData(column, Qt::Horizontal)
                                 .toString()
                                 .replace(QLatin1Char('\n'), QLatin1Char(' ')));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (keep && !keep(row))
            continue;
        QVariantList cells;
        for (const int column : std::as_const(shown))
            cells.append(model.data(model.index(row, column), OfficialModel::ValueRole));
        table.rows.append(cells);
    }
    return table;
}

} // namespace

void MonthlyReportMaker::addOfficial(exporting::MonthlyReport &report,
                                     const stats::Official &official)
{
    report.hasOfficial = true;
    report.officialLateWindowMinutes = int(official.lateWindowMinutes);
    int admitted = 0;
    int episodes = 0;
    qint64 neverMinutes = 0;
    for (const stats::OfficialServiceSummary &summary : official.services) {
        admitted += summary.acknowledged;
        episodes += summary.acknowledged + summary.unacknowledged;
        neverMinutes += summary.unacknowledgedMinutes;
    }
    const std::optional<double> lag = OfficialModel::medianLag(official);
    report.officialSummary = {
        {tr("Outage episodes admitted by the official status page"),
         tr("%1 of %2").arg(ChartStyle::count(admitted), ChartStyle::count(episodes))},
        {tr("Median lag before it admitted one"),
         lag ? OfficialModel::lagText(std::llround(*lag)) : QStringLiteral("–")},
        {tr("Outage episodes never admitted"), ChartStyle::count(episodes - admitted)},
        {tr("Minutes of outage never admitted"), ChartStyle::duration(double(neverMinutes))},
        {tr("Official outages that no GP reported"),
         ChartStyle::count(official.unreported.size())}};

    OfficialModel services(OfficialModel::Kind::Services);
    services.setData(official);
    report.officialServices = printed(services);
    // The episodes never admitted: what GPs lived through and the status page did not say.
    OfficialModel episodesModel(OfficialModel::Kind::Episodes);
    episodesModel.setData(official);
    report.officialUnadmitted =
        printed(episodesModel,
                {OfficialModel::ServiceColumn, OfficialModel::StartColumn, OfficialModel::EndColumn,
                 OfficialModel::DurationColumn, OfficialModel::StatusColumn},
                [&episodesModel](int row) { return !episodesModel.isAdmitted(row); });
    OfficialModel unreported(OfficialModel::Kind::Unreported);
    unreported.setData(official);
    report.officialUnreported = printed(unreported);
}

} // namespace ehb
