#include "ui/analysis/availabilitymodel.h"

#include "ui/analysis/chartstyle.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace ehb {

namespace {

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

// A downtime as the table shows it: with its range when the server sent one.
QString downtimeText(const stats::ServiceAvailability &row, bool working)
{
    const double minutes = working ? row.workingDowntimeMinutes : row.downtimeMinutes;
    if (!row.hasRange)
        return ChartStyle::duration(minutes);
    return working
               ? ChartStyle::minutesRange(minutes, row.workingDowntimeLowMinutes,
                                          row.workingDowntimeHighMinutes)
               : ChartStyle::minutesRange(minutes, row.downtimeLowMinutes, row.downtimeHighMinutes);
}

// A range's end for CSV: minutes to a tenth, or an empty cell when the server sent none.
QVariant rangeCell(const stats::ServiceAvailability &row, double minutes)
{
    return row.hasRange ? QVariant(rounded(minutes, 1)) : QVariant();
}

} // namespace

AvailabilityModel::AvailabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AvailabilityModel::setData(const stats::Episodes &episodes)
{
    beginResetModel();
    m_data = episodes;
    std::stable_sort(m_data.services.begin(), m_data.services.end(),
                     [](const stats::ServiceAvailability &a, const stats::ServiceAvailability &b) {
                         return ChartStyle::serviceOrder(a.service) <
                                ChartStyle::serviceOrder(b.service);
                     });
    endResetModel();
}

void AvailabilityModel::retranslate()
{
    if (!m_data.services.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AvailabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.services.size());
}

int AvailabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.services.size())
        return {};
    const stats::ServiceAvailability &row = m_data.services.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ServiceColumn:
            return ChartStyle::serviceName(row.service, role == Qt::DisplayRole);
        case EpisodesColumn:
            return ChartStyle::count(row.episodes);
        case DowntimeColumn:
            return downtimeText(row, false);
        case AvailabilityColumn:
            return ChartStyle::percent(row.availability);
        case WorkingDowntimeColumn:
            return downtimeText(row, true);
        case WorkingAvailabilityColumn:
            return ChartStyle::percent(row.workingAvailability);
        case SlaColumn:
            //: The SLA target was met (✓) or not (✗) for this service.
            return row.meetsSla ? tr("✓ Met") : tr("✗ Not met");
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == SlaColumn)
        return row.meetsSla ? metColor() : notMetColor();
    if (role == Qt::ForegroundRole && index.column() == SlaColumn)
        return row.meetsSla ? QColor(0x1b, 0x5e, 0x20) : QColor(0x9b, 0x1c, 0x1c);
    if (role == Qt::TextAlignmentRole && index.column() != ServiceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ServiceColumn)
        return ChartStyle::serviceName(row.service);
    if (role == Qt::ToolTipRole && row.hasRange &&
        (index.column() == DowntimeColumn || index.column() == WorkingDowntimeColumn)) {
        const bool working = index.column() == WorkingDowntimeColumn;
        //: A downtime's tooltip: the figure found, then the low and the high end of its range;
        //: %4 says what the ends mean.
        return tr("%1 found; at least %2, at most %3.\n%4")
            .arg(ChartStyle::duration(working ? row.workingDowntimeMinutes : row.downtimeMinutes),
                 ChartStyle::duration(working ? row.workingDowntimeLowMinutes
                                              : row.downtimeLowMinutes),
                 ChartStyle::duration(working ? row.workingDowntimeHighMinutes
                                              : row.downtimeHighMinutes),
                 ChartStyle::rangeMeaning());
    }
    if (role == Qt::ToolTipRole && index.column() == SlaColumn)
        return tr("Availability %1 against the target of %2")
            .arg(ChartStyle::percent(row.availability), ChartStyle::percent(m_data.slaTarget, 1));
    return {};
}

bool AvailabilityModel::hasRanges() const
{
    return std::any_of(m_data.services.cbegin(), m_data.services.cend(),
                       [](const stats::ServiceAvailability &row) { return row.hasRange; });
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && hasRanges() &&
        (section == DowntimeColumn || section == WorkingDowntimeColumn))
        return QString(tr("The downtime found, then its range in brackets.") + QLatin1Char('\n') +
                       ChartStyle::rangeMeaning());
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case EpisodesColumn:
        return tr("Episodes");
    case DowntimeColumn:
        return tr("Downtime");
    case AvailabilityColumn:
        return tr("Availability");
    case WorkingDowntimeColumn:
        return tr("Downtime,\nworking hours");
    case WorkingAvailabilityColumn:
        return tr("Availability,\nworking hours");
    case SlaColumn:
        return tr("SLA %1").arg(ChartStyle::percent(m_data.slaTarget, 1));
    default:
        return {};
    }
}

DataTable AvailabilityModel::table() const
{
    DataTable table;
    // Each downtime is followed by the low and the high end of its range (empty when the server
    // sent none).
    table.headers = {tr("Service"),
                     tr("Service id"),
                     tr("Episodes"),
                     tr("Downtime (minutes)"),
                     tr("Downtime, low (minutes)"),
                     tr("Downtime, high (minutes)"),
                     tr("Availability (%)"),
                     tr("Downtime, working hours (minutes)"),
                     tr("Downtime, working hours, low (minutes)"),
                     tr("Downtime, working hours, high (minutes)"),
                     tr("Availability, working hours (%)"),
                     tr("SLA target (%)"),
                     tr("SLA met")};
    for (const stats::ServiceAvailability &row : m_data.services)
        table.rows.append(
            {ChartStyle::serviceName(row.service), row.service, row.episodes,
             rounded(row.downtimeMinutes, 1), rangeCell(row, row.downtimeLowMinutes),
             rangeCell(row, row.downtimeHighMinutes), rounded(row.availability * 100, 4),
             rounded(row.workingDowntimeMinutes, 1), rangeCell(row, row.workingDowntimeLowMinutes),
             rangeCell(row, row.workingDowntimeHighMinutes),
             rounded(row.workingAvailability * 100, 4), rounded(m_data.slaTarget * 100, 4),
             row.meetsSla});
    return table;
}

} // namespace ehb
