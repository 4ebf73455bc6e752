#include "ui/analysis/impactmodel.h"

#include "core/symptoms.h"
#include "ui/analysis/chartstyle.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace ehb {

namespace {

const QStringList &fallbackIds()
{
    static const QStringList ids{QStringLiteral("none"), QStringLiteral("paper"),
                                 QStringLiteral("later"), QStringLiteral("other")};
    return ids;
}

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QVariant optionalCell(const std::optional<double> &value, int decimals)
{
    return value ? QVariant(rounded(*value, decimals)) : QVariant();
}

} // namespace

ImpactModel::ImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImpactModel::setData(const stats::Impact &impact)
{
    beginResetModel();
    m_data = impact;
    m_rows.clear();
    for (const stats::ServiceImpact &service : impact.services) {
        if (service.figures.reports > 0)
            m_rows.append(service);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const stats::ServiceImpact &a, const stats::ServiceImpact &b) {
                         return ChartStyle::serviceOrder(a.service) <
                                ChartStyle::serviceOrder(b.service);
                     });
    endResetModel();
}

void ImpactModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    // The totals row only under some service's figures.
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int ImpactModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return hasMoney() ? ColumnCount : ColumnCount - 1;
}

const stats::ImpactFigures &ImpactModel::figuresAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row).figures : m_data.totals;
}

QString ImpactModel::nameAt(int row, bool brief) const
{
    return row < m_rows.size() ? ChartStyle::serviceName(m_rows.at(row).service, brief)
                               : tr("All services");
}

QString ImpactModel::estimateBasis(const stats::ImpactFigures &figures)
{
    if (figures.installationsWithoutMinutes == 0)
        return tr("No estimate: every practice that reported gave its minutes lost.");
    if (!figures.minutesLostMedian || !figures.minutesLostEstimated)
        return tr("No estimate: %n practice(s) gave no minutes lost, and no report gave any to "
                  "take a median from.",
                  nullptr, int(figures.installationsWithoutMinutes));
    //: The estimate's basis: practices without minutes × the median of the reports that gave
    //: them = the estimate.
    return tr("Estimate: %n practice(s) without minutes lost × median %1 per report (of %2 "
              "reports) = %3.",
              nullptr, int(figures.installationsWithoutMinutes))
        .arg(ChartStyle::duration(*figures.minutesLostMedian),
             ChartStyle::count(figures.minutesLostReports),
             ChartStyle::duration(*figures.minutesLostEstimated));
}

QString ImpactModel::fallbackMix(const stats::ImpactFigures &figures)
{
    QStringList parts;
    for (qsizetype i = 0; i < fallbackIds().size(); ++i) {
        if (figures.fallback.at(size_t(i)) > 0)
            parts.append(
                QStringLiteral("%1 %2").arg(Labels::fallback(fallbackIds().at(i)),
                                            ChartStyle::count(figures.fallback.at(size_t(i)))));
    }
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

QString ImpactModel::money(double euros)
{
    return QLocale().toCurrencyString(euros, QStringLiteral("€"), 2);
}

QString ImpactModel::moneyText(const stats::ImpactFigures &figures)
{
    if (!figures.valueLostReported)
        return {};
    if (!figures.valueLostEstimated)
        return money(*figures.valueLostReported);
    //: A money value as reported, then the estimate's, kept apart.
    return tr("%1 (+ %2 estimated)")
        .arg(money(*figures.valueLostReported), money(*figures.valueLostEstimated));
}

QString ImpactModel::hourlyValueText(double euros)
{
    return tr("Money values at %1 per hour, the value set by the server's operator.")
        .arg(money(euros));
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const stats::ImpactFigures &row = figuresAt(index.row());
    const bool totals = index.row() == m_rows.size();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ServiceColumn:
            return nameAt(index.row(), role == Qt::DisplayRole);
        case ReportsColumn:
            return ChartStyle::count(row.reports);
        case WithImpactColumn:
            return ChartStyle::count(row.reportsWithImpact);
        case PracticesColumn:
            return ChartStyle::count(row.installations);
        case MinutesReportedColumn:
            return ChartStyle::duration(row.minutesLostReported);
        case MedianColumn:
            return row.minutesLostMedian ? ChartStyle::duration(*row.minutesLostMedian)
                                         : QStringLiteral("–");
        case EstimatedColumn:
            //: An estimate of minutes lost, shown apart from the reported sum.
            return row.minutesLostEstimated
                       ? tr("≈ %1").arg(ChartStyle::duration(*row.minutesLostEstimated))
                       : QStringLiteral("–");
        case PatientsColumn:
            return ChartStyle::count(qint64(std::llround(row.patientsReported)));
        case FallbackColumn:
            return fallbackMix(row);
        case ValueColumn:
            return moneyText(row);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && totals) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == EstimatedColumn)
        return ChartStyle::mutedText();
    if (role == Qt::TextAlignmentRole && index.column() != ServiceColumn &&
        index.column() != FallbackColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ServiceColumn:
            return nameAt(index.row(), false);
        case MinutesReportedColumn:
            return tr("The sum of the minutes lost that %n report(s) gave.", nullptr,
                      int(row.minutesLostReports));
        case EstimatedColumn:
            return estimateBasis(row);
        case PatientsColumn:
            return row.patientsMedian ? tr("Median %1 patients per report, from %2 reports.")
                                            .arg(QLocale().toString(*row.patientsMedian))
                                            .arg(ChartStyle::count(row.patientsReports))
                                      : QString();
        case ValueColumn:
            return m_data.hourlyValue ? hourlyValueText(*m_data.hourlyValue) : QString();
        default:
            return {};
        }
    }
    return {};
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == EstimatedColumn)
            return tr("Not reported: the practices that reported without giving minutes lost, "
                      "times the median minutes lost per report of those that gave them.");
        if (section == MedianColumn)
            return tr("The median of the minutes lost per report, of the reports that gave them.");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case ReportsColumn:
        return tr("Reports");
    case WithImpactColumn:
        return tr("With an\nimpact");
    case PracticesColumn:
        return tr("Practices");
    case MinutesReportedColumn:
        return tr("Minutes lost,\nreported");
    case MedianColumn:
        return tr("Median per\nreport");
    case EstimatedColumn:
        return tr("Estimate for\npractices without");
    case PatientsColumn:
        return tr("Patients\naffected");
    case FallbackColumn:
        return tr("Fallback used");
    case ValueColumn:
        return tr("Value lost");
    default:
        return {};
    }
}

DataTable ImpactModel::table() const
{
    DataTable table;
    table.headers = {tr("Service"),
                     tr("Service id"),
                     tr("Reports"),
                     tr("Reports with an impact"),
                     tr("Practices"),
                     tr("Minutes lost, reported"),
                     tr("Reports giving minutes lost"),
                     tr("Median minutes lost per report"),
                     tr("Practices without minutes lost"),
                     tr("Minutes lost, estimate for practices without"),
                     tr("Patients affected, reported"),
                     tr("Median patients per report")};
    for (const QString &id : fallbackIds())
        table.headers.append(tr("Fallback: %1").arg(Labels::fallback(id)));
    if (hasMoney())
        table.headers << tr("Hourly value (EUR)") << tr("Value lost, reported (EUR)")
                      << tr("Value lost, estimate (EUR)");
    for (int row = 0; row < rowCount(); ++row) {
        const stats::ImpactFigures &figures = figuresAt(row);
        QVariantList cells{nameAt(row, false),
                           row < m_rows.size() ? m_rows.at(row).service : QString(),
                           figures.reports,
                           figures.reportsWithImpact,
                           figures.installations,
                           rounded(figures.minutesLostReported, 1),
                           figures.minutesLostReports,
                           optionalCell(figures.minutesLostMedian, 1),
                           figures.installationsWithoutMinutes,
                           optionalCell(figures.minutesLostEstimated, 1),
                           rounded(figures.patientsReported, 1),
                           optionalCell(figures.patientsMedian, 1)};
        for (const qint64 count : figures.fallback)
            cells.append(count);
        if (hasMoney())
            cells << rounded(*m_data.hourlyValue, 2) << optionalCell(figures.valueLostReported, 2)
                  << optionalCell(figures.valueLostEstimated, 2);
        table.rows.append(cells);
    }
    return table;
}

} // namespace ehb
