#include "analysiscache.h"

#include "analysis/episodes.h"
#include "reportrepository.h"

#include <QCryptographicHash>
#include <QMutexLocker>

#include <algorithm>

namespace ehb::server {

AnalysisCache::AnalysisCache(qint64 maxRows)
    : m_maxRows(maxRows)
{}

qint64 AnalysisCache::Snapshot::rowCount(qint64 fromS, qint64 toS) const
{
    qint64 count = 0;
    forEachRow(fromS, toS, [&count](const AnalysisRow &, int) { ++count; });
    return count;
}

Result<AnalysisCache::Snapshot> AnalysisCache::snapshot(ReportRepository &repository,
                                                        const QStringList &services, qint64 fromS,
                                                        qint64 toS)
{
    Snapshot snapshot;
    snapshot.services = services;
    snapshot.chunks.resize(services.size());
    if (toS <= fromS)
        return snapshot;
    const qint64 firstMonth = AnalysisMonths::monthOf(fromS);
    const qint64 lastMonth = AnalysisMonths::monthOf(toS - 1);
    // The versions first: a report stored while the chunks are read makes its chunk's version
    // newer than the one kept with it, so that it is read again next time.
    const Result<QHash<AnalysisChunkKey, qint64>> versions =
        repository.analysisVersions(services, firstMonth, lastMonth);
    if (!versions)
        return fail(versions.error());

    // Months without a version never had a report (every stored report bumps its month).
    QList<AnalysisChunkKey> wanted;
    for (auto it = versions->constBegin(); it != versions->constEnd(); ++it)
        wanted.append(it.key());
    std::sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.service, a.month) < std::tie(b.service, b.month);
    });
    QList<std::shared_ptr<const Chunk>> found(wanted.size());
    {
        QMutexLocker locker(&m_mutex);
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const auto chunk = m_chunks.value(wanted.at(i));
            if (chunk && chunk->version == versions->value(wanted.at(i)))
                found[i] = chunk;
        }
    }
    // Read outside the lock: other workers go on meanwhile (two may read the same chunk).
    qint64 rowsRead = 0;
    qint64 chunkReads = 0;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (found.at(i))
            continue;
        const AnalysisChunkKey &key = wanted.at(i);
        Result<std::vector<AnalysisRow>> rows =
            repository.analysisRows(key.service, AnalysisMonths::monthStart(key.month),
                                    AnalysisMonths::monthStart(key.month + 1));
        if (!rows)
            return fail(rows.error());
        auto chunk = std::make_shared<Chunk>();
        chunk->key = key;
        chunk->version = versions->value(key);
        chunk->rows = std::move(rows).value();
        const auto byStart = [](const AnalysisRow &a, const AnalysisRow &b) {
            return a.startedS < b.startedS;
        };
        if (!std::is_sorted(chunk->rows.begin(), chunk->rows.end(), byStart))
            std::sort(chunk->rows.begin(), chunk->rows.end(), byStart);
        rowsRead += qint64(chunk->rows.size());
        ++chunkReads;
        found[i] = std::move(chunk);
    }

    QCryptographicHash versionHash(QCryptographicHash::Sha256);
    {
        QMutexLocker locker(&m_mutex);
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const AnalysisChunkKey &key = wanted.at(i);
            auto &held = m_chunks[key];
            if (held != found.at(i)) {
                // Keep the newer of two reads of a chunk.
                if (!held || held->version <= found.at(i)->version) {
                    m_counters.rowsHeld +=
                        qint64(found.at(i)->rows.size()) - (held ? qint64(held->rows.size()) : 0);
                    held = found.at(i);
                }
            }
            m_lastUse[key] = ++m_useClock;
        }
        m_counters.rowsRead += rowsRead;
        m_counters.chunkReads += chunkReads;
        if (m_counters.rowsHeld > m_maxRows)
            dropOldest(wanted);
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const AnalysisChunkKey &key = wanted.at(i);
        snapshot.chunks[services.indexOf(key.service)].append(found.at(i));
        versionHash.addData(key.service.toUtf8());
        const QByteArray version = QByteArray::number(key.month) + ':' +
                                   QByteArray::number(found.at(i)->version) + ';';
        versionHash.addData(version);
    }
    snapshot.versions = versionHash.result().toHex();
    return snapshot;
}

void AnalysisCache::dropOldest(const QList<AnalysisChunkKey> &keep)
{
    QList<QPair<qint64, AnalysisChunkKey>> byUse;
    for (auto it = m_lastUse.constBegin(); it != m_lastUse.constEnd(); ++it) {
        if (!keep.contains(it.key()))
            byUse.append({it.value(), it.key()});
    }
    std::sort(byUse.begin(), byUse.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[use, key] : std::as_const(byUse)) {
        if (m_counters.rowsHeld <= m_maxRows)
            break;
        if (const auto chunk = m_chunks.take(key))
            m_counters.rowsHeld -= qint64(chunk->rows.size());
        m_lastUse.remove(key);
    }
}

std::shared_ptr<const analysis::EpisodeFindings>
AnalysisCache::findings(const QByteArray &key) const
{
    QMutexLocker locker(&m_mutex);
    for (const auto &[held, findings] : m_findings) {
        if (held == key) {
            ++m_counters.findingsHits;
            return findings;
        }
    }
    return {};
}

void AnalysisCache::keepFindings(const QByteArray &key,
                                 std::shared_ptr<const analysis::EpisodeFindings> findings)
{
    QMutexLocker locker(&m_mutex);
    m_findings.removeIf([&key](const auto &entry) { return entry.first == key; });
    m_findings.prepend({key, std::move(findings)});
    while (m_findings.size() > maxFindings)
        m_findings.removeLast();
}

AnalysisCache::Counters AnalysisCache::counters() const
{
    QMutexLocker locker(&m_mutex);
    return m_counters;
}

} // namespace ehb::server
