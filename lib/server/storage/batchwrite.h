#pragma once

#include "core/result.h"
#include "server/storage/reportrepository.h"
#include "server/storage/rollupdeltas.h"
#include "server/storage/sqlwrite.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>

#include <functional>
#include <set>
#include <utility>

class QSqlQuery;

namespace ehb::server {

class SoftwareNames;
class SqlDialect;
class SqlStatementCache;

// Why one try of a batch failed, and whether the database says the batch may be tried again.
struct BatchFailure
{
    QString error;
    bool retryable = false;
};

// One try of SqlReportRepository::putBatch, in one transaction: begin and lock the rollup zones
// shared; read which zones the rollups keep; resolve the software names; store each report in
// id order (insert first, read the stored one only when the id is taken); write the rollup
// deltas and bump the changed analysis chunks; commit. Used once, on the writer's connection.
class BatchWrite
{
    Q_DECLARE_TR_FUNCTIONS(BatchWrite)

public:
    struct Storage
    {
        QSqlDatabase database;
        const SqlDialect &dialect;
        SqlStatementCache &statements;
        SoftwareNames &softwareNames;
        // The time zones of rollup_zones ids (SqlReportRepository keeps them cached).
        std::function<QList<QTimeZone>(const QList<QByteArray> &)> zonesFor;
    };

    explicit BatchWrite(Storage storage);

    // Every outcome, durable, in the requests' order; or why nothing was stored.
    Result<QList<PutOutcome>, BatchFailure> run(const QList<PutRequest> &requests);

private:
    // The rollup rows a report counts in: its local zones' days, weeks and months, and the UTC
    // hour when those are kept.
    struct RollupTargets
    {
        QList<QTimeZone> zones;
        bool hours = false;
    };
    struct Statements
    {
        QSqlQuery *select = nullptr;
        QSqlQuery *insert = nullptr;
        QSqlQuery *update = nullptr;
    };

    BatchFailure failed(const QSqlError &error) const;
    Result<void, QSqlError> begin();
    Result<RollupTargets, QSqlError> rollupTargets();
    Result<Statements, QSqlError> statements();
    // The software_names ids of the batch's names (new names get one, uncommitted).
    Result<QHash<QString, qint64>, QSqlError> softwareIds(const QList<PutRequest> &requests);
    // Stores one report and notes what it changes in the rollups and the analysis chunks.
    Result<PutOutcome, BatchFailure> store(const PutRequest &request, const Statements &statements);
    Result<void, QSqlError> bumpAnalysisVersions();

    Storage m_storage;
    WriteTransaction m_transaction;
    RollupTargets m_targets;
    QHash<QString, qint64> m_softwareIds;
    RollupDeltas m_deltas;
    // The (service, UTC month) chunks whose reports change, for AnalysisCache.
    std::set<std::pair<QString, qint64>> m_changedChunks;
};

} // namespace ehb::server
