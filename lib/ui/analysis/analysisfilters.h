#pragma once

#include "net/statsdata.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ehb {

// The question the Analysis view asks: a period (last 7 days, last month, this year, or custom
// dates), a service (all or one) and the frequency bucket (day, week, month). Periods are local
// calendar days in Europe/Brussels; those that include today end now.
class AnalysisFilters final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisFilters)

public:
    enum class Preset
    {
        Last7Days,
        LastMonth,
        ThisYear,
        Custom
    };
    using Clock = std::function<QDateTime()>;

    explicit AnalysisFilters(QWidget *parent = nullptr);

    // For tests and benchmarks: what "now" is (UTC). Defaults to the system clock.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    void setPreset(Preset preset);
    Preset preset() const;
    // Custom period: the first and the last day shown (both included).
    void setCustomPeriod(const QDate &first, const QDate &last);
    void setService(const QString &serviceId);
    QString service() const;
    void setBucket(const QString &bucket);
    QString bucket() const;

    // The statistics question for what is chosen now.
    stats::Query query() const;
    // The zone periods are read in.
    static QString zoneId() { return QStringLiteral("Europe/Brussels"); }

    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *monthlyReportButton() const { return m_monthly; }

Q_SIGNALS:
    // The question changed (not emitted by the Refresh button, which has its own signal).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPreset();
    void updateDateEdits();
    QString periodText() const;

    Clock m_clock;
    QComboBox *m_preset;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_serviceLabel;
    QComboBox *m_service;
    QLabel *m_bucketLabel;
    QComboBox *m_bucket;
    QPushButton *m_refresh;
    QPushButton *m_monthly;
    bool m_updating = false;
};

} // namespace ehb
