// Slow-head clients against a legitimate one (issue 15): N connections from 127.0.0.2..9 that
// send their request head a byte a second, and connect again when cut off or refused, while a
// client on 127.0.0.1 asks GET /api/v1/services on a new connection every 100 ms. Reported per
// server setting: the share of the legitimate requests answered 200 within 2 s and their median
// and p90 latency, the connections the server held and refused (its /metrics at the end), and
// how often the slow clients had to connect again. The settings: the
// server as it was before the cap (--max-connections-per-address 0 --head-timeout 30, the head
// then as long as the whole request), the head deadline alone, and the defaults. It reports
// and asserts nothing; the real server binary runs as a child process.
//
//   bench_slowclients [--slow 1500] [--seconds 20] [--threads 2] [--reconnect-ms 500]
#include "benchfigures.h"
#include "benchmachine.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ehb;
using namespace ehb::bench;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The attackers: `count` connections spread over 127.0.0.2..9, each sending a head that never
// ends, a byte a second; a connection that is closed is opened again after `reconnectMs`.
class SlowClients final : public QObject
{
public:
    SlowClients(quint16 port, int count, int reconnectMs)
        : m_port(port)
        , m_reconnectMs(reconnectMs)
    {
        for (int i = 0; i < count; ++i)
            open(i);
        m_trickle.callOnTimeout(this, [this] {
            for (QTcpSocket *socket : std::as_const(m_sockets)) {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("a");
            }
        });
        m_trickle.start(1000);
    }
    ~SlowClients() override
    {
        m_stopped = true;
        for (QTcpSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    int reconnects() const { return m_reconnects; }

private:
    void open(int index)
    {
        if (m_stopped)
            return;
        auto *socket = new QTcpSocket(this);
        if (index >= int(m_sockets.size()))
            m_sockets.resize(index + 1, nullptr);
        m_sockets[std::size_t(index)] = socket;
        socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + index % 8)), 0);
        connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /api/v1/services HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        const auto lost = [this, socket, index] {
            if (m_stopped || m_sockets[std::size_t(index)] != socket)
                return;
            m_sockets[std::size_t(index)] = nullptr;
            socket->deleteLater();
            ++m_reconnects;
            QTimer::singleShot(m_reconnectMs, this, [this, index] { open(index); });
        };
        connect(socket, &QTcpSocket::disconnected, this, lost);
        connect(socket, &QTcpSocket::errorOccurred, this, lost);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }

    quint16 m_port;
    int m_reconnectMs;
    std::vector<QTcpSocket *> m_sockets; // children
    QTimer m_trickle;
    int m_reconnects = 0;
    bool m_stopped = false;
};

struct Figures
{
    int attempts = 0;
    QList<qint64> okLatenciesMs;
    int slowReconnects = 0;
    // From the server's /metrics at the end: connections open, refusals over the cap per
    // address and over the process's.
    QByteArray openConnections = "-";
    QByteArray refusedPerAddress = "-";
    QByteArray refusedProcess = "-";
};

// The whole answer to one request on a new connection (Connection: close); empty on failure.
QByteArray fetch(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
    QByteArray answer;
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    loop.exec();
    answer += socket.readAll();
    return answer;
}

// The value of the sample `series` (name and labels as rendered) in the exposition text.
QByteArray sample(const QByteArray &metrics, const QByteArray &series)
{
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).trimmed();
    }
    return "-";
}

// One legitimate request on a new connection from 127.0.0.1: its latency in ms when answered
// 200 within `timeoutMs`, else -1.
qint64 legitimateRequest(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(
            "GET /api/v1/services HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            loop.quit(); // the status line is all that is judged
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    loop.exec();
    const qint64 elapsed = timer.elapsed();
    socket.abort();
    return answer.startsWith("HTTP/1.1 200 ") ? elapsed : -1;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Figures run(const QStringList &extra, int threads, int slow, int seconds, int reconnectMs)
{
    Figures figures;
    QTemporaryDir dir;
    test::ServerProcess server;
    QStringList arguments = test::ServerProcess::serveArguments(
        QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")), threads,
        test::ServerProcess::noRateLimits());
    arguments += extra;
    server.start(serverBinary, arguments);
    if (!server.waitListening()) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return figures;
    }
    {
        SlowClients attackers(server.port(), slow, reconnectMs);
        waitMs(2000); // the slow connections are in place
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < seconds * 1000) {
            QElapsedTimer round;
            round.start();
            ++figures.attempts;
            if (const qint64 latency = legitimateRequest(server.port(), 2000); latency >= 0)
                figures.okLatenciesMs.append(latency);
            if (const qint64 left = 100 - round.elapsed(); left > 0)
                waitMs(int(left));
        }
        figures.slowReconnects = attackers.reconnects();
        // Twice: the gauge is set by the request before the one that reads it.
        fetch(server.port(), "/metrics");
        const QByteArray metrics = fetch(server.port(), "/metrics");
        figures.openConnections = sample(metrics, "ehb_open_connections");
        figures.refusedPerAddress = sample(
            metrics, R"(ehb_reports_rejected_total{reason="too_many_connections_per_address"})");
        figures.refusedProcess =
            sample(metrics, R"(ehb_reports_rejected_total{reason="too_many_connections"})");
    }
    server.terminate();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption slowOption(QStringLiteral("slow"), QString(), QStringLiteral("N"),
                                        QStringLiteral("1500"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QString(),
                                           QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QString(),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption reconnectOption(QStringLiteral("reconnect-ms"), QString(),
                                             QStringLiteral("MS"), QStringLiteral("500"));
    parser.addOptions({slowOption, secondsOption, threadsOption, reconnectOption});
    parser.process(app);
    const int slow = parser.value(slowOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int threads = parser.value(threadsOption).toInt();
    const int reconnectMs = parser.value(reconnectOption).toInt();

    out() << "bench_slowclients: " << slow << " slow-head connections from 127.0.0.2..9 (a byte "
          << "a second, again " << reconnectMs << " ms after a close) against a new GET "
          << "/api/v1/services from 127.0.0.1 every 100 ms for " << seconds << " s; server "
          << "--threads " << threads << " --max-connections 1000; " << QThread::idealThreadCount()
          << " cores, " << cpuModel() << ", Qt " << qVersion() << "; load average " << loadAverage()
          << Qt::endl;
    out() << "open: connections the server held at the end; refused: connections refused over "
          << "the cap per address / over the process's cap; again: reconnections of the slow "
          << "clients; - where /metrics itself got no answer (the server full)" << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("server"), -40)
                 .arg(QStringLiteral("legit 200"), 10)
                 .arg(QStringLiteral("median ms"), 10)
                 .arg(QStringLiteral("p90 ms"), 7)
                 .arg(QStringLiteral("open"), 5)
                 .arg(QStringLiteral("refused/addr"), 13)
                 .arg(QStringLiteral("refused/proc"), 13)
                 .arg(QStringLiteral("again"), 6)
          << Qt::endl;
    const struct
    {
        QString name;
        QStringList extra;
    } settings[] = {
        {QStringLiteral("as before: no cap, head 30 s"),
         {QStringLiteral("--max-connections-per-address"), QStringLiteral("0"),
          QStringLiteral("--head-timeout"), QStringLiteral("30")}},
        {QStringLiteral("head deadline only: no cap, head 10 s"),
         {QStringLiteral("--max-connections-per-address"), QStringLiteral("0")}},
        {QStringLiteral("defaults: cap 64/address, head 10 s"), {}},
    };
    for (const auto &setting : settings) {
        const Figures figures = run(setting.extra + QStringList{QStringLiteral("--max-connections"),
                                                                QStringLiteral("1000")},
                                    threads, slow, seconds, reconnectMs);
        const double share = figures.attempts
                                 ? 100.0 * double(figures.okLatenciesMs.size()) / figures.attempts
                                 : 0.0;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(setting.name, -40)
                     .arg(fixed(share) + QStringLiteral(" %"), 10)
                     .arg(figures.okLatenciesMs.isEmpty()
                              ? QStringLiteral("-")
                              : QString::number(median(figures.okLatenciesMs)),
                          10)
                     .arg(figures.okLatenciesMs.isEmpty()
                              ? QStringLiteral("-")
                              : QString::number(percentile(figures.okLatenciesMs, 0.9)),
                          7)
                     .arg(QString::fromLatin1(figures.openConnections), 5)
                     .arg(QString::fromLatin1(figures.refusedPerAddress), 13)
                     .arg(QString::fromLatin1(figures.refusedProcess), 13)
                     .arg(figures.slowReconnects, 6)
              << Qt::endl;
    }
    return 0;
}
