#include "ui/analysis/impactepisodesmodel.h"

#include "ui/analysis/chartstyle.h"
#include "ui/analysis/impactmodel.h"

#include <algorithm>
#include <cmath>

namespace ehb {

ImpactEpisodesModel::ImpactEpisodesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImpactEpisodesModel::setData(const stats::Impact &impact)
{
    beginResetModel();
    m_rows = impact.episodes;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const stats::EpisodeImpact &a, const stats::EpisodeImpact &b) {
                         return a.figures.minutesLostReported > b.figures.minutesLostReported;
                     });
    m_zone = impact.tz.isEmpty() ? QTimeZone::utc() : QTimeZone(impact.tz.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    endResetModel();
}

int ImpactEpisodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImpactEpisodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactEpisodesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const stats::EpisodeImpact &row = m_rows.at(index.row());
    const stats::ImpactFigures &figures = row.figures;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ServiceColumn:
            return ChartStyle::serviceName(row.service, true);
        case StartColumn:
            return ChartStyle::dateTime(row.start.toTimeZone(m_zone));
        case EndColumn:
            return ChartStyle::dateTime(row.end.toTimeZone(m_zone));
        case ReportsColumn:
            return ChartStyle::count(figures.reports);
        case PracticesColumn:
            return ChartStyle::count(figures.installations);
        case MinutesReportedColumn:
            return ChartStyle::duration(figures.minutesLostReported);
        case EstimatedColumn:
            //: An estimate of minutes lost, shown apart from the reported sum.
            return figures.minutesLostEstimated
                       ? tr("≈ %1").arg(ChartStyle::duration(*figures.minutesLostEstimated))
                       : QStringLiteral("–");
        case PatientsColumn:
            return ChartStyle::count(qint64(std::llround(figures.patientsReported)));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ServiceColumn)
            return ChartStyle::serviceName(row.service, false);
        if (index.column() == EstimatedColumn)
            return ImpactModel::estimateBasis(figures);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ReportsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == EstimatedColumn)
        return ChartStyle::mutedText();
    return {};
}

QVariant ImpactEpisodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case ReportsColumn:
        return tr("Reports");
    case PracticesColumn:
        return tr("Practices");
    case MinutesReportedColumn:
        return tr("Minutes lost, reported");
    case EstimatedColumn:
        return tr("Estimate for practices without");
    case PatientsColumn:
        return tr("Patients affected");
    default:
        return {};
    }
}

void ImpactEpisodesModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

} // namespace ehb
