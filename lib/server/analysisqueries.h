#pragma once

#include "reportrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ehb::server {

// The reads of the analysis endpoints, shared by both SQL backends. Episodes and breakdowns read
// the covering index reports_analysis (migration 4) one service at a time, forward only, with
// integer columns, so that a year of a million reports costs one pass without parsing.
class AnalysisQueries
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisQueries)

public:
    static Result<QList<analysis::Observation>> observations(const QSqlDatabase &database,
                                                             const PeriodQuery &query);
    static Result<BreakdownCounts> breakdown(const QSqlDatabase &database,
                                             const PeriodQuery &query);
    static Result<QList<LiveCount>> liveCounts(const QSqlDatabase &database, const QDateTime &from,
                                               const QDateTime &to);
};

} // namespace ehb::server
