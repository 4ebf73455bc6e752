#pragma once

#include "net/statsdata.h"
#include "ui/analysis/exportable.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ehb {

class OfficialModel;

// "Acknowledged by the official status page?": a line with the totals over three tables
// (OfficialModel): the outage episodes with the official status, when it was admitted and the
// lag; per service the episodes admitted and not, the minutes never admitted and the median
// lag; and the official outages no GP reported. Saved as one picture of the three tables and
// one CSV of their rows (OfficialModel::table).
class OfficialView final : public QWidget, public Exportable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficialView)

public:
    explicit OfficialView(QWidget *parent = nullptr);

    void setData(const stats::Official &official);
    void clear();
    OfficialModel *episodesModel() const { return m_episodes; }
    OfficialModel *servicesModel() const { return m_services; }
    OfficialModel *unreportedModel() const { return m_unreported; }
    QLabel *summary() const { return m_summary; }

    QSize sizeHint() const override;

    QString caption() const override;
    QString fileStem() const override { return QStringLiteral("official"); }
    QImage exportImage(QSize size, qreal scale = 2) const override;
    QSize exportSize() const override;
    DataTable exportTable() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The height a table needs to show all its rows (at least `minimumRows`).
    int tableHeight(const QTableView *view, int minimumRows) const;

    QLabel *m_summary;
    OfficialModel *m_episodes;
    OfficialModel *m_services;
    OfficialModel *m_unreported;
    QList<QTableView *> m_views;
    QList<QLabel *> m_captions;
};

} // namespace ehb
