#pragma once

#include "net/statsdata.h"
#include "ui/analysis/datatable.h"

#include <QAbstractTableModel>
#include <QColor>

namespace ehb {

// One row per service: episodes, downtime (with its range when the server sends one) and
// availability over the period and over working hours, and whether the SLA target was met (text
// and colour, so it reads without colour too).
class AvailabilityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityModel)

public:
    enum Column
    {
        ServiceColumn,
        EpisodesColumn,
        DowntimeColumn,
        AvailabilityColumn,
        WorkingDowntimeColumn,
        WorkingAvailabilityColumn,
        SlaColumn,
        ColumnCount
    };

    explicit AvailabilityModel(QObject *parent = nullptr);

    void setData(const stats::Episodes &episodes);
    const stats::Episodes &episodes() const { return m_data; }
    double slaTarget() const { return m_data.slaTarget; }
    // Some service's downtime comes with its range (the table then shows "162 min (150–171)").
    bool hasRanges() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The same figures as numbers, for CSV.
    DataTable table() const;
    // Headers changed language.
    void retranslate();

    static QColor metColor() { return QColor(0xd7, 0xf0, 0xd2); }
    static QColor notMetColor() { return QColor(0xf8, 0xd0, 0xd0); }

private:
    stats::Episodes m_data;
};

} // namespace ehb
