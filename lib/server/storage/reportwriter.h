#pragma once

#include "core/result.h"
#include "server/storage/reportrepository.h"
#include "server/storage/walcheckpointer.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

class QThread;

namespace ehb::server {

// The one thread that writes reports. HTTP workers hand it their PUTs and wait; it commits
// everything waiting at that moment in one transaction (group commit), so the cost of a durable
// commit is shared by every PUT that arrived while the previous one was being made. A
// WalCheckpointer of its own moves SQLite's log into the database file beside it.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    using Opener = std::function<Result<std::unique_ptr<ReportStore>>()>;

    static constexpr int maxBatch = 256;

    explicit ReportWriter(Opener opener);
    // Stores what is queued, then stops the thread.
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    // Starts the thread and opens its repository there (with `opener`); fails with the reason.
    Result<void> start();

    // Queues `request` and waits until its batch is committed (or failed). Thread-safe.
    Result<PutOutcome> put(PutRequest request);

    // How many transactions and reports went through so far (for metrics and benchmarks).
    qint64 batches() const;
    qint64 written() const;

private:
    struct Pending
    {
        PutRequest request;
        std::promise<Result<PutOutcome>> done;
    };

    void run(std::promise<Result<void>> &started);
    void store(std::unique_ptr<ReportStore> &repository, std::deque<Pending> &batch);

    Opener m_opener;
    WalCheckpointer m_checkpointer;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    bool m_running = false;
    qint64 m_batches = 0;
    qint64 m_written = 0;
};

} // namespace ehb::server
