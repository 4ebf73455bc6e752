#pragma once

#include "core/result.h"
#include "net/statsdata.h"

#include <QDate>
#include <QObject>
#include <QUrl>

#include <optional>

namespace ehb {

class StatsClient;
namespace exporting {
struct MonthlyReport;
}

// The monthly PDF report for the GBO: asks the server for one calendar month (Europe/Brussels)
// in the background, draws the charts offscreen and writes the PDF in the interface language
// (lib/export), with the summary figures, the availability and episode tables, what the outages
// cost GPs, the official status page's record beside the episodes, and the method note. When
// the impact figures or the official record cannot be fetched, the report is still made and
// its section says why.
class MonthlyReportMaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthlyReportMaker)

public:
    explicit MonthlyReportMaker(QObject *parent = nullptr);

    void setServer(const QUrl &url, const QString &token);
    // Starts the report of the month holding `month`, to be written to `path`; one running
    // before is dropped.
    void start(const QDate &month, const QString &path);
    bool isBusy() const;
    // The question for the month: [first day, first day of the next month) in Europe/Brussels.
    static stats::Query monthQuery(const QDate &month);

    // The report's content from the answers (public for tests); without `impact`, no "What it
    // cost" section, without `official` no "The official record" (unless the report is told
    // why, impactProblem and officialProblem); with `changes`, the timeline has its official
    // status lanes.
    static exporting::MonthlyReport
    build(const QDate &month, const stats::Frequency &frequency, const stats::Heatmap &heatmap,
          const stats::Episodes &episodes, const stats::Breakdown &breakdown,
          const std::optional<stats::Impact> &impact = {},
          const std::optional<stats::Official> &official = {},
          const std::optional<stats::OfficialChanges> &changes = {});
    // The "What it cost" section of `report` from the impact answer.
    static void addImpact(exporting::MonthlyReport &report, const stats::Impact &impact);
    // The "The official record" section of `report` from the official answer.
    static void addOfficial(exporting::MonthlyReport &report, const stats::Official &official);

Q_SIGNALS:
    // The PDF is written (`ok`), or `message` says why not; translated.
    void finished(bool ok, const QString &message);

private:
    void onFinished(int failures);

    StatsClient *m_client;
    QDate m_month;
    QString m_path;
    QStringList m_problems;
    std::optional<stats::Frequency> m_frequency;
    std::optional<stats::Heatmap> m_heatmap;
    std::optional<stats::Episodes> m_episodes;
    std::optional<stats::Breakdown> m_breakdown;
    std::optional<stats::Impact> m_impact;
    std::optional<stats::Official> m_official;
    std::optional<stats::OfficialChanges> m_changes;
    // Why the impact figures or the official record could not be fetched; the report is made
    // all the same and says so.
    QString m_impactProblem;
    QString m_officialProblem;
};

} // namespace ehb
