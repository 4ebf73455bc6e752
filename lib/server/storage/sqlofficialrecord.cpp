// SqlReportRepository's OfficialRecord: the official status page's changes and incidents
// (migration 9), in a file of its own beside the reports' storage.
#include "server/storage/sqlreportrepository.h"

#include "server/storage/sqlwrite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Text for a NOT NULL column: a null QString would be bound as NULL.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

// How often one component is read again when another server changed it between our read and
// our write; each retry sees the other's commit (PostgreSQL: READ COMMITTED).
constexpr int componentTries = 5;

// Records the change of one component, if any, inside the open transaction; the change when
// one was recorded. Fails with the SQL error.
Result<std::optional<OfficialChange>, QSqlError>
recordOne(const QSqlDatabase &db, const OfficialObservation &seen, const QDateTime &seenAt)
{
    QSqlQuery query(db);
    for (int attempt = 0; attempt < componentTries; ++attempt) {
        query.prepare(QStringLiteral("SELECT status, sequence, seen_at FROM official_components"
                                     " WHERE component_id = ?"));
        query.addBindValue(seen.componentId);
        if (!query.exec())
            return query.lastError();
        OfficialChange change{seen.componentId, 1,           seen.name, seen.service,
                              QString(),        seen.status, seenAt};
        if (query.next()) {
            const QString status = query.value(0).toString();
            const qint64 sequence = query.value(1).toLongLong();
            const QDateTime storedAt = timeFrom(query.value(2));
            query.finish();
            // Unchanged, or a state another server saw later than this fetch: nothing to do.
            if (status == seen.status || storedAt >= seenAt)
                return std::optional<OfficialChange>();
            change.oldStatus = status;
            change.sequence = sequence + 1;
            query.prepare(QStringLiteral(
                "UPDATE official_components SET status = ?, sequence = ?, name = ?, service = ?,"
                " seen_at = ? WHERE component_id = ? AND sequence = ?"));
            query.addBindValue(notNull(seen.status));
            query.addBindValue(change.sequence);
            query.addBindValue(notNull(seen.name));
            query.addBindValue(nullable(seen.service));
            query.addBindValue(timeValue(seenAt));
            query.addBindValue(seen.componentId);
            query.addBindValue(sequence);
        } else {
            query.finish();
            query.prepare(QStringLiteral(
                "INSERT INTO official_components (component_id, name, service, status, sequence,"
                " seen_at) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (component_id) DO NOTHING"));
            query.addBindValue(seen.componentId);
            query.addBindValue(notNull(seen.name));
            query.addBindValue(nullable(seen.service));
            query.addBindValue(notNull(seen.status));
            query.addBindValue(timeValue(seenAt));
        }
        if (!query.exec())
            return query.lastError();
        if (query.numRowsAffected() != 1)
            continue; // another server got there first: read its state
        query.prepare(QStringLiteral(
            "INSERT INTO official_changes (component_id, sequence, name, service, old_status,"
            " new_status, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(change.componentId);
        query.addBindValue(change.sequence);
        query.addBindValue(notNull(change.name));
        query.addBindValue(nullable(change.service));
        query.addBindValue(nullable(change.oldStatus));
        query.addBindValue(notNull(change.newStatus));
        query.addBindValue(timeValue(seenAt));
        if (!query.exec())
            return query.lastError();
        return std::optional<OfficialChange>(change);
    }
    return std::optional<OfficialChange>(); // changed under us each time: the next fetch tells
}

} // namespace

Result<QList<OfficialChange>>
SqlReportRepository::recordOfficialStatus(const QList<OfficialObservation> &observations,
                                          const QDateTime &seenAt)
{
    return whenReady([&]() -> Result<QList<OfficialChange>> {
        const QSqlDatabase db = database();
        QSqlError error;
        for (int attempt = 0; attempt < maxAttempts; ++attempt) {
            QList<OfficialChange> changes;
            WriteTransaction transaction(db);
            error = transaction.begin(m_dialect->beginWrite());
            for (const OfficialObservation &seen : observations) {
                if (error.isValid())
                    break;
                auto recorded = recordOne(db, seen, seenAt);
                if (!recorded)
                    error = recorded.error();
                else if (recorded.value())
                    changes.append(*recorded.value());
            }
            if (!error.isValid())
                error = transaction.commit();
            if (!error.isValid())
                return changes;
            if (!m_dialect->isRetryable(error))
                break;
        }
        return fail(tr("Cannot record the official status: %1").arg(error.text()));
    });
}

Result<QList<OfficialChange>> SqlReportRepository::officialChanges(const QDateTime &from,
                                                                   const QDateTime &to)
{
    return whenReady([&]() -> Result<QList<OfficialChange>> {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT component_id, sequence, name, service, old_status, new_status, seen_at"
            " FROM official_changes WHERE seen_at >= ? AND seen_at < ?"
            " ORDER BY seen_at, component_id, sequence"));
        query.addBindValue(timeValue(from));
        query.addBindValue(timeValue(to));
        if (!query.exec())
            return fail(
                tr("Cannot read the official status changes: %1").arg(query.lastError().text()));
        QList<OfficialChange> changes;
        while (query.next()) {
            changes.append({query.value(0).toString(), query.value(1).toLongLong(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toString(),
                            timeFrom(query.value(6))});
        }
        return changes;
    });
}

Result<QList<qint64>>
SqlReportRepository::addOfficialIncidents(const QList<OfficialIncident> &incidents)
{
    return whenReady([&]() -> Result<QList<qint64>> {
        const QSqlDatabase db = database();
        const auto failure = [](const QSqlError &error) {
            return fail(tr("Cannot store the official incidents: %1").arg(error.text()));
        };
        WriteTransaction transaction(db);
        if (const QSqlError error = transaction.begin(m_dialect->beginWrite()); error.isValid())
            return failure(error);
        QSqlQuery query(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> ids;
        for (const OfficialIncident &incident : incidents) {
            query.prepare(QStringLiteral(
                "INSERT INTO official_incidents (service, started_at, ended_at, status, source,"
                " imported, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            query.addBindValue(incident.service);
            query.addBindValue(timeValue(incident.start));
            query.addBindValue(timeValue(incident.end));
            query.addBindValue(notNull(incident.status));
            query.addBindValue(notNull(incident.source));
            query.addBindValue(incident.imported ? 1 : 0);
            query.addBindValue(timeValue(now));
            if (!query.exec() || !query.next())
                return failure(query.lastError());
            ids.append(query.value(0).toLongLong());
            query.finish();
        }
        if (const QSqlError error = transaction.commit(); error.isValid())
            return failure(error);
        return ids;
    });
}

Result<QList<OfficialIncident>> SqlReportRepository::officialIncidents(const QDateTime &from,
                                                                       const QDateTime &to)
{
    return whenReady([&]() -> Result<QList<OfficialIncident>> {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT id, service, started_at, ended_at, status, source, imported"
            " FROM official_incidents WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?)"
            " ORDER BY started_at, id"));
        query.addBindValue(timeValue(to));
        query.addBindValue(timeValue(from));
        if (!query.exec())
            return fail(tr("Cannot read the official incidents: %1").arg(query.lastError().text()));
        QList<OfficialIncident> incidents;
        while (query.next()) {
            incidents.append({query.value(0).toLongLong(), query.value(1).toString(),
                              timeFrom(query.value(2)), timeFrom(query.value(3)),
                              query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toInt() != 0});
        }
        return incidents;
    });
}

} // namespace ehb::server
