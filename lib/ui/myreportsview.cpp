#include "ui/myreportsview.h"

#include "core/timeutil.h"
#include "net/deliveryagent.h"
#include "store/reportstore.h"
#include "ui/reportdetailsdialog.h"
#include "ui/reportsmodel.h"
#include "ui/resolvedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ehb {

MyReportsView::MyReportsView(ReportStore &store, DeliveryAgent &agent, const QString &language,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_agent(agent)
    , m_model(new ReportsModel(store, language, this))
    , m_table(new QTableView(this))
    , m_details(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("myReportsView"));

    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_resolve->setObjectName(QStringLiteral("resolvedButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));

    m_problem->setObjectName(QStringLiteral("reportsError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_details, &QPushButton::clicked, this, &MyReportsView::addDetailsToSelected);
    connect(m_resolve, &QPushButton::clicked, this, &MyReportsView::resolveSelected);
    connect(m_table, &QAbstractItemView::activated, this, &MyReportsView::addDetailsToSelected);
    connect(m_retry, &QPushButton::clicked, &m_agent, &DeliveryAgent::retryAllNow);
    connect(&m_agent, &DeliveryAgent::stateChanged, this, &MyReportsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyReportsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyReportsView::updateButtons);
    updateButtons();
    retranslate();
}

void MyReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyReportsView::retranslate()
{
    m_table->setAccessibleName(tr("My reports"));
    m_details->setText(tr("Add &details…"));
    m_details->setAccessibleName(tr("Add details"));
    m_details->setToolTip(tr("Add symptoms, the error message, the impact or a comment to the "
                             "selected report"));
    m_resolve->setText(tr("Resolved &now"));
    m_resolve->setAccessibleName(tr("Resolved now"));
    m_resolve->setToolTip(tr("The selected problem is over: record that it ended now"));
    m_retry->setText(tr("Re&try now"));
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setToolTip(tr("Try to send the waiting reports to the server now"));
    m_problem->setAccessibleName(tr("Problem"));
    // The model is no widget: it hears of the new language from here.
    m_model->retranslate();
}

void MyReportsView::refresh()
{
    const int row = selectedRow();
    const QUuid selected = row < 0 ? QUuid() : m_model->reportAt(row).report.id;
    m_model->refresh();
    const int newRow = selected.isNull() ? -1 : m_model->rowOf(selected);
    if (newRow >= 0)
        m_table->selectRow(newRow);
    updateButtons();
}

void MyReportsView::addDetailsToSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        addDetails(m_model->reportAt(row).report.id);
}

void MyReportsView::addDetails(const QUuid &id)
{
    const std::optional<StoredReport> stored = m_store.find(id);
    if (!stored || stored->report.isResolved())
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    if (m_detailsDialog)
        m_detailsDialog->close();
    auto *dialog = new ReportDetailsDialog(stored->report, this);
    m_detailsDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, opened = stored->report] {
        // Onto the report as stored now: an end or a confirmation given meanwhile stays (a
        // report gone meanwhile makes the store say so).
        const std::optional<StoredReport> now = m_store.find(id);
        edited(m_store.update(dialog->withDetails(now ? now->report : opened)),
               tr("The details could not be saved: %1"));
    });
    dialog->open();
}

ReportDetailsDialog *MyReportsView::detailsDialog() const
{
    return m_detailsDialog.data();
}

void MyReportsView::resolveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Report &report = m_model->reportAt(row).report;
    const QUuid id = report.id;
    // The problem ended when the GP said so, not when the dialog was closed.
    const QDateTime endedAt = utcNowSeconds();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ResolveDialog(report.impact, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id, endedAt] {
        resolve(id, endedAt, m_dialog ? m_dialog->impact() : std::nullopt);
    });
    m_dialog->open();
}

void MyReportsView::resolve(const QUuid &id, const QDateTime &endedAt,
                            const std::optional<Impact> &impact, bool answered)
{
    if (edited(m_store.markResolved(id, endedAt, impact, answered),
               tr("The report could not be marked as resolved: %1")))
        Q_EMIT resolved(id);
}

void MyReportsView::confirmStillFailing(const QUuid &id, const QDateTime &confirmedAt)
{
    edited(m_store.markConfirmed(id, confirmedAt),
           tr("The report could not be marked as still failing: %1"));
}

bool MyReportsView::edited(const Result<Report> &result, const QString &failure)
{
    if (!result) {
        m_problem->setText(failure.arg(result.error()));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    refresh();
    m_agent.deliverNow();
    return true;
}

ResolveDialog *MyReportsView::resolveDialog() const
{
    return m_dialog.data();
}

int MyReportsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void MyReportsView::updateButtons()
{
    const int row = selectedRow();
    const bool open = row >= 0 && !m_model->reportAt(row).report.isResolved();
    m_details->setEnabled(open);
    m_resolve->setEnabled(open);
    m_retry->setEnabled(m_store.pendingCount() > 0);
}

} // namespace ehb
