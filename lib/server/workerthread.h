#pragma once

#include "core/result.h"
#include "server/api/servercontext.h"
#include "server/storage/reportrepository.h"

#include <QHostAddress>
#include <QThread>

#include <functional>
#include <future>
#include <memory>

namespace ehb::server {

// A thread running one more HttpWorker on the shared port, with its own database connection,
// until quit() is called; everything it made is destroyed in it.
class WorkerThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    using Opener = std::function<Result<std::unique_ptr<ReportRepository>>(bool migrate)>;

    WorkerThread(Opener opener, const ServerContext &context, QHostAddress address, quint16 port,
                 QObject *parent = nullptr);
    ~WorkerThread() override;

    // Starts the thread and waits until its worker listens, or failed to.
    Result<void> startListening();

protected:
    void run() override;

private:
    Opener m_opener;
    const ServerContext &m_context;
    QHostAddress m_address;
    quint16 m_port;
    std::promise<Result<void>> m_ready;
};

} // namespace ehb::server
