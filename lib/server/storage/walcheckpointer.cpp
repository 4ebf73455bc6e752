#include "server/storage/walcheckpointer.h"

#include <QtGlobal>

namespace ehb::server {

WalCheckpointer::WalCheckpointer(Opener opener, int commitsPerCheckpoint)
    : m_opener(std::move(opener))
    , m_every(std::max(1, commitsPerCheckpoint))
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void WalCheckpointer::committed()
{
    bool due = false;
    {
        const std::lock_guard lock(m_mutex);
        due = ++m_commits - m_covered >= m_every;
    }
    if (due)
        m_wake.notify_one();
}

qint64 WalCheckpointer::covered() const
{
    const std::lock_guard lock(m_mutex);
    return m_covered;
}

void WalCheckpointer::run()
{
    // The connection belongs to this thread: open, use and close it here. Should it fail, the
    // writer's own checkpoints still keep the log bounded.
    Result<std::unique_ptr<ReportStore>> opened = m_opener();
    if (!opened) {
        qWarning("The WAL checkpoints stay with the writer: %s", qUtf8Printable(opened.error()));
        return;
    }
    const std::unique_ptr<ReportStore> repository = std::move(opened).value();
    bool warned = false;
    for (;;) {
        qint64 commits = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_commits - m_covered >= m_every; });
            if (m_stopping)
                return;
            commits = m_commits;
        }
        const Result<bool> done = repository->checkpoint();
        if (done && !done.value())
            return; // no write-ahead log here
        if (!done && !warned) {
            warned = true; // once: it would repeat at every checkpoint
            qWarning("A WAL checkpoint failed: %s", qUtf8Printable(done.error()));
        }
        const std::lock_guard lock(m_mutex);
        m_covered = commits;
    }
}

} // namespace ehb::server
