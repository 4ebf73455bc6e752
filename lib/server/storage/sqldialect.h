#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace ehb::server {

// One versioned schema step: statements run in one transaction.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// What differs between the SQL backends; everything else is the shared SQL of
// SqlReportRepository (both SQLite 3.40 and PostgreSQL 15 speak ON CONFLICT ... RETURNING).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Adds and opens the connection `connectionName` and configures it (durability, timeouts).
    virtual Result<QSqlDatabase> connect(const QString &connectionName) const = 0;
    // The database as shown in messages (never with a password).
    virtual QString displayName() const = 0;

    virtual const QList<Migration> &migrations() const = 0;
    // Starts a write transaction (SQLite: BEGIN IMMEDIATE takes the write lock at once).
    virtual QString beginWrite() const = 0;
    // Run first inside a migration transaction so that two servers starting together apply
    // each migration once; empty when beginWrite() already serialises writers.
    virtual QString lockMigrations() const = 0;
    // Run at the start of every write batch, and of the filling of a new rollup zone, so that a
    // batch never misses a zone being filled (PostgreSQL: table locks on rollup_zones); empty
    // when beginWrite() already serialises writers.
    virtual QString lockZonesShared() const = 0;
    virtual QString lockZonesExclusive() const = 0;
    // Appended to the SELECT that reads a stored report before deciding a put.
    virtual QString lockRowSuffix() const = 0;
    // Copies what commits put in a write-ahead log into the database file, waiting for nobody
    // (WalCheckpointer); empty when the database keeps no such log of ours.
    virtual QString checkpointLog() const = 0;
    // True when the whole transaction may simply be run again (busy, serialization, deadlock).
    virtual bool isRetryable(const QSqlError &error) const = 0;
};

} // namespace ehb::server
