// Statistics over 1,000,000 reports spread over a year (issue 3): how long the real server takes
// to answer GET /api/v1/stats/frequency (day buckets over the year, all services) and
// /api/v1/stats/heatmap (the whole year), and also hour buckets over a month and week and month
// buckets over the year. Times are round trips on one keep-alive loopback connection, so they
// include the HTTP exchange; medians and 90th percentiles over many repetitions.
//
// The database is filled through ReportStore::putBatch (which also keeps the rollups), and
// the fill rate is printed. The filled SQLite file is kept in the cache folder (the build tree:
// tests/bench/cache) and reused by later runs; --refill makes it again.
//
//   bench_stats [--reports 1000000] [--repetitions 50] [--cache DIR] [--refill]
//               [--postgres URL]   (fills that database instead, unless it holds the reports)
#include "benchfigures.h"
#include "benchmachine.h"
#include "core/timeutil.h"
#include "httpconnection.h"
#include "server/api/stafftokens.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"
#include "serverprocess.h"
#include "statsfill.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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

// The sum of every count in a frequency answer, or the heatmap's total.
qint64 totalOf(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("total")))
        return json.value(QStringLiteral("total")).toInteger();
    qint64 total = 0;
    for (const QJsonValue &service : json.value(QStringLiteral("services")).toArray()) {
        for (const QJsonValue &count :
             service.toObject().value(QStringLiteral("reports")).toArray())
            total += count.toInteger();
    }
    return total;
}

struct Query
{
    QString name;
    QByteArray path;
    qint64 expectedTotal = -1; // checked when not -1
};

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
                                               QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Folder of the filled SQLite file."),
        QStringLiteral("dir"), QStringLiteral(EHB_BENCH_CACHE_DIR));
    const QCommandLineOption refillOption(QStringLiteral("refill"),
                                          QStringLiteral("Fill the cached file again."));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("Use this PostgreSQL database instead."),
                                            QStringLiteral("url"));
    parser.addOptions(
        {reportsOption, repetitionsOption, cacheOption, refillOption, postgresOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int repetitions = std::max(5, parser.value(repetitionsOption).toInt());

    QString database = parser.value(postgresOption);
    QString cacheFile;
    if (database.isEmpty()) {
        QDir().mkpath(parser.value(cacheOption));
        cacheFile =
            QDir(parser.value(cacheOption))
                .filePath(QStringLiteral("stats-%1-v%2.sqlite").arg(count).arg(generatorVersion));
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
    out() << "bench_stats: " << count << " reports over " << fillYear << " in " << url->redacted()
          << Qt::endl;

    QByteArray token;
    QString fillLine;
    {
        auto repository = server::RepositoryFactory::openMigrated(url.value(), {brussels});
        if (!repository) {
            out() << repository.error() << Qt::endl;
            return 1;
        }
        const Result<qint64> stored = repository.value()->count();
        if (!stored) {
            out() << stored.error() << Qt::endl;
            return 1;
        }
        if (stored.value() == count) {
            fillLine = QStringLiteral("fill: reused the %1 reports already there").arg(count);
            out() << "  " << fillLine << Qt::endl;
        } else if (stored.value() != 0) {
            out() << "  the database holds " << stored.value() << " reports, not 0 or " << count
                  << "; empty it (or --refill for the cache)" << Qt::endl;
            return 1;
        } else {
            const auto filled =
                filler.fill(*repository.value(), count, fillBatch, [count](qint64 done) {
                    if (done % 100000 == 0 || done == count)
                        out() << "  fill: " << done << " reports" << Qt::endl;
                });
            if (!filled) {
                out() << filled.error() << Qt::endl;
                return 1;
            }
            fillLine = QStringLiteral("fill: %1 reports in %2 s through putBatch (%3 per "
                                      "transaction): %4 reports/s")
                           .arg(filled->reports)
                           .arg(fixed(filled->seconds))
                           .arg(fillBatch)
                           .arg(fixed(filled->reports / filled->seconds, 0));
            out() << "  " << fillLine << Qt::endl;
            if (!cacheFile.isEmpty()) {
                QFile marker(cacheFile + QStringLiteral(".complete"));
                marker.open(QIODevice::WriteOnly);
                marker.write(QByteArray::number(count) + '\n');
            }
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

    test::ServerProcess server;
    server.start(serverBinary, test::ServerProcess::serveArguments(
                                   database, 1, test::ServerProcess::noRateLimits()));
    if (!server.waitListening(120000)) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return 1;
    }
    const QByteArray auth = QByteArrayLiteral("Authorization: Bearer ") + token + "\r\n";
    const QList<Query> queries{
        {QStringLiteral("frequency day, year, all services"),
         "/api/v1/stats/frequency?from=2025-01-01&to=2026-01-01&bucket=day", count},
        {QStringLiteral("heatmap, year, all services"),
         "/api/v1/stats/heatmap?from=2025-01-01&to=2026-01-01", count},
        {QStringLiteral("frequency hour, March (DST), all"),
         "/api/v1/stats/frequency?from=2025-03-01&to=2025-04-01&bucket=hour"},
        {QStringLiteral("frequency week, year, all services"),
         "/api/v1/stats/frequency?from=2025-01-01&to=2026-01-01&bucket=week", count},
        {QStringLiteral("frequency month, year, all services"),
         "/api/v1/stats/frequency?from=2025-01-01&to=2026-01-01&bucket=month", count},
        {QStringLiteral("frequency day, year, recip-e"),
         "/api/v1/stats/frequency?from=2025-01-01&to=2026-01-01&bucket=day&service=recip-e"},
        {QStringLiteral("heatmap, year, recip-e"),
         "/api/v1/stats/heatmap?from=2025-01-01&to=2026-01-01&service=recip-e"},
    };
    test::HttpConnection connection;
    QStringList summary{fillLine};
    bool ok = true;
    out() << "  round trips on one keep-alive connection, " << repetitions
          << " repetitions after 5 to warm up, in ms:" << Qt::endl;
    for (const Query &query : queries) {
        const QByteArray request = test::HttpConnection::getRequest(query.path, auth);
        Answer answer;
        for (int i = 0; i < 5; ++i)
            answer = fetch(connection, server.port(), request);
        if (answer.status != 200) {
            out() << "  " << query.name << ": status " << answer.status << ": "
                  << answer.body.left(300) << Qt::endl;
            ok = false;
            continue;
        }
        const qint64 total = totalOf(QJsonDocument::fromJson(answer.body).object());
        QList<qint64> times;
        for (int i = 0; i < repetitions; ++i) {
            const Answer timed = fetch(connection, server.port(), request);
            if (timed.status != 200) {
                ok = false;
                break;
            }
            times.append(timed.ns);
        }
        QString check = QStringLiteral("total %1").arg(total);
        if (query.expectedTotal >= 0 && total != query.expectedTotal) {
            check += QStringLiteral(" WRONG, expected %1").arg(query.expectedTotal);
            ok = false;
        }
        const QString line = QStringLiteral("%1: median %2 ms, p90 %3 ms (%4 KiB, %5)")
                                 .arg(query.name.leftJustified(36), fixed(median(times) / 1e6, 2),
                                      fixed(percentile(times, 0.9) / 1e6, 2),
                                      fixed(answer.body.size() / 1024.0, 0), check);
        out() << "  " << line << Qt::endl;
        summary.append(line);
    }
    server.terminate();
    out() << "summary:\n";
    for (const QString &line : std::as_const(summary))
        out() << "  " << line << '\n';
    out() << Qt::flush;
    return ok ? 0 : 1;
}
