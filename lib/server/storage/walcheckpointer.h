#pragma once

#include "core/result.h"
#include "server/storage/reportrepository.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace ehb::server {

// Copies the reports the writer committed from SQLite's write-ahead log into the database file,
// on a thread and connection of its own, every `commitsPerCheckpoint` commits. The writer, whom
// every PUT waits for, then only appends to the log: it checkpoints itself only when this thread
// falls far behind (SqlReportRepository::writerCheckpointPages). With storage that has no such
// log (ReportStore::checkpoint answers false) the thread ends at once.
class WalCheckpointer
{
public:
    using Opener = std::function<Result<std::unique_ptr<ReportStore>>()>;

    // Of 8, 32 and 128, the fastest ingest (measured: 3,192-3,420 reports/s against 2,595-2,669
    // and 2,798-2,900 at 64 connections and 16 threads).
    static constexpr int defaultCommitsPerCheckpoint = 32;

    explicit WalCheckpointer(Opener opener, int commitsPerCheckpoint = defaultCommitsPerCheckpoint);
    // Stops the thread (a checkpoint under way ends first).
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    void start();
    // The writer committed once more. Never blocks on a checkpoint. Thread-safe.
    void committed();

    // How many commits the checkpoints done so far cover (for tests).
    qint64 covered() const;

private:
    void run();

    Opener m_opener;
    const qint64 m_every;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_commits = 0;
    qint64 m_covered = 0;
    bool m_stopping = false;
};

} // namespace ehb::server
