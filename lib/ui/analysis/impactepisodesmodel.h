#pragma once

#include "net/statsdata.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace ehb {

// What each outage episode of the period cost, most minutes lost first: its service, start and
// end in the analysis' time zone, the reports and practices behind it, the minutes lost as
// reported, the estimate for the practices that gave none (apart, labelled as such) and the
// patients affected.
class ImpactEpisodesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactEpisodesModel)

public:
    enum Column
    {
        ServiceColumn,
        StartColumn,
        EndColumn,
        ReportsColumn,
        PracticesColumn,
        MinutesReportedColumn,
        EstimatedColumn,
        PatientsColumn,
        ColumnCount
    };

    explicit ImpactEpisodesModel(QObject *parent = nullptr);

    void setData(const stats::Impact &impact);
    const QList<stats::EpisodeImpact> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<stats::EpisodeImpact> m_rows;
    QTimeZone m_zone;
};

} // namespace ehb
