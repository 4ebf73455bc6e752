#pragma once

#include "net/statsdata.h"
#include "ui/analysis/datatable.h"

#include <QAbstractTableModel>

namespace ehb {

// What outages cost GPs, one row per service that had reports, then the totals: reports, those
// that gave an impact, practices, minutes lost as reported (sum and median per report), the
// estimate for the practices that gave no minutes (kept apart, labelled as such), patients
// affected, the fallback mix, and the money value when the server has an hourly value.
class ImpactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactModel)

public:
    enum Column
    {
        ServiceColumn,
        ReportsColumn,
        WithImpactColumn,
        PracticesColumn,
        MinutesReportedColumn,
        MedianColumn,
        EstimatedColumn,
        PatientsColumn,
        FallbackColumn,
        ValueColumn, // only with an hourly value
        ColumnCount
    };

    explicit ImpactModel(QObject *parent = nullptr);

    void setData(const stats::Impact &impact);
    const stats::Impact &impact() const { return m_data; }
    // The services shown (those with reports), in catalogue order; the totals row follows.
    const QList<stats::ServiceImpact> &rows() const { return m_rows; }
    bool hasMoney() const { return m_data.hourlyValue.has_value(); }
    bool isEmpty() const { return m_data.totals.reports == 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The same figures as numbers, for CSV: a column per figure, then the totals row.
    DataTable table() const;
    void retranslate();

    // How the estimate was made: "6 practices without minutes × median 30 min = 3 h 0 min";
    // "No estimate: …" when there is nothing to multiply.
    static QString estimateBasis(const stats::ImpactFigures &figures);
    // "Paper 4 · Done later 2 · …", only the fallbacks given; "–" for none.
    static QString fallbackMix(const stats::ImpactFigures &figures);
    // "360.00 €" in the interface locale.
    static QString money(double euros);
    // The reported value and, apart, the estimated one.
    static QString moneyText(const stats::ImpactFigures &figures);
    // What the money value is: "at 90.00 € per hour, set by the server's operator".
    static QString hourlyValueText(double euros);

private:
    const stats::ImpactFigures &figuresAt(int row) const;
    QString nameAt(int row, bool brief) const;

    stats::Impact m_data;
    QList<stats::ServiceImpact> m_rows;
};

} // namespace ehb
