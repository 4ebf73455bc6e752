// The public status page under anonymous load (issue 15): requests per second of GET / against
// GET /api/v1/services (a small constant answer: the cheapest route there is) in the same run,
// on the real server binary over loopback. Rounds alternate between the two paths; each round
// keeps `connections` keep-alive connections busy for `seconds`, and the medians of the rounds
// are reported with the answer sizes and the machine. GET / is asked plain and, as browsers
// ask, with Accept-Encoding: deflate (the page compressed once per refresh). The page comes from
// the server's in-memory cache (--public-cache, 5 s by default), refreshed a few times per round.
// The server holds an outage going on and a few past ones, so the page has its full shape. It
// reports and asserts nothing (the target: at least half the rate of /api/v1/services).
//
//   bench_publicpage [--rounds 5] [--seconds 3] [--connections 8] [--threads 2]
#include "benchfigures.h"
#include "benchmachine.h"
#include "core/reportcodec.h"
#include "httpconnection.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <iterator>
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

struct Round
{
    double perSecond = 0;
    qint64 answers = 0;
    qint64 failures = 0;
    qint64 bodyBytes = 0; // of the last answer
};

// Keeps `connections` connections sending `request` one after the other for `seconds`.
Round load(quint16 port, const QByteArray &request, int connections, int seconds)
{
    Round round;
    std::vector<std::unique_ptr<test::HttpConnection>> clients;
    QElapsedTimer elapsed;
    QEventLoop loop;
    bool stopping = false;
    int busy = 0;
    for (int i = 0; i < connections; ++i) {
        auto client = std::make_unique<test::HttpConnection>();
        test::HttpConnection *raw = client.get();
        const auto next = [&, raw] {
            if (stopping) {
                if (--busy == 0)
                    loop.quit();
                return;
            }
            raw->send(port, request);
        };
        QObject::connect(raw, &test::HttpConnection::answered, &loop,
                         [&, next](int status, const QByteArray &body) {
                             if (status == 200) {
                                 ++round.answers;
                                 round.bodyBytes = body.size();
                             } else {
                                 ++round.failures;
                             }
                             next();
                         });
        QObject::connect(raw, &test::HttpConnection::failed, &loop, [&, next](const QString &) {
            ++round.failures;
            next();
        });
        clients.push_back(std::move(client));
    }
    elapsed.start();
    for (const auto &client : clients) {
        ++busy;
        client->send(port, request);
    }
    QTimer::singleShot(seconds * 1000, &loop, [&] { stopping = true; });
    loop.exec();
    round.perSecond = double(round.answers) * 1000.0 / double(elapsed.elapsed());
    return round;
}

// One PUT on its own connection; the status, 0 on failure.
int put(quint16 port, const Report &report)
{
    test::HttpConnection connection;
    int status = 0;
    QEventLoop loop;
    QObject::connect(&connection, &test::HttpConnection::answered, &loop,
                     [&](int answered, const QByteArray &) {
                         status = answered;
                         loop.quit();
                     });
    QObject::connect(&connection, &test::HttpConnection::failed, &loop, &QEventLoop::quit);
    connection.send(
        port, test::HttpConnection::putRequest("/api/v1/reports/" + uuidText(report.id).toLatin1(),
                                               ReportCodec::toBytes(report)));
    loop.exec();
    return status;
}

// Reports that give the page an outage going on (Recip-e, five practices) and one over
// (eHealthBox, an hour ago, five practices clicking "resolved").
bool seed(quint16 port)
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-5);
    for (int i = 0; i < 10; ++i) {
        Report report;
        report.id = newUuid();
        report.installation = newUuid();
        report.service = i < 5 ? QStringLiteral("recip-e") : QStringLiteral("ehealthbox");
        report.symptoms = {QStringLiteral("timeout")};
        if (i < 5) {
            report.reportedAt = now.addSecs(-60 * i);
            report.startedAt = report.reportedAt.addSecs(-600);
        } else {
            report.reportedAt = now.addSecs(-3600 - 60 * i);
            report.startedAt = now.addSecs(-2 * 3600);
            report.endedAt = now.addSecs(-1800);
        }
        if (put(port, report) != 201)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QString(),
                                           QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QString(),
                                               QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QString(),
                                           QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({roundsOption, secondsOption, connectionsOption, threadsOption});
    parser.process(app);
    const int rounds = parser.value(roundsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int connections = parser.value(connectionsOption).toInt();
    const int threads = parser.value(threadsOption).toInt();

    QTemporaryDir dir;
    test::ServerProcess server;
    server.start(serverBinary,
                 test::ServerProcess::serveArguments(
                     QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")),
                     threads, test::ServerProcess::noRateLimits()));
    if (!server.waitListening()) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return 1;
    }
    if (!seed(server.port())) {
        out() << "the reports were not stored: " << server.errorOutput() << Qt::endl;
        return 1;
    }

    out() << "bench_publicpage: GET / (the public status page, English) against GET "
          << "/api/v1/services, " << rounds << " rounds of " << seconds << " s each, alternating, "
          << connections << " keep-alive connections from 127.0.0.1; server --threads " << threads
          << ", --public-cache 5 (default); " << QThread::idealThreadCount() << " cores, "
          << cpuModel() << ", Qt " << qVersion() << "; load average " << loadAverage() << Qt::endl;
    const struct
    {
        QString name;
        QByteArray request;
    } paths[] = {
        {QStringLiteral("GET /api/v1/services"),
         test::HttpConnection::getRequest("/api/v1/services")},
        {QStringLiteral("GET /"), test::HttpConnection::getRequest("/", "Accept-Language: en\r\n")},
        // As browsers ask for it.
        {QStringLiteral("GET / (deflate)"),
         test::HttpConnection::getRequest(
             "/", "Accept-Language: en\r\nAccept-Encoding: gzip, deflate, br\r\n")},
    };
    constexpr int pathCount = int(std::size(paths));
    // Warm: the first GET / reads the database and renders the cache.
    load(server.port(), paths[1].request, 1, 1);

    QList<double> perSecond[pathCount];
    qint64 failures[pathCount] = {};
    qint64 bytes[pathCount] = {};
    for (int round = 0; round < rounds; ++round) {
        for (int path = 0; path < pathCount; ++path) {
            const Round figures = load(server.port(), paths[path].request, connections, seconds);
            perSecond[path].append(figures.perSecond);
            failures[path] += figures.failures;
            bytes[path] = figures.bodyBytes;
        }
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("path"), -24)
                 .arg(QStringLiteral("median req/s"), 13)
                 .arg(QStringLiteral("min"), 9)
                 .arg(QStringLiteral("max"), 9)
                 .arg(QStringLiteral("body bytes"), 11)
                 .arg(QStringLiteral("failed"), 7)
          << Qt::endl;
    for (int path = 0; path < pathCount; ++path) {
        const QList<double> &samples = perSecond[path];
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(paths[path].name, -24)
                     .arg(fixed(median(samples), 0), 13)
                     .arg(fixed(percentile(samples, 0.0), 0), 9)
                     .arg(fixed(percentile(samples, 1.0), 0), 9)
                     .arg(bytes[path], 11)
                     .arg(failures[path], 7)
              << Qt::endl;
    }
    for (int path = 1; path < pathCount; ++path) {
        const double ratio =
            median(perSecond[0]) > 0 ? median(perSecond[path]) / median(perSecond[0]) : 0;
        out() << paths[path].name << " answered " << fixed(100 * ratio, 0)
              << " % of the rate of GET /api/v1/services (medians)" << Qt::endl;
    }
    out() << "load average after: " << loadAverage() << Qt::endl;
    server.terminate();
    return 0;
}
