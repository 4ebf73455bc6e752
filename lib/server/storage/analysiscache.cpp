#include "server/storage/analysiscache.h"

#include "analysis/episodes.h"
#include "server/storage/reportrepository.h"

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

Result<AnalysisCache::Snapshot> AnalysisCache::snapshot(AnalysisReader &repository,
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
    // Read outside the lock: other workers go on meanwhile. A chunk is kept as soon as it is
    // read; a thread that needs a chunk another one is reading (a request during the warm-up
    // at start, two requests at once) waits for it instead of reading it too. A chunk newer
    // than the version read above does as well: it is only more recent.
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const AnalysisChunkKey &key = wanted.at(i);
        const qint64 version = versions->value(key);
        {
            QMutexLocker locker(&m_mutex);
            for (;;) {
                if (const auto held = m_chunks.value(key); held && held->version >= version) {
                    found[i] = held;
                    break;
                }
                if (!m_loading.contains(key)) {
                    m_loading.insert(key);
                    break;
                }
                m_loaded.wait(&m_mutex);
            }
        }
        if (found.at(i))
            continue;
        Result<std::vector<AnalysisRow>> rows =
            repository.analysisRows(key.service, AnalysisMonths::monthStart(key.month),
                                    AnalysisMonths::monthStart(key.month + 1));
        if (!rows) {
            QMutexLocker locker(&m_mutex);
            m_loading.remove(key);
            m_loaded.wakeAll();
            return fail(rows.error());
        }
        auto chunk = std::make_shared<Chunk>();
        chunk->key = key;
        chunk->version = version;
        chunk->rows = std::move(rows).value();
        const auto byStart = [](const AnalysisRow &a, const AnalysisRow &b) {
            return a.startedS < b.startedS;
        };
        if (!std::is_sorted(chunk->rows.begin(), chunk->rows.end(), byStart))
            std::sort(chunk->rows.begin(), chunk->rows.end(), byStart);
        found[i] = chunk;

        QMutexLocker locker(&m_mutex);
        ++m_counters.chunkReads;
        m_counters.rowsRead += qint64(chunk->rows.size());
        auto &held = m_chunks[key];
        if (!held || held->version <= version) {
            m_counters.rowsHeld +=
                qint64(chunk->rows.size()) - (held ? qint64(held->rows.size()) : 0);
            held = std::move(chunk);
        }
        m_loading.remove(key);
        m_loaded.wakeAll();
    }
    {
        QMutexLocker locker(&m_mutex);
        for (const AnalysisChunkKey &key : std::as_const(wanted))
            m_lastUse[key] = ++m_useClock;
        if (m_counters.rowsHeld > m_maxRows)
            dropOldest(wanted);
    }
    QCryptographicHash versionHash(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const AnalysisChunkKey &key = wanted.at(i);
        snapshot.chunks[services.indexOf(key.service)].append(found.at(i));
        versionHash.addData(key.service.toUtf8());
        const QByteArray version =
            QByteArray::number(key.month) + ':' + QByteArray::number(found.at(i)->version) + ';';
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
