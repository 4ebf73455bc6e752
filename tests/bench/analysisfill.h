#pragma once

#include "server/storage/reportrepository.h"

#include <QString>
#include <QUuid>

namespace ehb::bench {

// The EMR software name a practice sends: most use one of a few programs, spelt as their
// version of the program spells it; a long tail of rare ones; some leave it empty. The same as
// bench_analysisapi's, so that both benchmarks can share a filled database.
QString softwareFor(const QUuid &installation);

// Adds the software name (and its canonical JSON) to every report stored through it.
class WithSoftware final : public server::ReportStore
{
public:
    explicit WithSoftware(server::ReportStore &inner)
        : m_inner(inner)
    {}
    Result<QList<server::PutOutcome>> putBatch(const QList<server::PutRequest> &requests) override;
    Result<qint64> count() override { return m_inner.count(); }
    Result<std::optional<server::StoredReport>> find(const QUuid &id) override
    {
        return m_inner.find(id);
    }
    Result<QList<server::StoredReport>> reports(const server::ReportsQuery &query) override
    {
        return m_inner.reports(query);
    }
    Result<void> ping() override { return m_inner.ping(); }
    Result<bool> checkpoint() override { return m_inner.checkpoint(); }

private:
    server::ReportStore &m_inner;
};

// The benchmarks' own report, recip-e on 15 December of `year`: each move() stores a new
// revision a minute later or earlier, as a change to that month's reports that the server's
// analysis must read again.
class MovingReport
{
public:
    MovingReport(server::ReportStore &repository, int year)
        : m_repository(repository)
        , m_year(year)
    {}
    bool move();

private:
    server::ReportStore &m_repository;
    int m_year;
    int m_revision = 0;
};

} // namespace ehb::bench
