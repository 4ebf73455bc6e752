#pragma once

#include "core/result.h"
#include "server/storage/reportrepository.h"

#include <QDate>
#include <QTimeZone>

#include <functional>

namespace ehb::bench {

// A year of reports as GPs would send them, for the statistics benchmark: ~2000 installations
// (a few very active, most quiet), every catalogue service (Recip-e and the MyCareNet services
// most), mostly on weekdays in working hours, 40% of them in outage bursts where hundreds of
// practices report one service within a few hours. The same seed gives the same reports.
class YearFiller
{
public:
    struct Figures
    {
        qint64 reports = 0;
        double seconds = 0;
    };

    // `year` in `zone`: every report starts in [Jan 1, next Jan 1) local time.
    YearFiller(int year, QTimeZone zone, quint32 seed = 2025);

    QDateTime from() const;
    QDateTime to() const;

    // Stores `count` reports through ReportStore::putBatch, `batch` per transaction, in
    // the order of their start; `progress` hears the running total after each batch.
    Result<Figures> fill(server::ReportStore &repository, qint64 count, int batch,
                         const std::function<void(qint64)> &progress = {});

private:
    int m_year;
    QTimeZone m_zone;
    quint32 m_seed;
};

} // namespace ehb::bench
