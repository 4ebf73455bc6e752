#pragma once

#include "net/statsdata.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QScrollArea;
class QTimer;

namespace ehb {

class AnalysisFilters;
class AvailabilityView;
class ChartPanel;
class Exportable;
class FrequencyChart;
class HeatmapChart;
class ImpactChart;
class ImpactView;
class MonthlyReportMaker;
class NoticesPanel;
class OfficialView;
class RankingChart;
class StatsClient;
class TimelineChart;

// The GBO staff's Analysis tab: filters, then the frequency, the weekday × hour heatmap, the
// availability table against the SLA target, the episodes on a timeline, what the outages cost
// GPs (a table and a chart of minutes lost), whether the official status page admitted the
// outages (a table, and a lane under each service of the timeline), the top symptoms,
// EMR software and provinces, and the notices published to GPs (NoticesPanel). A refresh asks the
// server for everything at once, in the background; a progress bar counts the answers, and the
// answers of an older refresh are dropped. Changing a filter refreshes after a short pause.
class AnalysisView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisView)

public:
    explicit AnalysisView(QWidget *parent = nullptr);
    ~AnalysisView() override;

    // The staff API to ask; a refresh follows when the view is on screen.
    void setServer(const QUrl &url, const QString &token);
    // For tests and benchmarks: what "now" is (UTC).
    void setClock(std::function<QDateTime()> clock);

    static QString tabTitle();
    // "01/11/2025 – 30/11/2025" in the interface locale: the first and the last day.
    static QString periodText(const stats::Query &query);

    AnalysisFilters *filters() const { return m_filters; }
    StatsClient *client() const { return m_client; }
    FrequencyChart *frequencyChart() const { return m_frequency; }
    HeatmapChart *heatmapChart() const { return m_heatmap; }
    TimelineChart *timelineChart() const { return m_timeline; }
    AvailabilityView *availabilityView() const { return m_availability; }
    ImpactView *impactView() const { return m_impact; }
    ImpactChart *impactChart() const { return m_impactChart; }
    OfficialView *officialView() const { return m_official; }
    NoticesPanel *noticesPanel() const { return m_notices; }
    RankingChart *symptomsChart() const { return m_symptoms; }
    RankingChart *softwareChart() const { return m_software; }
    RankingChart *provincesChart() const { return m_provinces; }
    QList<ChartPanel *> panels() const { return m_panels; }
    QList<Exportable *> exportables() const;

    bool isLoading() const;
    // The problems of the last refresh, one per failed part; empty when all answered.
    QStringList problems() const { return m_problems; }
    // The question of the last refresh.
    const stats::Query &lastQuery() const { return m_query; }

    // Makes the monthly PDF report of the month holding `month` at `path`, in the background;
    // monthlyReportFinished() says how it went. (The button asks for both first.)
    void saveMonthlyReport(const QDate &month, const QString &path);
    MonthlyReportMaker *monthlyReportMaker() const { return m_monthly; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Every answer of a refresh is in (and drawn); `failures` parts failed.
    void refreshed(int failures);
    // The language changed: the tab title is to be taken again.
    void retranslated();
    void monthlyReportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    ChartPanel *addPanel(QWidget *content, Exportable *exportable);
    void onProgress(int done, int total);
    void onFailed(const QString &message);
    void onFinished(int failures);
    void updateSummary();
    void updateStatus();
    // The panels' buttons: a save dialog, then the file.
    void askSavePng(Exportable *exportable);
    void askSaveCsv(Exportable *exportable);
    void askMonthlyReport();
    // A saved file or a failure, said in the status line or with the problems.
    void tell(const QString &message, bool problem);

    AnalysisFilters *m_filters;
    StatsClient *m_client;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_problemsLabel;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    FrequencyChart *m_frequency;
    HeatmapChart *m_heatmap;
    AvailabilityView *m_availability;
    TimelineChart *m_timeline;
    ImpactView *m_impact;
    ImpactChart *m_impactChart;
    OfficialView *m_official;
    NoticesPanel *m_notices = nullptr;
    RankingChart *m_symptoms;
    RankingChart *m_software;
    RankingChart *m_provinces;
    QList<ChartPanel *> m_panels;
    QTimer *m_debounce;
    MonthlyReportMaker *m_monthly;

    QUrl m_serverUrl;
    bool m_hasToken = false;
    bool m_loadedOnce = false;
    stats::Query m_query;
    QStringList m_problems;
    QDateTime m_finishedAt;
    std::optional<qint64> m_reports;
    std::optional<stats::Episodes> m_episodes;
};

} // namespace ehb
