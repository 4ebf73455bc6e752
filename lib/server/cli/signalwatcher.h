#pragma once

#include <QObject>

class QSocketNotifier;

namespace ehb::server {

// Turns SIGTERM and SIGINT into a Qt signal, so that `serve` leaves its event loop and closes
// the database cleanly (systemd stops services with SIGTERM). A signal handler may only write
// to a pipe; the notifier reads it in the event loop. One instance at a time; a no-op outside
// Unix.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ehb::server
