#include "ui/analysis/analysisview.h"

#include "net/statsclient.h"
#include "ui/analysis/analysisexport.h"
#include "ui/analysis/analysisfilters.h"
#include "ui/analysis/availabilityview.h"
#include "ui/analysis/chartpanel.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/impactchart.h"
#include "ui/analysis/impactview.h"
#include "ui/analysis/monthlyreportmaker.h"
#include "ui/analysis/noticespanel.h"
#include "ui/analysis/officialview.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include <QAccessible>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace ehb {

namespace {

// Filters often change in a burst (a preset sets the dates and the bucket): ask once.
constexpr int DebounceMs = 250;

} // namespace

AnalysisView::AnalysisView(QWidget *parent)
    : QWidget(parent)
    , m_filters(new AnalysisFilters(this))
    , m_client(new StatsClient(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_frequency(new FrequencyChart)
    , m_heatmap(new HeatmapChart)
    , m_availability(new AvailabilityView)
    , m_timeline(new TimelineChart)
    , m_impact(new ImpactView)
    , m_impactChart(new ImpactChart)
    , m_official(new OfficialView)
    , m_symptoms(new RankingChart(RankingChart::Kind::Symptoms))
    , m_software(new RankingChart(RankingChart::Kind::Software))
    , m_provinces(new RankingChart(RankingChart::Kind::Provinces))
    , m_debounce(new QTimer(this))
    , m_monthly(new MonthlyReportMaker(this))
{
    setObjectName(QStringLiteral("analysisView"));

    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_problemsLabel->setObjectName(QStringLiteral("analysisProblems"));
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problemsLabel->hide();
    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_summary->setFont(bigger);

    // The charts: frequency across; the availability table across (what the authorities ask
    // about first); the episodes' timeline; then the heatmap and the three rankings in pairs.
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("analysisCharts"));
    auto *grid = new QGridLayout(charts);
    grid->addWidget(addPanel(m_frequency, m_frequency), 0, 0, 1, 2);
    grid->addWidget(addPanel(m_availability, m_availability), 1, 0, 1, 2);
    grid->addWidget(addPanel(m_timeline, m_timeline), 2, 0, 1, 2);
    grid->addWidget(addPanel(m_impact, m_impact), 3, 0, 1, 2);
    grid->addWidget(addPanel(m_impactChart, m_impactChart), 4, 0, 1, 2);
    grid->addWidget(addPanel(m_official, m_official), 5, 0, 1, 2);
    grid->addWidget(addPanel(m_heatmap, m_heatmap), 6, 0);
    grid->addWidget(addPanel(m_symptoms, m_symptoms), 6, 1);
    grid->addWidget(addPanel(m_software, m_software), 7, 0);
    grid->addWidget(addPanel(m_provinces, m_provinces), 7, 1);
    // Not a chart: the notices GBO staff publish to GPs during an outage.
    m_notices = new NoticesPanel(charts);
    grid->addWidget(m_notices, 8, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_frequency->setMinimumHeight(280);
    m_heatmap->setMinimumHeight(260);
    m_scroll->setObjectName(QStringLiteral("analysisScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(charts);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(statusRow);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisView::refresh);
    connect(m_filters, &AnalysisFilters::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filters->refreshButton(), &QPushButton::clicked, this, &AnalysisView::refresh);
    connect(m_filters->monthlyReportButton(), &QPushButton::clicked, this,
            &AnalysisView::askMonthlyReport);
    connect(m_monthly, &MonthlyReportMaker::finished, this,
            [this](bool ok, const QString &message) {
                m_filters->monthlyReportButton()->setEnabled(true);
                tell(message, !ok);
                Q_EMIT monthlyReportFinished(ok, message);
            });

    connect(m_client, &StatsClient::progress, this, &AnalysisView::onProgress);
    connect(m_client, &StatsClient::failed, this,
            [this](StatsClient::Part part, const QString &message) {
                switch (part) {
                case StatsClient::Frequency:
                    m_frequency->clear();
                    break;
                case StatsClient::Heatmap:
                    m_heatmap->clear();
                    break;
                case StatsClient::Episodes:
                    m_timeline->clear();
                    m_availability->clear();
                    m_episodes.reset();
                    break;
                case StatsClient::Breakdown:
                    m_symptoms->clear();
                    m_software->clear();
                    m_provinces->clear();
                    m_reports.reset();
                    break;
                case StatsClient::Impact:
                    m_impact->clear();
                    m_impactChart->clear();
                    m_timeline->setImpact({});
                    break;
                case StatsClient::Official:
                    m_official->clear();
                    m_timeline->setOfficial({});
                    break;
                case StatsClient::OfficialChanges:
                    m_timeline->setOfficialChanges({});
                    break;
                case StatsClient::AllParts:
                    break;
                }
                onFailed(message);
            });
    connect(m_client, &StatsClient::finished, this, &AnalysisView::onFinished);
    connect(m_client, &StatsClient::frequencyReady, this, [this](const stats::Frequency &answer) {
        m_frequency->setData(answer);
        m_panels.at(0)->retranslate(); // the caption names the bucket
    });
    connect(m_client, &StatsClient::heatmapReady, m_heatmap, &HeatmapChart::setData);
    connect(m_client, &StatsClient::episodesReady, this, [this](const stats::Episodes &answer) {
        m_timeline->setData(answer, m_query.service);
        m_availability->setData(answer);
        m_episodes = answer;
        updateSummary();
    });
    connect(m_client, &StatsClient::impactReady, this, [this](const stats::Impact &answer) {
        m_impact->setData(answer);
        m_impactChart->setData(answer);
        // The episodes' minutes lost, whichever answer comes first.
        m_timeline->setImpact(answer);
    });
    connect(m_client, &StatsClient::officialReady, this, [this](const stats::Official &answer) {
        m_official->setData(answer);
        m_timeline->setOfficial(answer);
    });
    connect(m_client, &StatsClient::officialChangesReady, m_timeline,
            &TimelineChart::setOfficialChanges);
    connect(m_client, &StatsClient::breakdownReady, this, [this](const stats::Breakdown &answer) {
        m_symptoms->setData(answer.symptoms, answer.reports);
        m_software->setData(answer.software, answer.reports);
        m_provinces->setData(answer.provinces, answer.reports);
        m_reports = answer.reports;
        updateSummary();
    });

    retranslate();
}

AnalysisView::~AnalysisView() = default;

ChartPanel *AnalysisView::addPanel(QWidget *content, Exportable *exportable)
{
    auto *panel = new ChartPanel(content, exportable);
    connect(panel, &ChartPanel::savePngRequested, this, &AnalysisView::askSavePng);
    connect(panel, &ChartPanel::saveCsvRequested, this, &AnalysisView::askSaveCsv);
    m_panels.append(panel);
    return panel;
}

QList<Exportable *> AnalysisView::exportables() const
{
    QList<Exportable *> list;
    for (ChartPanel *panel : m_panels)
        list.append(panel->exportable());
    return list;
}

QString AnalysisView::tabTitle()
{
    return tr("&Analysis");
}

void AnalysisView::retranslate()
{
    setAccessibleName(tr("Analysis"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_status->setAccessibleName(tr("Analysis status"));
    m_problemsLabel->setAccessibleName(tr("Problems loading the analysis"));
    m_summary->setAccessibleName(tr("Summary"));
    updateStatus();
    updateSummary();
    Q_EMIT retranslated();
}

void AnalysisView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_hasToken && !isLoading())
        refresh();
}

void AnalysisView::setServer(const QUrl &url, const QString &token)
{
    const bool changed = url != m_serverUrl || m_hasToken != !token.isEmpty();
    m_serverUrl = url;
    m_hasToken = !token.isEmpty();
    m_client->setServerUrl(url);
    m_client->setToken(token);
    m_monthly->setServer(url, token);
    m_notices->setServer(url, token);
    if (changed || m_loadedOnce) {
        m_loadedOnce = false;
        if (isVisible())
            refresh();
    }
}

void AnalysisView::setClock(std::function<QDateTime()> clock)
{
    m_filters->setClock(std::move(clock));
}

bool AnalysisView::isLoading() const
{
    return m_client->isBusy();
}

void AnalysisView::refresh()
{
    m_debounce->stop();
    m_query = m_filters->query();
    m_problems.clear();
    m_problemsLabel->hide();
    m_loadedOnce = true;
    m_client->refresh(m_query);
    updateStatus();
}

void AnalysisView::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    updateStatus();
}

void AnalysisView::onFailed(const QString &message)
{
    m_problems.append(message);
    m_problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemsLabel->setAccessibleDescription(m_problemsLabel->text());
    m_problemsLabel->show();
    QAccessibleEvent event(m_problemsLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void AnalysisView::onFinished(int failures)
{
    m_finishedAt = QDateTime::currentDateTime();
    m_progress->hide();
    updateStatus();
    updateSummary();
    Q_EMIT refreshed(failures);
}

QString AnalysisView::periodText(const stats::Query &query)
{
    if (!query.from.isValid() || !query.to.isValid())
        return {};
    const QTimeZone zone(query.tz.toUtf8());
    const QLocale locale;
    const QDateTime from = query.from.toTimeZone(zone);
    const QDateTime to = query.to.toTimeZone(zone);
    // Whole days read as first and last day; a period that ends now says until when.
    const QString last = to.time() == QTime(0, 0)
                             ? locale.toString(to.date().addDays(-1), QLocale::ShortFormat)
                             : locale.toString(to, QLocale::ShortFormat);
    //: A period: first day – last day (or the time it ends).
    return tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat), last);
}

void AnalysisView::updateStatus()
{
    const QLocale locale;
    const QString period = periodText(m_query);
    if (!m_hasToken)
        m_status->setText(tr("Set the staff token in Settings to see the analysis."));
    else if (isLoading())
        m_status->setText(tr("Loading %1… (%2 of %3 answers)")
                              .arg(period)
                              .arg(m_client->requestsDone())
                              .arg(m_client->requestsTotal()));
    else if (m_finishedAt.isValid())
        m_status->setText(
            tr("%1, as of %2.")
                .arg(period, locale.toString(m_finishedAt.time(), QLocale::ShortFormat)));
    else
        m_status->setText(tr("Not loaded yet."));
}

void AnalysisView::updateSummary()
{
    QStringList parts;
    QString tip;
    if (m_reports)
        parts.append(tr("%Ln report(s)", nullptr, int(*m_reports)));
    if (m_episodes) {
        double downtime = 0;
        double low = 0;
        double high = 0;
        bool ranged = false;
        int below = 0;
        for (const stats::ServiceAvailability &service : m_episodes->services) {
            downtime += service.downtimeMinutes;
            low += service.downtimeLowMinutes;
            high += service.downtimeHighMinutes;
            ranged = ranged || service.hasRange;
            below += service.meetsSla ? 0 : 1;
        }
        parts.append(tr("%n outage episode(s)", nullptr, int(m_episodes->episodes.size())));
        parts.append(tr("%1 of downtime in all")
                         .arg(ranged ? ChartStyle::minutesRange(downtime, low, high)
                                     : ChartStyle::duration(downtime)));
        if (ranged)
            tip = ChartStyle::rangeMeaning();
        parts.append(tr("%1 of %2 services below the SLA target of %3")
                         .arg(below)
                         .arg(m_episodes->services.size())
                         .arg(ChartStyle::percent(m_episodes->slaTarget, 1)));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(tip);
    m_summary->setVisible(!parts.isEmpty());
}

void AnalysisView::tell(const QString &message, bool problem)
{
    if (problem) {
        onFailed(message);
        return;
    }
    m_status->setText(message);
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void AnalysisView::askSavePng(Exportable *exportable)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save “%1” as an image").arg(exportable->caption()),
        AnalysisExport::suggestedName(*exportable, m_query, QStringLiteral("png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = AnalysisExport::savePng(*exportable, path);
    tell(saved ? tr("Saved %1.").arg(path) : saved.error(), !saved);
}

void AnalysisView::askSaveCsv(Exportable *exportable)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the data of “%1”").arg(exportable->caption()),
        AnalysisExport::suggestedName(*exportable, m_query, QStringLiteral("csv")),
        tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = AnalysisExport::saveCsv(*exportable, path);
    tell(saved ? tr("Saved %1.").arg(path) : saved.error(), !saved);
}

void AnalysisView::askMonthlyReport()
{
    // The last 24 months, the one before this first: reports are made after the month ends.
    const QDate today =
        m_filters->now().toTimeZone(QTimeZone(AnalysisFilters::zoneId().toUtf8())).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    QStringList names;
    QList<QDate> months;
    for (int back = 1; back <= 24; ++back) {
        months.append(thisMonth.addMonths(-back));
        names.append(QLocale().toString(months.constLast(), QStringLiteral("MMMM yyyy")));
    }
    months.prepend(thisMonth);
    names.prepend(
        tr("%1 (so far)").arg(QLocale().toString(thisMonth, QStringLiteral("MMMM yyyy"))));
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Monthly PDF report"), tr("&Month:"), names,
                                               1, false, &chosen);
    if (!chosen)
        return;
    const QDate month = months.value(names.indexOf(name));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the monthly report"),
        QStringLiteral("ehealthbugs_%1.pdf").arg(month.toString(QStringLiteral("yyyy-MM"))),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    saveMonthlyReport(month, path);
}

void AnalysisView::saveMonthlyReport(const QDate &month, const QString &path)
{
    m_filters->monthlyReportButton()->setEnabled(false);
    m_status->setText(tr("Making the monthly report of %1…")
                          .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
    m_monthly->start(month, path);
}

} // namespace ehb
