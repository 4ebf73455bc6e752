#include "server/storage/reportwriter.h"

#include <QThread>

namespace ehb::server {

ReportWriter::ReportWriter(Opener opener)
    : m_opener(std::move(opener))
    , m_checkpointer(m_opener)
{}

ReportWriter::~ReportWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
}

Result<void> ReportWriter::start()
{
    std::promise<Result<void>> started;
    std::future<Result<void>> result = started.get_future();
    m_thread.reset(QThread::create([this, &started] { run(started); }));
    m_thread->setObjectName(QStringLiteral("report-writer"));
    m_thread->start();
    Result<void> outcome = result.get();
    if (!outcome) {
        m_thread->wait();
        m_thread.reset();
        return outcome;
    }
    m_checkpointer.start();
    return outcome;
}

Result<PutOutcome> ReportWriter::put(PutRequest request)
{
    std::future<Result<PutOutcome>> result;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_running || m_stopping)
            return fail(tr("The server is stopping."));
        m_queue.push_back(Pending{std::move(request), {}});
        result = m_queue.back().done.get_future();
    }
    m_wake.notify_one();
    return result.get();
}

qint64 ReportWriter::batches() const
{
    const std::lock_guard lock(m_mutex);
    return m_batches;
}

qint64 ReportWriter::written() const
{
    const std::lock_guard lock(m_mutex);
    return m_written;
}

void ReportWriter::run(std::promise<Result<void>> &started)
{
    // The repository's connection belongs to this thread: open, use and close it here.
    Result<std::unique_ptr<ReportStore>> opened = m_opener();
    if (!opened) {
        started.set_value(fail(opened.error()));
        return;
    }
    std::unique_ptr<ReportStore> repository = std::move(opened).value();
    {
        const std::lock_guard lock(m_mutex);
        m_running = true;
    }
    started.set_value({});

    std::deque<Pending> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                m_running = false;
                break;
            }
            while (!m_queue.empty() && int(batch.size()) < maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        store(repository, batch);
        batch.clear();
    }
}

void ReportWriter::store(std::unique_ptr<ReportStore> &repository, std::deque<Pending> &batch)
{
    QList<PutRequest> requests;
    requests.reserve(qsizetype(batch.size()));
    for (const Pending &pending : batch)
        requests.append(pending.request);
    const Result<QList<PutOutcome>> outcomes = repository->putBatch(requests);
    {
        const std::lock_guard lock(m_mutex);
        ++m_batches;
        if (outcomes)
            m_written += qint64(batch.size());
    }
    if (outcomes)
        m_checkpointer.committed();
    for (qsizetype i = 0; i < qsizetype(batch.size()); ++i) {
        if (outcomes)
            batch[size_t(i)].done.set_value(outcomes.value().at(i));
        else
            batch[size_t(i)].done.set_value(fail(outcomes.error()));
    }
}

} // namespace ehb::server
