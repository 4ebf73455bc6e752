#pragma once

#include "net/statsdata.h"
#include "ui/analysis/datatable.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace ehb {

// "Acknowledged by the official status page?", one of its three tables: the crowd's outage
// episodes, each with the official status during it, when the status page admitted it and how
// late, and when it said operational again compared with the GPs (Kind::Episodes, by start);
// per service the episodes admitted and not, the minutes never admitted, the median lag and the
// official outages no GP reported, then all services together (Kind::Services); and those
// official outages (Kind::Unreported). Times in the analysis' time zone.
class OfficialModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficialModel)

public:
    enum class Kind
    {
        Episodes,
        Services,
        Unreported
    };
    enum EpisodeColumn
    {
        ServiceColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        StatusColumn,
        AcknowledgedColumn,
        LagColumn,
        OfficialEndColumn,
        EndDifferenceColumn,
        EpisodeColumnCount
    };
    enum ServicesColumn
    {
        SummaryServiceColumn,
        AdmittedColumn,
        NotAdmittedColumn,
        NeverAdmittedMinutesColumn,
        MedianLagColumn,
        UnreportedCountColumn,
        ServicesColumnCount
    };
    enum UnreportedColumn
    {
        UnreportedServiceColumn,
        UnreportedStartColumn,
        UnreportedEndColumn,
        UnreportedStatusColumn,
        UnreportedMinutesColumn,
        UnreportedColumnCount
    };

    // The cell as a value for a printed table: times as QDateTime in the analysis' zone, counts
    // as numbers, the rest as shown.
    static constexpr int ValueRole = Qt::UserRole;

    explicit OfficialModel(Kind kind, QObject *parent = nullptr);

    void setData(const stats::Official &official);
    const stats::Official &official() const { return m_data; }
    Kind kind() const { return m_kind; }
    // Episodes: whether the episode of `row` was admitted.
    bool isAdmitted(int row) const { return row < m_rows.size() && !m_rows.at(row).alert; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // The three tables in one for CSV: a first column says what each row is (an episode, a
    // service, all services, an official outage no GP reported), then the columns of all three,
    // numbers as numbers and empty where a row has no such figure.
    static DataTable table(const stats::Official &official);
    // One or two sentences: how many episodes were admitted, the median lag, the minutes never
    // admitted and the official outages no GP reported.
    static QString summaryText(const stats::Official &official);
    // The official status's name; "No record" when the record says nothing.
    static QString statusText(const std::optional<stats::OfficialStatus> &status);
    // A lag in minutes: "25 min", or "5 min before" when the status page was first.
    static QString lagText(qint64 minutes);
    // The official end against the GPs': "40 min later", "10 min earlier", "at the same time".
    static QString endDifferenceText(double minutes);
    // The median lag of the admitted episodes of `official`; unset when none was.
    static std::optional<double> medianLag(const stats::Official &official);

private:
    struct Row
    {
        QStringList cells;
        QStringList tips;
        QVariantList values; // ValueRole where not the text shown
        bool total = false;
        bool alert = false; // never admitted
    };
    void rebuild();
    QList<Row> episodeRows() const;
    QList<Row> serviceRows() const;
    QList<Row> unreportedRows() const;
    QString local(const QDateTime &time) const;
    QVariant zoned(const QDateTime &time) const;

    Kind m_kind;
    stats::Official m_data;
    QTimeZone m_zone;
    QList<Row> m_rows;
};

} // namespace ehb
