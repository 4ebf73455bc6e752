#pragma once

#include "core/report.h"
#include "core/result.h"
#include "store/deliverystate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ehb {

// The GP's local SQLite store: reports and their outbox state (WAL, synchronous=FULL).
// Every change is one transaction, so a crash leaves the whole report or none.
// One instance per thread; several processes may open the same file.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)

public:
    static constexpr int schemaVersion = 2;

    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // Opens (creating if needed) the database at `path` and runs pending migrations.
    static Result<std::unique_ptr<ReportStore>> open(const QString &path);

    // The user_version of the open database.
    int version() const;

    // Saves a new report (revision as given, normally 1) in state Saved.
    Result<void> create(const Report &report);
    // Stores an edit: the revision becomes the stored one + 1, and the report is due again.
    // Returns the report as stored.
    Result<Report> update(const Report &edited);
    // Sets ended_at (an edit), and the impact in the same revision when one is given; with
    // `answered`, marks the end as the answer "Resolved now" to "Is it back for you?"
    // (end_answered) rather than a "Resolved" of the GP's own. Fails when the report is unknown
    // or already resolved.
    Result<Report> markResolved(const QUuid &id, const QDateTime &endedAt,
                                const std::optional<Impact> &impact = std::nullopt,
                                bool answered = false);
    // Sets confirmed_at (an edit): the GP said at `confirmedAt` that the problem was still there.
    // Fails when the report is unknown or resolved, or when the time breaks confirmed_at's rules
    // (ReportValidator, judged at the clock's now): the message names the field.
    Result<Report> markConfirmed(const QUuid &id, const QDateTime &confirmedAt);

    std::optional<StoredReport> find(const QUuid &id) const;
    // Newest first (by reported_at).
    QList<StoredReport> all() const;
    // Reports whose current revision is not yet acknowledged and that may be tried at `now`:
    // Saved, or Retrying with nextAttempt <= now. Rejected ones wait for an edit.
    QList<Report> due(const QDateTime &now) const;
    // The earliest nextAttempt of reports in Retrying; invalid when none.
    QDateTime nextAttempt() const;
    // How many reports are not yet acknowledged (Saved, Retrying or Rejected).
    int pendingCount() const;

    // Reports not yet resolved whose GP was never asked "Is it back for you?" (BackWatcher),
    // oldest first.
    QList<Report> openNotAskedIfBack() const;
    // Records that the GP was asked for report `id`, so that no restart asks again. Not an edit:
    // nothing is sent.
    Result<void> markAskedIfBack(const QUuid &id);

    // The server acknowledged `revision`. If the report was edited since, it stays due.
    Result<void> markSent(const QUuid &id, int revision);
    Result<void> markRetrying(const QUuid &id, int revision, const QString &error,
                              const QDateTime &nextAttempt);
    Result<void> markRejected(const QUuid &id, int revision, const QString &message);

private:
    explicit ReportStore(QString connectionName);
    Result<void> migrate();
    // The stored report `id`; fails when it is unknown or already resolved.
    Result<Report> openReport(const QUuid &id) const;
    Result<void> setDelivery(const QUuid &id, int revision, Delivery::State state,
                             const QString &error, const QDateTime &nextAttempt);

    QString m_connectionName;
};

} // namespace ehb
