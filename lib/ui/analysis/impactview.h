#pragma once

#include "net/statsdata.h"
#include "ui/analysis/exportable.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ehb {

class ImpactEpisodesModel;
class ImpactModel;

// What outages cost GPs: a line with the totals, the estimate's basis and the hourly value the
// money figures use, over a table per service (ImpactModel) and one per outage episode, most
// minutes lost first (ImpactEpisodesModel). Exported like the availability table: the services'
// table as a picture, its figures as CSV (the episodes' figures are in the timeline's CSV).
class ImpactView final : public QWidget, public Exportable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactView)

public:
    explicit ImpactView(QWidget *parent = nullptr);

    void setData(const stats::Impact &impact);
    void clear();
    ImpactModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ImpactEpisodesModel *episodesModel() const { return m_episodesModel; }
    QLabel *summary() const { return m_summary; }

    QSize sizeHint() const override;

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("impact"); }
    QImage exportImage(QSize size, qreal scale = 2) const override;
    QSize exportSize() const override;
    DataTable exportTable() const override;

    // The summary's text for `impact` (also the monthly report's lead line).
    static QString summaryText(const stats::Impact &impact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ImpactModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    ImpactEpisodesModel *m_episodesModel;
    QTableView *m_episodesView;
    QLabel *m_episodesCaption;
};

} // namespace ehb
