#pragma once

#include "core/report.h"
#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ehb {

class DeliveryAgent;
class ReportStore;
class ReportDetailsDialog;
class ReportsModel;
class ResolveDialog;

// "My reports": the GP's reports with their delivery state, "Add details" to a report still open
// (a one-click "Me too" above all), "Resolved now" to say a problem is over (offering to add the
// minutes lost and patients affected then), and "Retry now" to try the server again without
// waiting for the backoff.
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
    // The dialog of a resolution being asked; nullptr when none.
    ResolveDialog *resolveDialog() const;
    // The dialog of details being added; nullptr when none.
    ReportDetailsDialog *detailsDialog() const;

public Q_SLOTS:
    // Reloads the list from the store, keeping the selection.
    void refresh();
    // Selects report `id` and opens "Add details" for it (ReportDetailsDialog, not modal); on
    // Save the details become a new revision of the report as stored then, delivered like any
    // edit. Does nothing for a report that is unknown or resolved.
    void addDetails(const QUuid &id);
    void addDetailsToSelected();
    // Offers to add the selected report's impact (ResolveDialog, not modal), then sets its
    // ended_at to the moment it was asked and delivers the edit, impact included.
    void resolveSelected();
    // Sets ended_at of report `id` (and its impact, when given) and delivers the edit; `answered`
    // when it is the answer "Resolved now" to "Is it back for you?" (end_answered).
    void resolve(const QUuid &id, const QDateTime &endedAt, const std::optional<Impact> &impact,
                 bool answered = false);
    // Sets confirmed_at of report `id` ("Still failing") and delivers the edit.
    void confirmStillFailing(const QUuid &id, const QDateTime &confirmedAt);

Q_SIGNALS:
    // Report `id` was marked resolved (from here or from "Is it back for you?").
    void resolved(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    int selectedRow() const;
    // After an edit of the store: shows the problem (prefixed with `failure`) or delivers it.
    // Returns whether the edit was made.
    bool edited(const Result<Report> &result, const QString &failure);
    void updateButtons();

    ReportStore &m_store;
    DeliveryAgent &m_agent;
    ReportsModel *m_model;
    QTableView *m_table;
    QPushButton *m_details;
    QPushButton *m_resolve;
    QPushButton *m_retry;
    QLabel *m_problem;
    QPointer<ResolveDialog> m_dialog;
    QPointer<ReportDetailsDialog> m_detailsDialog;
};

} // namespace ehb
