#include "server/workerthread.h"

#include "server/httpworker.h"

namespace ehb::server {

WorkerThread::WorkerThread(Opener opener, const ServerContext &context, QHostAddress address,
                           quint16 port, QObject *parent)
    : QThread(parent)
    , m_opener(std::move(opener))
    , m_context(context)
    , m_address(std::move(address))
    , m_port(port)
{}

WorkerThread::~WorkerThread()
{
    quit();
    wait();
}

Result<void> WorkerThread::startListening()
{
    std::future<Result<void>> ready = m_ready.get_future();
    start();
    return ready.get();
}

void WorkerThread::run()
{
    auto repository = m_opener(false);
    if (!repository) {
        m_ready.set_value(fail(repository.error()));
        return;
    }
    HttpWorker worker(std::move(repository).value(), m_context);
    if (const Result<quint16> port = worker.listen(m_address, m_port, true); !port) {
        m_ready.set_value(fail(port.error()));
        return;
    }
    m_ready.set_value({});
    exec();
}

} // namespace ehb::server
