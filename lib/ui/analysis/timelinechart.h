#pragma once

#include "net/statsdata.h"
#include "ui/analysis/chartwidget.h"
#include "ui/analysis/officiallane.h"

#include <QTimeZone>

namespace ehb {

// Outage episodes on a time axis over the period: one row per service that had any (or the
// one service asked for), a bar from each episode's start to its end; a tooltip gives the
// times, the minutes and how many reports and practices made it. An episode with a range is
// drawn over all of it: solid where the reports prove the service down (latest start to earliest
// end), hatched where they only allow it, with ticks at the start and end found; a legend under
// the axis says so (when some episode is wide enough to show these parts). With the official
// status page's change log, each row has an "official status" lane under its episodes
// (OfficialLane), coloured by status, with its own legend line; official outages that no GP
// reported get a row of their own.
class TimelineChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QWidget *parent = nullptr);

    // `service` is the filter ("" = all); the period and zone come with the episodes.
    void setData(const stats::Episodes &episodes, const QString &service = {});
    void clear();
    const stats::Episodes &data() const { return m_data; }
    // What each episode cost GPs, matched by service and start; the tooltips then say it and
    // the CSV has its columns. An empty answer (no period) takes it away.
    void setImpact(const stats::Impact &impact);
    // nullptr when there is no impact answer or it does not list the episode.
    const stats::EpisodeImpact *impactOf(const stats::Episode &episode) const;
    // The official record: the change log makes the lanes; the comparison adds the outages the
    // log does not know (incidents entered by staff) and the rows of those no GP reported. An
    // answer without a period takes it away.
    void setOfficialChanges(const stats::OfficialChanges &changes);
    void setOfficial(const stats::Official &official);
    bool hasOfficialLane() const { return m_changes.has_value(); }
    // The lane of `service` over the period; empty when the record says nothing of it.
    QList<OfficialLane::Segment> officialLane(const QString &service) const
    {
        return m_lanes.value(service);
    }
    // Where the lane of `service`'s row is drawn in `rect` (empty without lanes).
    QRectF laneRect(const QString &service, const QRectF &rect) const;
    // The services drawn, one row each, top to bottom.
    QStringList rows() const { return m_rows; }

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("episodes"); }
    QSize exportSize() const override;
    DataTable exportTable() const override;
    bool isEmpty() const override;

    // Where the chart drawn into `rect` puts episode `index` (into data().episodes): from its
    // start to its end.
    QRectF episodeRect(int index, const QRectF &rect) const;
    // The whole of what is drawn for it: from its earliest start to its latest end (episodeRect
    // for an episode without a range).
    QRectF episodeRangeRect(int index, const QRectF &rect) const;
    // The part the reports prove, from the latest start to the earliest end (empty when there is
    // none or no range).
    QRectF episodeProvenRect(int index, const QRectF &rect) const;
    // Some episode comes with its range (the chart then has a legend).
    bool hasRanges() const;
    // The x of `time` on the axis of the chart drawn into `rect`.
    double xFor(const QDateTime &time, const QRectF &rect) const;

    QSize sizeHint() const override;
    // One line per row at least: the rows never get squeezed.
    QSize minimumSizeHint() const override { return {240, sizeHint().height()}; }

    QString toolTipAt(const QPointF &position, const QRectF &rect) const override;

protected:
    void paintChart(QPainter &painter, const QRectF &rect) const override;
    QString describe() const override;
    void retranslate() override;

private:
    struct Layout
    {
        QRectF plot;
        QRectF legend;         // under the axis; empty without ranges
        QRectF officialLegend; // under that; empty without lanes
        double labelWidth = 0;
        double rowHeight = 0;
    };
    Layout layout(const QRectF &rect) const;
    // The bar of `episode`'s row from `from` to `to`, at least MinimumBar wide when `widen`.
    QRectF spanFor(const Layout &geometry, const stats::Episode &episode, const QDateTime &from,
                   const QDateTime &to, bool widen = true) const;
    QRectF barFor(const Layout &geometry, const stats::Episode &episode) const;
    QRectF rangeFor(const Layout &geometry, const stats::Episode &episode) const;
    void paintEpisode(QPainter &painter, const Layout &geometry,
                      const stats::Episode &episode) const;
    void paintLegend(QPainter &painter, const Layout &geometry) const;
    // A row's band and where its episodes' bars and its lane go in it.
    QRectF rowBand(const Layout &geometry, qsizetype row) const;
    QRectF laneFor(const Layout &geometry, qsizetype row) const;
    void updateRows();
    void updateLanes();
    QString episodeText(const stats::Episode &episode) const;
    // The episode without its impact: service, times, minutes, reports, practices.
    QString episodeFacts(const stats::Episode &episode) const;

    stats::Episodes m_data;
    std::optional<stats::Impact> m_impact;
    std::optional<stats::OfficialChanges> m_changes;
    std::optional<stats::Official> m_official;
    QHash<QString, QList<OfficialLane::Segment>> m_lanes;
    QStringList m_rows;
    QString m_service;
    QTimeZone m_zone;
};

} // namespace ehb
