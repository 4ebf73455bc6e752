// The outage analysis over 1,000,000 reports spread over a year (issue 4): how long the real
// server takes to answer GET /api/v1/stats/episodes and /api/v1/stats/breakdown (the year and
// a month; every service and one) and GET /api/v1/live (from its few-second cache, and
// computed), as round trips on one keep-alive loopback connection; medians and 90th percentiles,
// and the server's CPU time per request (which a busy machine inflates less than the time).
// The server keeps the reports it read and the episodes it found (AnalysisCache): each query's
// first request after the server started is shown beside the median of the repeated ones, and
// two queries are timed after a change to one month of recip-e before each request.
// Also, in process, where the year's episodes spend their time: reading the observations from
// the database, and the analysis itself.
//
// The year is bench_stats' generator (statsfill.h) with an EMR software name per installation
// (a dozen common names in a few spellings, a long tail, some none). Each run then adds a few
// hundred reports around now and the same window of the previous four weeks, for live. The
// filled SQLite file is kept in the cache folder and reused; --refill makes it again.
//
//   bench_analysisapi [--reports 1000000] [--repetitions 20] [--cache DIR] [--refill]
//                     [--postgres URL]   (fills that database instead, unless it holds the year)
//                     [--split-only]     (only the in-process split, no server)
#include "analysis/episodes.h"
#include "analysisfill.h"
#include "benchfigures.h"
#include "benchmachine.h"
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "httpconnection.h"
#include "server/api/stafftokens.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"
#include "server/storage/sqlreportrepository.h"
#include "serverprocess.h"
#include "statsfill.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <ctime>

using namespace ehb;
using namespace ehb::bench;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);
// Bump when the generated reports change, so that old cached files are not reused.
constexpr int generatorVersion = 1;
constexpr int fillYear = 2025;
constexpr int fillBatch = 10000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Reports around now and the same window of the previous 4 weeks: an outage of recip-e now
// (60 practices), a usual level before (10 a week), a few on other services.
Result<qint64> addLiveReports(server::ReportStore &repository)
{
    QRandomGenerator random(QRandomGenerator::global()->generate());
    const QDateTime now = utcNowSeconds();
    const QStringList others{QStringLiteral("ehealth-auth"), QStringLiteral("mycarenet-eattest"),
                             QStringLiteral("ehealthbox")};
    QList<server::PutRequest> requests;
    for (int week = 0; week <= 4; ++week) {
        const QDateTime end = now.addDays(-7 * week).addSecs(-60);
        const int practices = week == 0 ? 60 : 10;
        for (int i = 0; i < practices * 3; ++i) {
            Report report;
            report.id = QUuid::createUuid();
            report.installation = QUuid::createUuid();
            report.service = i < practices * 2 ? QStringLiteral("recip-e") : others.at(i % 3);
            // In the first half of the window: still inside it a few minutes later, when the
            // server answers.
            report.reportedAt = end.addSecs(-random.bounded(14 * 60));
            report.startedAt = report.reportedAt.addSecs(-random.bounded(30 * 60));
            report.symptoms = {QStringLiteral("timeout")};
            requests.append({report, ReportCodec::toBytes(report), report.reportedAt});
        }
    }
    const auto stored = repository.putBatch(requests);
    if (!stored)
        return fail(stored.error());
    return requests.size();
}

struct Answer
{
    int status = 0;
    QByteArray body;
    qint64 ns = 0;
};

Answer fetch(test::HttpConnection &connection, quint16 port, const QByteArray &request)
{
    Answer answer;
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(&connection, &test::HttpConnection::answered, &loop,
                         [&](int status, const QByteArray &body) {
                             answer = {status, body, connection.lastLatencyNs()};
                             loop.quit();
                         });
    const QMetaObject::Connection lost = QObject::connect(
        &connection, &test::HttpConnection::failed, &loop, [&](const QString &reason) {
            answer.body = reason.toUtf8();
            loop.quit();
        });
    connection.send(port, request);
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(lost);
    return answer;
}

struct Query
{
    QString name;
    QByteArray path; // "{minutes}" is replaced by a different value each time when varying
    bool varying = false;
    qint64 expectedReports = -1; // breakdown: checked when not -1
    // A new revision of the bench's own report (recip-e, December) before each timed request:
    // the server reads that month of recip-e again and analyses the period anew.
    bool afterChange = false;
};

QString describe(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("episodes"))) {
        const QJsonArray episodes = json.value(QStringLiteral("episodes")).toArray();
        double downtime = 0;
        for (const QJsonValue &service : json.value(QStringLiteral("services")).toArray())
            downtime += service.toObject().value(QStringLiteral("downtime_minutes")).toDouble();
        return QStringLiteral("%1 episodes, %2 min down")
            .arg(episodes.size())
            .arg(fixed(downtime, 0));
    }
    if (json.contains(QStringLiteral("provinces")))
        return QStringLiteral("%1 reports").arg(json.value(QStringLiteral("reports")).toInteger());
    int shown = 0;
    for (const QJsonValue &service : json.value(QStringLiteral("services")).toArray())
        shown +=
            service.toObject().value(QStringLiteral("level")).toString() != QLatin1String("normal");
    return QStringLiteral("%1 services not normal").arg(shown);
}

QString machineNote()
{
    return QStringLiteral("%1 cores, %2, Qt %3")
        .arg(QThread::idealThreadCount())
        .arg(cpuModel(), QLatin1String(qVersion()));
}

// In process, where the episodes of a period spend their time: reading the observations, then
// analysing them.
void splitEpisodes(const server::DatabaseUrl &url, const QString &name, const QDateTime &from,
                   const QDateTime &to, QStringList &summary)
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    auto repository = server::RepositoryFactory::open(url, {brussels});
    if (!repository) {
        out() << repository.error() << Qt::endl;
        return;
    }
    auto &sql = dynamic_cast<server::SqlReportRepository &>(*repository.value());
    QStringList services;
    for (const Service &service : ServiceCatalogue::builtIn().services())
        services.append(service.id);
    QList<qint64> reads;
    QList<qint64> analyses;
    QList<qint64> readCpu;
    QList<qint64> analysisCpu;
    qsizetype observations = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        auto read = sql.observations({from.addDays(-7), to, services});
        reads.append(timer.nsecsElapsed());
        readCpu.append(qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        if (!read) {
            out() << read.error() << Qt::endl;
            return;
        }
        observations = read->size();
        timer.restart();
        cpu = std::clock();
        const auto analysis = analysis::analyzeEpisodes(std::move(read).value(),
                                                        int(services.size()), {from, to, brussels});
        analyses.append(timer.nsecsElapsed());
        analysisCpu.append(qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
    const QString line =
        QStringLiteral("in process, %1's episodes: reading %2 observations %3 ms (CPU %4 ms), "
                       "analysing them %5 ms (CPU %6 ms); medians of 5")
            .arg(name)
            .arg(observations)
            .arg(fixed(median(reads) / 1e6, 0))
            .arg(median(readCpu))
            .arg(fixed(median(analyses) / 1e6, 0))
            .arg(median(analysisCpu));
    out() << "  " << line << Qt::endl;
    summary.append(line);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Reports in the year."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Timed requests per query."),
                                               QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Folder of the filled SQLite file."),
        QStringLiteral("dir"), QStringLiteral(EHB_BENCH_CACHE_DIR));
    const QCommandLineOption refillOption(QStringLiteral("refill"),
                                          QStringLiteral("Fill the cached file again."));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("Use this PostgreSQL database instead."),
                                            QStringLiteral("url"));
    const QCommandLineOption splitOnlyOption(
        QStringLiteral("split-only"),
        QStringLiteral("Only the in-process split of the episodes' time, no server."));
    parser.addOptions({reportsOption, repetitionsOption, cacheOption, refillOption, postgresOption,
                       splitOnlyOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int repetitions = std::max(5, parser.value(repetitionsOption).toInt());

    QString database = parser.value(postgresOption);
    QString cacheFile;
    if (database.isEmpty()) {
        QDir().mkpath(parser.value(cacheOption));
        cacheFile =
            QDir(parser.value(cacheOption))
                .filePath(
                    QStringLiteral("analysis-%1-v%2.sqlite").arg(count).arg(generatorVersion));
        database = QStringLiteral("sqlite:") + cacheFile;
        // A file without its marker is a fill that did not finish.
        if (parser.isSet(refillOption) || !QFile::exists(cacheFile + QStringLiteral(".complete")))
            removeSqlite(cacheFile);
    }
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(database);
    if (!url) {
        out() << url.error() << Qt::endl;
        return 1;
    }
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    YearFiller filler(fillYear, brussels);
    out() << "bench_analysisapi: " << count << " reports over " << fillYear << " in "
          << url->redacted() << Qt::endl;
    out() << "  machine: " << machineNote() << "; load average " << loadAverage() << Qt::endl;

    QByteArray token;
    QStringList summary;
    {
        QElapsedTimer migration;
        migration.start();
        auto repository = server::RepositoryFactory::openMigrated(url.value(), {brussels});
        if (!repository) {
            out() << repository.error() << Qt::endl;
            return 1;
        }
        const qint64 migrationMs = migration.elapsed();
        if (migrationMs > 2000)
            out() << "  opening and migrating took " << migrationMs << " ms" << Qt::endl;
        const Result<qint64> stored = repository.value()->count();
        if (!stored) {
            out() << stored.error() << Qt::endl;
            return 1;
        }
        // The year's reports, and the live reports of earlier runs beside them.
        if (stored.value() >= count) {
            summary.append(QStringLiteral("fill: reused the %1 reports already there (and %2 "
                                          "live reports of this and earlier runs)")
                               .arg(count)
                               .arg(stored.value() - count));
        } else if (stored.value() != 0) {
            out() << "  the database holds " << stored.value() << " reports, not 0 or " << count
                  << "; empty it (or --refill for the cache)" << Qt::endl;
            return 1;
        } else {
            WithSoftware named(*repository.value());
            const auto filled = filler.fill(named, count, fillBatch, [count](qint64 done) {
                if (done % 100000 == 0 || done == count)
                    out() << "  fill: " << done << " reports" << Qt::endl;
            });
            if (!filled) {
                out() << filled.error() << Qt::endl;
                return 1;
            }
            summary.append(QStringLiteral("fill: %1 reports in %2 s through putBatch: %3 "
                                          "reports/s")
                               .arg(filled->reports)
                               .arg(fixed(filled->seconds))
                               .arg(fixed(filled->reports / filled->seconds, 0)));
            if (!cacheFile.isEmpty()) {
                QFile marker(cacheFile + QStringLiteral(".complete"));
                marker.open(QIODevice::WriteOnly);
                marker.write(QByteArray::number(count) + '\n');
            }
        }
        out() << "  " << summary.constLast() << Qt::endl;
        const Result<qint64> live = addLiveReports(*repository.value());
        if (!live) {
            out() << live.error() << Qt::endl;
            return 1;
        }
        // The token of an earlier run goes (when there is none, that is fine too).
        (void)repository.value()->revokeToken(QStringLiteral("bench"));
        const Result<QByteArray> created = server::StaffTokens::create(
            *repository.value(), QStringLiteral("bench"), utcNowSeconds());
        if (!created) {
            out() << created.error() << Qt::endl;
            return 1;
        }
        token = created.value();
    }
    if (!cacheFile.isEmpty())
        out() << "  cached file: " << cacheFile << " ("
              << fixed(QFileInfo(cacheFile).size() / 1048576.0, 0) << " MiB)" << Qt::endl;

    splitEpisodes(url.value(), QStringLiteral("the year"), filler.from(), filler.to(), summary);
    splitEpisodes(url.value(), QStringLiteral("March"),
                  QDateTime(QDate(fillYear, 3, 1), QTime(0, 0), brussels),
                  QDateTime(QDate(fillYear, 4, 1), QTime(0, 0), brussels), summary);
    if (parser.isSet(splitOnlyOption)) {
        out() << Qt::flush;
        return 0;
    }

    test::ServerProcess server;
    server.start(serverBinary, test::ServerProcess::serveArguments(
                                   database, 1, test::ServerProcess::noRateLimits()));
    if (!server.waitListening(120000)) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return 1;
    }
    const QByteArray auth = QByteArrayLiteral("Authorization: Bearer ") + token + "\r\n";
    auto writer = server::RepositoryFactory::open(url.value(), {brussels});
    if (!writer) {
        out() << writer.error() << Qt::endl;
        return 1;
    }
    MovingReport moving(*writer.value(), fillYear);
    if (!moving.move()) {
        out() << "cannot store the bench's own report" << Qt::endl;
        return 1;
    }
    // Live first: its reports were put around now.
    const QList<Query> queries{
        {QStringLiteral("live, from the cache"), "/api/v1/live"},
        {QStringLiteral("live, computed (minutes vary)"), "/api/v1/live?minutes={minutes}", true},
        {QStringLiteral("episodes, year, all services"),
         "/api/v1/stats/episodes?from=2025-01-01&to=2026-01-01"},
        {QStringLiteral("episodes, year, recip-e"),
         "/api/v1/stats/episodes?from=2025-01-01&to=2026-01-01&service=recip-e"},
        {QStringLiteral("episodes, March, all services"),
         "/api/v1/stats/episodes?from=2025-03-01&to=2025-04-01"},
        {QStringLiteral("breakdown, year, all services"),
         "/api/v1/stats/breakdown?from=2025-01-01&to=2026-01-01", false, count + 1},
        {QStringLiteral("breakdown, year, recip-e"),
         "/api/v1/stats/breakdown?from=2025-01-01&to=2026-01-01&service=recip-e"},
        {QStringLiteral("breakdown, March, all services"),
         "/api/v1/stats/breakdown?from=2025-03-01&to=2025-04-01"},
        {QStringLiteral("episodes, year, all, after a change"),
         "/api/v1/stats/episodes?from=2025-01-01&to=2026-01-01", false, -1, true},
        {QStringLiteral("breakdown, year, all, after a change"),
         "/api/v1/stats/breakdown?from=2025-01-01&to=2026-01-01", false, count + 1, true},
    };
    test::HttpConnection connection;
    bool ok = true;
    QHash<QString, qint64> medians;
    out() << "  round trips on one keep-alive connection, " << repetitions
          << " repetitions after 3 to warm up, in ms:" << Qt::endl;
    int minutes = 20; // from 20 on: every window holds the live reports
    for (const Query &query : queries) {
        const auto request = [&] {
            QByteArray path = query.path;
            if (query.varying) {
                path.replace("{minutes}", QByteArray::number(minutes));
                minutes = minutes >= 180 ? 20 : minutes + 1;
            }
            return test::HttpConnection::getRequest(path, auth);
        };
        // The first request reads what the server does not hold yet (the server started with
        // nothing in memory; earlier queries may have read some of the same months).
        Answer answer = fetch(connection, server.port(), request());
        const qint64 firstNs = answer.ns;
        for (int i = 0; i < 2; ++i)
            answer = fetch(connection, server.port(), request());
        if (answer.status != 200) {
            out() << "  " << query.name << ": status " << answer.status << ": "
                  << answer.body.left(300) << Qt::endl;
            ok = false;
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        QList<qint64> times;
        const qint64 cpuBefore = server.cpuMs();
        for (int i = 0; i < repetitions; ++i) {
            if (query.afterChange && !moving.move()) {
                ok = false;
                break;
            }
            const Answer timed = fetch(connection, server.port(), request());
            if (timed.status != 200) {
                ok = false;
                break;
            }
            times.append(timed.ns);
        }
        const double cpuPerRequest = double(server.cpuMs() - cpuBefore) / repetitions;
        QString check = describe(json);
        if (query.expectedReports >= 0 &&
            json.value(QStringLiteral("reports")).toInteger() != query.expectedReports) {
            check += QStringLiteral(" WRONG, expected %1").arg(query.expectedReports);
            ok = false;
        }
        medians.insert(query.name, median(times));
        const QString line =
            QStringLiteral("%1: median %2 ms, p90 %3 ms, server CPU %4 ms; first %5 ms (%6 KiB, "
                           "%7)")
                .arg(query.name.leftJustified(36), fixed(median(times) / 1e6, 1),
                     fixed(percentile(times, 0.9) / 1e6, 1), fixed(cpuPerRequest, 1),
                     fixed(firstNs / 1e6, 1), fixed(answer.body.size() / 1024.0, 0), check);
        out() << "  " << line << Qt::endl;
        summary.append(line);
    }
    summary.append(
        QStringLiteral("a month's episodes + breakdown, all services: %1 ms (sum of medians)")
            .arg(fixed((medians.value(QStringLiteral("episodes, March, all services")) +
                        medians.value(QStringLiteral("breakdown, March, all services"))) /
                           1e6,
                       1)));
    server.terminate();
    out() << "summary (" << machineNote() << "; load average at the end " << loadAverage()
          << "):\n";
    for (const QString &line : std::as_const(summary))
        out() << "  " << line << '\n';
    out() << Qt::flush;
    return ok ? 0 : 1;
}
