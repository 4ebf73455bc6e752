#pragma once

#include "core/result.h"
#include "server/stats/analysisrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace ehb::analysis {
struct EpisodeFindings;
}

namespace ehb::server {

class AnalysisReader;

// The reports the analysis endpoints read, kept in memory by (service, UTC month) so that a
// year is read from the database once, not at every request: each request asks the database
// for the chunks' versions (a few rows of analysis_versions, bumped in the transaction of every
// stored report) and reads again only the chunks that changed. The episodes found for a
// request are kept too, under the versions of the chunks they were found in. Versions live in
// the database, so several servers on one PostgreSQL see each other's reports at once.
// Shared by every HTTP worker; thread-safe.
class AnalysisCache
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisCache)

public:
    // 48 bytes a report: 4,000,000 reports take some 190 MB. Beyond it, the chunks used
    // longest ago are dropped (and read again when needed).
    static constexpr qint64 defaultMaxRows = 4'000'000;
    static constexpr int maxFindings = 16;

    struct Chunk
    {
        AnalysisChunkKey key;
        qint64 version = 0;
        std::vector<AnalysisRow> rows; // by start
    };

    // The chunks of some services over a period, each up to date when it was read.
    struct Snapshot
    {
        QStringList services;
        // Per service, in the order of `services`: its chunks by month (months without reports
        // have none).
        QList<QList<std::shared_ptr<const Chunk>>> chunks;
        // Identifies the data: equal for two snapshots over the same chunks and versions.
        QByteArray versions;

        // Calls f(row, serviceIndex) for each row whose start is in [fromS, toS).
        template <typename F> void forEachRow(qint64 fromS, qint64 toS, F &&f) const;
        qint64 rowCount(qint64 fromS, qint64 toS) const;
    };

    explicit AnalysisCache(qint64 maxRows = defaultMaxRows);
    AnalysisCache(const AnalysisCache &) = delete;
    AnalysisCache &operator=(const AnalysisCache &) = delete;

    // The reports of `services` starting in [fromS, toS), read through `repository` where the
    // cache is not up to date.
    Result<Snapshot> snapshot(AnalysisReader &repository, const QStringList &services, qint64 fromS,
                              qint64 toS);

    // Episodes found before under `key` (which must contain the snapshot's versions).
    std::shared_ptr<const analysis::EpisodeFindings> findings(const QByteArray &key) const;
    void keepFindings(const QByteArray &key,
                      std::shared_ptr<const analysis::EpisodeFindings> findings);

    // What the cache did so far (for tests and benchmarks).
    struct Counters
    {
        qint64 chunkReads = 0; // chunks read from the database
        qint64 rowsRead = 0;
        qint64 rowsHeld = 0;
        qint64 findingsHits = 0;
    };
    Counters counters() const;

private:
    void dropOldest(const QList<AnalysisChunkKey> &keep);

    const qint64 m_maxRows;
    mutable QMutex m_mutex;
    QHash<AnalysisChunkKey, std::shared_ptr<const Chunk>> m_chunks;
    QHash<AnalysisChunkKey, qint64> m_lastUse;
    QSet<AnalysisChunkKey> m_loading; // chunks a thread is reading now
    QWaitCondition m_loaded;          // one of them was read
    qint64 m_useClock = 0;
    QList<QPair<QByteArray, std::shared_ptr<const analysis::EpisodeFindings>>> m_findings;
    mutable Counters m_counters;
};

template <typename F>
void AnalysisCache::Snapshot::forEachRow(qint64 fromS, qint64 toS, F &&f) const
{
    for (qsizetype service = 0; service < chunks.size(); ++service) {
        for (const std::shared_ptr<const Chunk> &chunk : chunks.at(service)) {
            const auto &rows = chunk->rows;
            auto it = std::lower_bound(
                rows.begin(), rows.end(), fromS,
                [](const AnalysisRow &row, qint64 secs) { return row.startedS < secs; });
            for (; it != rows.end() && it->startedS < toS; ++it)
                f(*it, int(service));
        }
    }
}

} // namespace ehb::server
