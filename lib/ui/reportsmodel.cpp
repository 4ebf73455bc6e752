#include "ui/reportsmodel.h"

#include "core/servicecatalogue.h"
#include "core/symptoms.h"
#include "store/reportstore.h"
#include "ui/uilanguage.h"

#include <QLocale>

namespace ehb {

ReportsModel::ReportsModel(ReportStore &store, const QString &language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_language(language)
{
    refresh();
}

void ReportsModel::refresh()
{
    beginResetModel();
    m_reports = m_store.all();
    endResetModel();
}

void ReportsModel::retranslate()
{
    m_language = catalogueLanguage(QLocale());
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int ReportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ReportsModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).report.id == id)
            return int(row);
    }
    return -1;
}

QVariant ReportsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const StoredReport &stored = m_reports.at(index.row());
    const Report &report = stored.report;
    if (role == ReportIdRole)
        return report.id;
    if (role == ResolvedRole)
        return report.isResolved();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case ServiceColumn:
        return serviceName(report.service);
    case StartedColumn:
        return localTime(report.startedAt);
    case EndedColumn:
        if (report.isResolved())
            return localTime(report.endedAt);
        if (report.confirmedAt.isValid())
            //: My reports, the end column of a report the GP said was "still failing".
            return tr("ongoing (still failing at %1)").arg(nearTime(report.confirmedAt));
        return tr("ongoing");
    case SymptomsColumn:
        if (role == Qt::ToolTipRole && !report.errorText.isEmpty())
            return tr("%1\nError message: %2").arg(symptomsText(report.symptoms), report.errorText);
        return symptomsText(report.symptoms);
    case DeliveryColumn:
        return role == Qt::ToolTipRole ? deliveryDetails(stored.delivery)
                                       : deliveryText(stored.delivery);
    default:
        return {};
    }
}

QVariant ReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case SymptomsColumn:
        return tr("Symptoms");
    case DeliveryColumn:
        return tr("Delivery");
    default:
        return {};
    }
}

QString ReportsModel::deliveryText(const Delivery &delivery)
{
    switch (delivery.state) {
    case Delivery::State::Saved:
        return tr("Saved");
    case Delivery::State::Sent:
        return tr("Sent");
    case Delivery::State::Retrying:
        if (!delivery.nextAttempt.isValid())
            return tr("Retrying (%1)").arg(delivery.lastError);
        //: %1 is the time of the next attempt, %2 the reason of the last failure.
        return tr("Retrying at %1 (%2)").arg(nearTime(delivery.nextAttempt), delivery.lastError);
    case Delivery::State::Rejected:
        return tr("Rejected: %1").arg(delivery.lastError);
    }
    return {};
}

QString ReportsModel::deliveryDetails(const Delivery &delivery)
{
    switch (delivery.state) {
    case Delivery::State::Saved:
        return tr("Saved on this computer, waiting to be sent to the server.");
    case Delivery::State::Sent:
        return tr("The server received this report.");
    case Delivery::State::Retrying:
        return tr("The last attempt failed: %1\nNext attempt: %2\nAttempts so far: %3")
            .arg(delivery.lastError, localTime(delivery.nextAttempt),
                 QLocale().toString(delivery.attempts));
    case Delivery::State::Rejected:
        return tr("The server refused this report: %1\nIt is kept on this computer.")
            .arg(delivery.lastError);
    }
    return {};
}

QString ReportsModel::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString ReportsModel::nearTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return localTime(utc);
}

QString ReportsModel::serviceName(const QString &id) const
{
    const Service *service = ServiceCatalogue::builtIn().find(id);
    return service ? service->name(m_language) : id;
}

QString ReportsModel::symptomsText(const QStringList &ids) const
{
    QStringList labels;
    labels.reserve(ids.size());
    for (const QString &id : ids)
        labels.append(Labels::symptom(id));
    return QLocale().createSeparatedList(labels);
}

} // namespace ehb
