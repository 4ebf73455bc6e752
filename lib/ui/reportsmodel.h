#pragma once

#include "store/deliverystate.h"

#include <QAbstractTableModel>
#include <QList>

namespace ehb {

class ReportStore;

// The reports of the local store, newest first, with their delivery state. Call refresh()
// when the store changed.
class ReportsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsModel)

public:
    enum Column
    {
        ServiceColumn,
        StartedColumn,
        EndedColumn,
        SymptomsColumn,
        DeliveryColumn,
        ColumnCount
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole,
        ResolvedRole
    };

    // `store` must outlive the model. `language` is the catalogue language to start with.
    ReportsModel(ReportStore &store, const QString &language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const StoredReport &reportAt(int row) const { return m_reports.at(row); }
    // The row of the report `id`; -1 when it is not listed.
    int rowOf(const QUuid &id) const;

    // Short and full texts of a delivery state, in the user's language.
    static QString deliveryText(const Delivery &delivery);
    static QString deliveryDetails(const Delivery &delivery);
    // A UTC time as the user reads it: local time, short locale format.
    static QString localTime(const QDateTime &utc);
    // The same, without the date when it is today.
    static QString nearTime(const QDateTime &utc);

public Q_SLOTS:
    void refresh();
    // Follows a new user interface language: headers, states, service names and times (in the
    // default locale) are told changed, without a reset, so the selection stays.
    void retranslate();

private:
    QString serviceName(const QString &id) const;
    QString symptomsText(const QStringList &ids) const;

    ReportStore &m_store;
    QString m_language;
    QList<StoredReport> m_reports;
};

} // namespace ehb
