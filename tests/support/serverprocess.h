#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace ehb::test {

// The built ehealthbugs-server run as a child process, as an operator would run it: started
// with `serve --listen 127.0.0.1:0 ...`, its port read from the "Listening on" line, stopped by
// SIGTERM or killed by SIGKILL (a wrapper, see start(), gets the signals instead). The
// destructor kills a server still running.
class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // `serve --listen 127.0.0.1:0 --database <database> --threads <threads>` and `extra`.
    static QStringList serveArguments(const QString &database, int threads,
                                      const QStringList &extra = {});
    // The flags that turn the per-address and per-installation rate limits off: load from one
    // loopback address is what these tests and benchmarks are about.
    static QStringList noRateLimits();

    // Starts `binary`; listening() follows once it prints its port. When EHB_SERVER_WRAPPER is
    // set (e.g. "valgrind --tool=callgrind"), that command runs the server, to profile it.
    void start(const QString &binary, const QStringList &arguments);
    // Waits (running the event loop) until the server listens; false when it ended or timed out.
    bool waitListening(int timeoutMs = 30000);
    // SIGKILL, then waits for the end.
    void kill();
    // SIGTERM, then waits; true when it ended with exit code 0.
    bool terminate(int timeoutMs = 20000);

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // The end of what the server wrote on stderr (its last 16 KiB), for failure messages.
    QByteArray errorOutput() const { return m_errors; }
    // CPU time (user + system) the running server used so far, in ms; -1 where /proc is missing.
    qint64 cpuMs() const;
    // Bytes the running server made the kernel write to storage so far (write_bytes of
    // /proc/PID/io: WAL, checkpoints, journal); -1 where /proc is missing.
    qint64 storageWrittenBytes() const;

Q_SIGNALS:
    void listening(quint16 port);
    // The process ended; `asked` is false when it was neither killed nor terminated by us.
    void ended(bool asked);

private:
    void readOutput();
    void readErrors();

    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_errors;
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace ehb::test
