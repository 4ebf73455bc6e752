// Durable ingest (issue 3): reports per second and p50/p99 latency of PUT /api/v1/reports/{id}
// with 64 concurrent keep-alive connections against the real server binary, for several HTTP
// worker thread counts, on SQLite (a temporary file on this disk) and on PostgreSQL when a URL
// is given; beside the raw SQLite one-row commit rate (WAL, synchronous=FULL) measured in the
// same run. Also measured: the HTTP ceiling (GET /api/v1/services on the same connections), the
// CPU time server and client spend per report, the writer's batch sizes (on an in-process
// server, the only place its counters can be read) and the cost of the writer's transactions
// alone (putBatch in this process, no HTTP: the serial part of ingest). Figures are medians over
// several runs.
//
//   bench_ingest [--threads 1,4,8,16] [--connections 64] [--runs 5] [--requests 10000]
//                [--warmup 2000] [--postgres URL] [--no-sqlite] [--batch-threads 4] [--no-ceiling]
//                [--writer-batch 12] [--dir DIR]
// EHB_BENCH_POSTGRES_URL gives --postgres when the flag is absent (packaging/dev/bench-all.sh);
// EHB_SERVER_WRAPPER runs the server under a tool (see ServerProcess): the figures are then the
// tool's, but its report tells where the time goes.
#include "benchfigures.h"
#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "httpconnection.h"
#include "ingestload.h"
#include "server/collectionserver.h"
#include "server/storage/databaseurl.h"
#include "server/storage/reportwriter.h"
#include "server/storage/repositoryfactory.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <ctime>

using namespace ehb;
using namespace ehb::bench;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);

struct Options
{
    QList<int> threads{1, 4, 8, 16};
    int connections = 64;
    int runs = 5;
    int requests = 10000;
    int warmup = 2000;
    QString postgres;
    bool sqlite = true;
    int batchThreads = 4;
    bool ceiling = true;
    int writerBatch = 12;
    QString dir;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The raw cost of one durable SQLite commit of `rows` rows, with the server's settings.
QList<qint64> rawCommits(const QString &path, int commits, int rows)
{
    QList<qint64> samples;
    const QString name = QStringLiteral("raw-%1").arg(rows);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        const QString body(600, QLatin1Char('x'));
        qint64 next = 0;
        for (int i = 0; i < commits; ++i) {
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            for (int row = 0; row < rows; ++row) {
                insert.bindValue(0, QString::number(next++));
                insert.bindValue(1, body);
                insert.exec();
            }
            db.commit();
            samples.append(timer.nsecsElapsed());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return samples;
}

struct Figures
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double serverCpuUs = -1; // per request
    double clientCpuUs = 0;  // per request
    double writtenKiB = -1;  // to storage by the server, per request
};

Figures figuresOf(const LoadResult &result, qint64 serverCpuMs, double clientCpuSeconds,
                  qint64 writtenBytes)
{
    Figures figures;
    figures.perSecond = result.requests / result.seconds;
    figures.p50Ms = percentile(result.latenciesNs, 0.5) / 1e6;
    figures.p99Ms = percentile(result.latenciesNs, 0.99) / 1e6;
    if (serverCpuMs >= 0)
        figures.serverCpuUs = serverCpuMs * 1000.0 / result.requests;
    figures.clientCpuUs = clientCpuSeconds * 1e6 / result.requests;
    if (writtenBytes >= 0)
        figures.writtenKiB = writtenBytes / 1024.0 / result.requests;
    return figures;
}

Figures medianOf(const QList<Figures> &runs)
{
    const auto pick = [&runs](double Figures::*field) {
        QList<double> values;
        for (const Figures &run : runs)
            values.append(run.*field);
        return median(values);
    };
    return {pick(&Figures::perSecond),   pick(&Figures::p50Ms),       pick(&Figures::p99Ms),
            pick(&Figures::serverCpuUs), pick(&Figures::clientCpuUs), pick(&Figures::writtenKiB)};
}

QString describe(const Figures &figures)
{
    QString text =
        QStringLiteral("%1/s, p50 %2 ms, p99 %3 ms")
            .arg(fixed(figures.perSecond, 0), fixed(figures.p50Ms, 2), fixed(figures.p99Ms, 2));
    if (figures.serverCpuUs >= 0)
        text += QStringLiteral(", server CPU %1 us/req").arg(fixed(figures.serverCpuUs, 0));
    text += QStringLiteral(", client CPU %1 us/req").arg(fixed(figures.clientCpuUs, 0));
    if (figures.writtenKiB >= 0)
        text += QStringLiteral(", server wrote %1 KiB/req").arg(fixed(figures.writtenKiB, 1));
    return text;
}

// One measured load: `requests` through the server, with both processes' CPU time.
std::optional<Figures> measure(test::ServerProcess &server, const QList<QByteArray> &requests,
                               int connections, int expectedStatus, QString &error)
{
    const qint64 cpuBefore = server.cpuMs();
    const qint64 writtenBefore = server.storageWrittenBytes();
    const std::clock_t clientBefore = std::clock();
    const LoadResult result = runLoad(server.port(), connections, requests, expectedStatus);
    const double clientCpu = double(std::clock() - clientBefore) / CLOCKS_PER_SEC;
    const qint64 cpuAfter = server.cpuMs();
    const qint64 writtenAfter = server.storageWrittenBytes();
    if (result.failures > 0) {
        error = QStringLiteral("%1 of %2 requests failed, first: %3")
                    .arg(result.failures)
                    .arg(result.requests)
                    .arg(result.firstFailure);
        return std::nullopt;
    }
    return figuresOf(result, cpuBefore >= 0 ? cpuAfter - cpuBefore : -1, clientCpu,
                     writtenBefore >= 0 ? writtenAfter - writtenBefore : -1);
}

// Runs the whole series on one server; false (with a message) when something failed.
bool benchServer(const Options &options, const QString &backend, const QString &database,
                 int threads, RequestMaker &maker, QStringList &summary)
{
    test::ServerProcess server;
    QStringList arguments =
        test::ServerProcess::serveArguments(database, threads, test::ServerProcess::noRateLimits());
    server.start(serverBinary, arguments);
    if (!server.waitListening(120000)) {
        out() << "  " << backend << ": the server did not start: " << server.errorOutput()
              << Qt::endl;
        return false;
    }
    QString error;
    if (!measure(server, maker.puts(options.warmup), options.connections, 201, error)) {
        out() << "  " << backend << " threads " << threads << ": " << error << Qt::endl;
        return false;
    }
    QList<Figures> runs;
    QStringList rates;
    for (int run = 0; run < options.runs; ++run) {
        const QList<QByteArray> requests = maker.puts(options.requests);
        const std::optional<Figures> figures =
            measure(server, requests, options.connections, 201, error);
        if (!figures) {
            out() << "  " << backend << " threads " << threads << ": " << error << Qt::endl;
            return false;
        }
        runs.append(*figures);
        rates.append(fixed(figures->perSecond, 0));
    }
    Figures result = medianOf(runs);
    // PostgreSQL writes in its own processes: the server's own bytes say nothing there.
    if (!database.startsWith(QLatin1String("sqlite:")))
        result.writtenKiB = -1;
    const QString line =
        QStringLiteral("PUT %1 threads %2: %3")
            .arg(backend, QString::number(threads).rightJustified(2), describe(result));
    out() << "  " << line << "  [runs: " << rates.join(QLatin1Char(' ')) << "]" << Qt::endl;
    summary.append(line);

    // The HTTP ceiling: the cheapest route on the same connections and threads.
    if (!options.ceiling) {
        server.terminate();
        return true;
    }
    const QList<QByteArray> gets(options.requests,
                                 test::HttpConnection::getRequest("/api/v1/services"));
    if (const auto ceiling = measure(server, gets, options.connections, 200, error)) {
        const QString get =
            QStringLiteral("GET /api/v1/services %1 threads %2: %3")
                .arg(backend, QString::number(threads).rightJustified(2), describe(*ceiling));
        out() << "  " << get << Qt::endl;
        summary.append(get);
    }
    if (!server.terminate())
        out() << "  (the server did not stop cleanly: " << server.errorOutput() << ")" << Qt::endl;
    return true;
}

// The writer's average batch: an in-process server whose ReportWriter counters can be read,
// under the same load. The server lives in a thread of its own, as in `serve`.
void benchBatches(const Options &options, const QString &backend, const QString &database,
                  RequestMaker &maker, QStringList &summary)
{
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(database);
    if (!url) {
        out() << "  " << url.error() << Qt::endl;
        return;
    }
    QThread thread;
    thread.start();
    QObject anchor;
    anchor.moveToThread(&thread);
    std::unique_ptr<server::CollectionServer> collection;
    quint16 port = 0;
    QString error;
    QThread *const mainThread = QThread::currentThread();
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server::ServerConfig config;
            config.workerThreads = options.batchThreads;
            config.limits.addressRate = {};
            config.limits.installationRate = {};
            auto created = server::CollectionServer::create(url.value(), config);
            if (!created) {
                error = created.error();
                return;
            }
            const Result<quint16> listening = created.value()->listen(QHostAddress::LocalHost, 0);
            if (!listening) {
                error = listening.error();
                return;
            }
            port = listening.value();
            collection = std::move(created).value();
        },
        Qt::BlockingQueuedConnection);
    if (collection) {
        runLoad(port, options.connections, maker.puts(options.warmup), 201);
        const qint64 batches = collection->writer().batches();
        const qint64 written = collection->writer().written();
        const LoadResult result =
            runLoad(port, options.connections, maker.puts(options.requests), 201);
        const qint64 batchCount = collection->writer().batches() - batches;
        const qint64 reports = collection->writer().written() - written;
        const QString line =
            QStringLiteral("writer batches %1 (in-process, threads %2): %3 reports in %4 "
                           "commits, %5 reports/commit, %6/s")
                .arg(backend)
                .arg(options.batchThreads)
                .arg(reports)
                .arg(batchCount)
                .arg(fixed(batchCount > 0 ? double(reports) / batchCount : 0, 1),
                     fixed(result.requests / result.seconds, 0));
        out() << "  " << line << Qt::endl;
        summary.append(line);
    } else {
        out() << "  in-process server failed: " << error << Qt::endl;
    }
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            collection.reset();
            anchor.moveToThread(mainThread);
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

// The PUTs' reports, decoded again from their bodies, as the writer receives them.
QList<server::PutRequest> putRequestsOf(const QList<QByteArray> &puts)
{
    QList<server::PutRequest> requests;
    requests.reserve(puts.size());
    const QDateTime now = utcNowSeconds();
    for (const QByteArray &put : puts) {
        const QByteArray body = put.mid(put.indexOf("\r\n\r\n") + 4);
        const auto decoded = ReportCodec::fromJson(QJsonDocument::fromJson(body).object());
        const Report report = decoded.value();
        requests.append({report, ReportCodec::toBytes(report), now});
    }
    return requests;
}

double threadCpuSeconds()
{
    timespec spec{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return double(spec.tv_sec) + double(spec.tv_nsec) / 1e9;
}

// The writer's transactions alone: putBatch of `writerBatch` reports at a time, in this thread,
// on a fresh database. Its CPU per report bounds what one writer thread can commit per second.
void benchWriter(const Options &options, const QString &backend, const QString &database,
                 RequestMaker &maker, QStringList &summary)
{
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(database);
    if (!url) {
        out() << "  " << url.error() << Qt::endl;
        return;
    }
    auto opened =
        server::RepositoryFactory::openMigrated(url.value(), {QTimeZone("Europe/Brussels")});
    if (!opened) {
        out() << "  writer: " << opened.error() << Qt::endl;
        return;
    }
    server::ReportRepository &repository = *opened.value();
    const auto runBatches = [&](const QList<server::PutRequest> &requests) {
        for (qsizetype at = 0; at < requests.size(); at += options.writerBatch) {
            if (!repository.putBatch(requests.mid(at, options.writerBatch)))
                return false;
        }
        return true;
    };
    if (!runBatches(putRequestsOf(maker.puts(options.warmup)))) {
        out() << "  writer: putBatch failed" << Qt::endl;
        return;
    }
    QList<double> rates;
    QList<double> cpus;
    for (int run = 0; run < options.runs; ++run) {
        const QList<server::PutRequest> requests = putRequestsOf(maker.puts(options.requests));
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuSeconds();
        if (!runBatches(requests)) {
            out() << "  writer: putBatch failed" << Qt::endl;
            return;
        }
        cpus.append((threadCpuSeconds() - cpuBefore) * 1e6 / requests.size());
        rates.append(requests.size() / (timer.nsecsElapsed() / 1e9));
    }
    const QString line = QStringLiteral("writer alone %1 (putBatch of %2, in-process): %3 "
                                        "reports/s, CPU %4 us/report")
                             .arg(backend)
                             .arg(options.writerBatch)
                             .arg(fixed(median(rates), 0), fixed(median(cpus), 0));
    out() << "  " << line << Qt::endl;
    summary.append(line);
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("HTTP worker thread counts to try."),
                                     QStringLiteral("list"), QStringLiteral("1,4,8,16"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Concurrent connections."),
                                         QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption requests(QStringLiteral("requests"),
                                      QStringLiteral("Requests per run."), QStringLiteral("n"),
                                      QStringLiteral("10000"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Requests before the runs."),
                                    QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("Also bench this PostgreSQL database."),
                                      QStringLiteral("url"));
    const QCommandLineOption noSqlite(QStringLiteral("no-sqlite"),
                                      QStringLiteral("Skip the SQLite series."));
    const QCommandLineOption batchThreads(
        QStringLiteral("batch-threads"),
        QStringLiteral("Threads of the in-process batch-size run (0: skip it)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption noCeiling(QStringLiteral("no-ceiling"),
                                       QStringLiteral("Skip the GET /api/v1/services runs."));
    const QCommandLineOption writerBatch(
        QStringLiteral("writer-batch"),
        QStringLiteral("Reports per transaction of the writer-alone run (0: skip it)."),
        QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the SQLite files (default: temp)."),
                                 QStringLiteral("path"));
    parser.addOptions({threads, connections, runs, requests, warmup, postgres, noSqlite,
                       batchThreads, noCeiling, writerBatch, dir});
    parser.process(app);

    Options options;
    options.threads.clear();
    for (const QString &value : parser.value(threads).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.threads.append(std::max(1, value.toInt()));
    options.connections = std::max(1, parser.value(connections).toInt());
    options.runs = std::max(1, parser.value(runs).toInt());
    options.requests = std::max(100, parser.value(requests).toInt());
    options.warmup = std::max(0, parser.value(warmup).toInt());
    options.postgres = parser.isSet(postgres) ? parser.value(postgres)
                                              : qEnvironmentVariable("EHB_BENCH_POSTGRES_URL");
    options.sqlite = !parser.isSet(noSqlite);
    options.batchThreads = std::max(0, parser.value(batchThreads).toInt());
    options.ceiling = !parser.isSet(noCeiling);
    options.writerBatch = std::max(0, parser.value(writerBatch).toInt());
    options.dir = parser.value(dir);
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir base(options.dir.isEmpty()
                           ? QDir::tempPath() + QStringLiteral("/bench_ingest-XXXXXX")
                           : options.dir + QStringLiteral("/bench_ingest-XXXXXX"));
    if (!base.isValid()) {
        out() << "cannot make a temporary folder" << Qt::endl;
        return 1;
    }
    RequestMaker maker;
    QStringList summary;
    bool ok = true;

    out() << "bench_ingest: " << options.connections << " connections, " << options.runs
          << " runs of " << options.requests << " requests (after " << options.warmup
          << " to warm up), medians; SQLite files in " << base.path() << Qt::endl;

    const QList<qint64> one = rawCommits(base.filePath(QStringLiteral("raw1.sqlite")), 2000, 1);
    const QString raw = QStringLiteral("raw SQLite one-row commit (WAL, synchronous=FULL): %1 "
                                       "commits/s, median %2 ms, p99 %3 ms")
                            .arg(fixed(1e9 / median(one), 0), fixed(median(one) / 1e6, 3),
                                 fixed(percentile(one, 0.99) / 1e6, 3));
    const QList<qint64> sixtyFour =
        rawCommits(base.filePath(QStringLiteral("raw64.sqlite")), 200, 64);
    const QString rawBatch =
        QStringLiteral("raw SQLite 64-row commit (same settings): %1 rows/s, median %2 ms")
            .arg(fixed(64e9 / median(sixtyFour), 0), fixed(median(sixtyFour) / 1e6, 3));
    out() << "  " << raw << '\n' << "  " << rawBatch << Qt::endl;
    summary << raw << rawBatch;

    QList<std::pair<QString, QString>> backends;
    if (options.sqlite)
        backends.append({QStringLiteral("sqlite"), QString()});
    if (!options.postgres.isEmpty())
        backends.append({QStringLiteral("postgres"), options.postgres});
    for (const auto &[backend, url] : std::as_const(backends)) {
        for (const int threads : options.threads) {
            // A fresh SQLite file per series; PostgreSQL keeps growing (new ids every time).
            const QString database =
                url.isEmpty() ? QStringLiteral("sqlite:") +
                                    base.filePath(QStringLiteral("server-%1.sqlite").arg(threads))
                              : url;
            ok = benchServer(options, backend, database, threads, maker, summary) && ok;
        }
        if (options.batchThreads > 0) {
            const QString database =
                url.isEmpty()
                    ? QStringLiteral("sqlite:") + base.filePath(QStringLiteral("in-process.sqlite"))
                    : url;
            benchBatches(options, backend, database, maker, summary);
        }
        if (options.writerBatch > 0) {
            const QString database =
                url.isEmpty()
                    ? QStringLiteral("sqlite:") + base.filePath(QStringLiteral("writer.sqlite"))
                    : url;
            benchWriter(options, backend, database, maker, summary);
        }
    }

    out() << "summary:\n";
    for (const QString &line : std::as_const(summary))
        out() << "  " << line << '\n';
    out() << Qt::flush;
    return ok ? 0 : 1;
}
