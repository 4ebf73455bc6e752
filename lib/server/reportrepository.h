#pragma once

#include "report.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

#include <optional>

namespace ehb::server {

// What a put did with a report, decided inside the storage transaction.
enum class PutStatus
{
    Created,  // a new id: stored
    Replayed, // the same revision again: nothing changed
    Updated,  // a newer revision: stored over the old one
    Conflict, // an older revision than the stored one: refused
    Forbidden // the stored report belongs to another installation: refused
};

struct PutOutcome
{
    PutStatus status = PutStatus::Created;
    int storedRevision = 0; // the revision stored after the put
};

// One report as the server keeps it: the canonical JSON and the bookkeeping around it.
struct StoredReport
{
    QUuid id;
    int revision = 0;
    QUuid installation;
    QString service;
    QByteArray body;
    QDateTime receivedAt;
    QDateTime updatedAt;
};

// Where the server keeps reports. SQLite now, PostgreSQL later: routes see only this interface.
// Implementations are used from one thread.
class ReportRepository
{
public:
    virtual ~ReportRepository() = default;

    // Connects to the database; fails with a translated reason.
    virtual Result<void> open() = 0;
    // Applies the missing schema migrations; returns the schema version now in place.
    virtual Result<int> migrate() = 0;

    // Stores `report` (whose canonical JSON is `canonicalJson`, as ReportCodec::toBytes makes it)
    // in one transaction: read the stored revision, decide, write, commit. A success is durable.
    virtual Result<PutOutcome> put(const Report &report, const QByteArray &canonicalJson,
                                   const QDateTime &receivedAt) = 0;

    virtual Result<qint64> count() = 0;
    // std::nullopt when no report has this id.
    virtual Result<std::optional<StoredReport>> find(const QUuid &id) = 0;
    // Succeeds when the database answers a query now.
    virtual Result<void> ping() = 0;
};

} // namespace ehb::server
