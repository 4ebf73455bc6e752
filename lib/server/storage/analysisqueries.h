#pragma once

#include "server/storage/reportrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ehb::server {

// The reads of the analysis endpoints, shared by both SQL backends. Rows come from the covering
// index reports_analysis (migrations 4 and 8) one service at a time, forward only, five integers a
// row, so that a year of a million reports costs one pass without parsing.
class AnalysisQueries
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisQueries)

public:
    static Result<std::vector<AnalysisRow>> rows(const QSqlDatabase &database,
                                                 const QString &service, qint64 fromS, qint64 toS);
    static Result<QHash<AnalysisChunkKey, qint64>> versions(const QSqlDatabase &database,
                                                            const QStringList &services,
                                                            qint64 fromMonth, qint64 toMonth);
    // The same reads for one request, without AnalysisCache.
    static Result<QList<analysis::Observation>> observations(const QSqlDatabase &database,
                                                             const PeriodQuery &query);
    static Result<BreakdownCounts> breakdown(const QSqlDatabase &database,
                                             const PeriodQuery &query);
    static Result<QList<LiveCount>> liveCounts(const QSqlDatabase &database, const QDateTime &from,
                                               const QDateTime &to);
    static Result<QList<LiveReport>> liveReports(const QSqlDatabase &database,
                                                 const QDateTime &from, const QDateTime &to);
};

} // namespace ehb::server
