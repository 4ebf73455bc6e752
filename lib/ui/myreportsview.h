#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ehb {

class DeliveryAgent;
class ReportStore;
class ReportsModel;

// "My reports": the GP's reports with their delivery state, "Resolved now" to say a problem is
// over, and "Retry now" to try the server again without waiting for the backoff.
class MyReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReportsView)

public:
    // `store` and `agent` must outlive the view. `language` is the catalogue language.
    MyReportsView(ReportStore &store, DeliveryAgent &agent, const QString &language,
                  QWidget *parent = nullptr);

    ReportsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    // Reloads the list from the store, keeping the selection.
    void refresh();
    // Sets ended_at of the selected report to now and delivers the edit.
    void resolveSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    int selectedRow() const;
    void updateButtons();

    ReportStore &m_store;
    DeliveryAgent &m_agent;
    ReportsModel *m_model;
    QTableView *m_table;
    QPushButton *m_resolve;
    QPushButton *m_retry;
    QLabel *m_problem;
};

} // namespace ehb
