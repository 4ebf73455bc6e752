// The impact figures over 1,000,000 reports spread over a year (issue 13): how long the real
// server takes to answer GET /api/v1/stats/impact (the year and a month; every service and
// one), as round trips on one keep-alive loopback connection, with a money value set; medians
// and 90th percentiles, and the server's CPU time per request. Measured in the same run, as the
// baseline: GET /api/v1/stats/breakdown and /api/v1/stats/episodes over the same year, which
// read the same reports from the server's AnalysisCache. The first request of each query after
// the server started is shown beside the median of the repeated ones, and the year is also
// timed after a change to one month of recip-e before each request.
//
// The year is bench_stats' generator (statsfill.h) with an impact on about a third of the
// reports (minutes lost, patients, fallback; some give only part of it), deterministic from the
// report id. The filled SQLite file is kept in the cache folder and reused; --refill makes it
// again. Nothing is asserted about time.
//
//   bench_impact [--reports 1000000] [--repetitions 20] [--cache DIR] [--refill]
#include "analysisfill.h"
#include "benchfigures.h"
#include "benchmachine.h"
#include "core/reportcodec.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

using namespace ehb;
using namespace ehb::bench;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);
// Bump when the generated reports change, so that old cached files are not reused.
constexpr int generatorVersion = 1;
constexpr int fillYear = 2025;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Adds an impact to about a third of the reports stored through it, from the report id.
class WithImpact final : public server::ReportStore
{
public:
    explicit WithImpact(server::ReportStore &inner)
        : m_inner(inner)
    {}
    Result<QList<server::PutOutcome>> putBatch(const QList<server::PutRequest> &requests) override
    {
        static const QStringList fallbacks = knownFallbacks();
        QList<server::PutRequest> changed = requests;
        for (server::PutRequest &request : changed) {
            const uint hash = qHash(request.report.id, 13);
            if (hash % 3 != 0)
                continue;
            Impact &impact = request.report.impact;
            if (hash % 4 != 0)
                impact.minutesLost = int((hash >> 4) % 240);
            if (hash % 5 != 0)
                impact.patients = int((hash >> 12) % 30);
            if (hash % 7 != 0)
                impact.fallback = fallbacks.at((hash >> 20) % fallbacks.size());
            request.canonicalJson = ReportCodec::toBytes(request.report);
        }
        return m_inner.putBatch(changed);
    }
    Result<qint64> count() override { return m_inner.count(); }
    Result<std::optional<server::StoredReport>> find(const QUuid &id) override
    {
        return m_inner.find(id);
    }
    Result<QList<server::StoredReport>> reports(const server::ReportsQuery &query) override
    {
        return m_inner.reports(query);
    }
    Result<void> ping() override { return m_inner.ping(); }
    Result<bool> checkpoint() override { return m_inner.checkpoint(); }

private:
    server::ReportStore &m_inner;
};

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
    QByteArray path;
    bool afterChange = false; // a new revision of the bench's report before each request
};

QString describe(const QJsonObject &json)
{
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    if (!totals.isEmpty()) {
        return QStringLiteral("%1 reports, %2 min reported, %3 episodes")
            .arg(totals.value(QStringLiteral("reports")).toInteger())
            .arg(totals.value(QStringLiteral("minutes_lost_reported")).toInteger())
            .arg(json.value(QStringLiteral("episodes")).toArray().size());
    }
    if (json.contains(QStringLiteral("provinces")))
        return QStringLiteral("%1 reports").arg(json.value(QStringLiteral("reports")).toInteger());
    return QStringLiteral("%1 episodes")
        .arg(json.value(QStringLiteral("episodes")).toArray().size());
}

// Fills `database` with the year unless it holds it; the token for the requests.
Result<QByteArray> prepare(const server::DatabaseUrl &url, qint64 count, const QString &marker)
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    auto repository = server::RepositoryFactory::openMigrated(url, {brussels});
    if (!repository)
        return fail(repository.error());
    const Result<qint64> stored = repository.value()->count();
    if (!stored)
        return fail(stored.error());
    if (stored.value() < count) {
        YearFiller filler(fillYear, brussels);
        WithImpact withImpact(*repository.value());
        const auto filled = filler.fill(withImpact, count, 10000, [count](qint64 done) {
            if (done % 200000 == 0 || done == count)
                out() << "  fill: " << done << " reports" << Qt::endl;
        });
        if (!filled)
            return fail(filled.error());
        out() << "  fill: " << filled->reports << " reports in " << fixed(filled->seconds) << " s"
              << Qt::endl;
        QFile done(marker);
        if (done.open(QIODevice::WriteOnly))
            done.write(QByteArray::number(count) + '\n');
    }
    (void)repository.value()->revokeToken(QStringLiteral("bench"));
    return server::StaffTokens::create(*repository.value(), QStringLiteral("bench"),
                                       utcNowSeconds());
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
    parser.addOptions({reportsOption, repetitionsOption, cacheOption, refillOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int repetitions = std::max(5, parser.value(repetitionsOption).toInt());

    QDir().mkpath(parser.value(cacheOption));
    const QString file =
        QDir(parser.value(cacheOption))
            .filePath(QStringLiteral("impact-%1-v%2.sqlite").arg(count).arg(generatorVersion));
    const QString marker = file + QStringLiteral(".complete");
    if (parser.isSet(refillOption) || !QFile::exists(marker))
        removeSqlite(file);
    const QString database = QStringLiteral("sqlite:") + file;
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(database);
    const QString machine = QStringLiteral("%1 cores, %2, Qt %3")
                                .arg(QThread::idealThreadCount())
                                .arg(cpuModel(), QLatin1String(qVersion()));
    out() << "bench_impact: " << count << " reports over " << fillYear << "; " << machine
          << "; load average " << loadAverage() << Qt::endl;
    const Result<QByteArray> token =
        url ? prepare(url.value(), count, marker) : Result<QByteArray>(fail(url.error()));
    if (!token) {
        out() << token.error() << Qt::endl;
        return 1;
    }

    test::ServerProcess server;
    server.start(serverBinary, test::ServerProcess::serveArguments(
                                   database, 1,
                                   test::ServerProcess::noRateLimits() +
                                       QStringList{QStringLiteral("--impact-hourly-value"),
                                                   QStringLiteral("60")}));
    if (!server.waitListening(120000)) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return 1;
    }
    auto writer = server::RepositoryFactory::open(
        url.value(), {QTimeZone(QByteArrayLiteral("Europe/Brussels"))});
    if (!writer) {
        out() << writer.error() << Qt::endl;
        return 1;
    }
    MovingReport moving(*writer.value(), fillYear);
    const QByteArray auth = QByteArrayLiteral("Authorization: Bearer ") + token.value() + "\r\n";
    // The baseline first, so that the impact queries do not pay for reading the year.
    const QList<Query> queries{
        {QStringLiteral("baseline: breakdown, year, all"),
         "/api/v1/stats/breakdown?from=2025-01-01&to=2026-01-01"},
        {QStringLiteral("baseline: episodes, year, all"),
         "/api/v1/stats/episodes?from=2025-01-01&to=2026-01-01"},
        {QStringLiteral("impact, year, all services"),
         "/api/v1/stats/impact?from=2025-01-01&to=2026-01-01"},
        {QStringLiteral("impact, year, recip-e"),
         "/api/v1/stats/impact?from=2025-01-01&to=2026-01-01&service=recip-e"},
        {QStringLiteral("impact, March, all services"),
         "/api/v1/stats/impact?from=2025-03-01&to=2025-04-01"},
        {QStringLiteral("baseline: episodes, year, after a change"),
         "/api/v1/stats/episodes?from=2025-01-01&to=2026-01-01", true},
        {QStringLiteral("impact, year, all, after a change"),
         "/api/v1/stats/impact?from=2025-01-01&to=2026-01-01", true},
    };
    test::HttpConnection connection;
    bool ok = true;
    out() << "  round trips on one keep-alive connection, " << repetitions
          << " repetitions after 3 to warm up, in ms:" << Qt::endl;
    for (const Query &query : queries) {
        const QByteArray request = test::HttpConnection::getRequest(query.path, auth);
        Answer answer = fetch(connection, server.port(), request);
        const qint64 firstNs = answer.ns;
        for (int i = 0; i < 2; ++i)
            answer = fetch(connection, server.port(), request);
        if (answer.status != 200) {
            out() << "  " << query.name << ": status " << answer.status << ": "
                  << answer.body.left(300) << Qt::endl;
            ok = false;
            continue;
        }
        QList<qint64> times;
        const qint64 cpuBefore = server.cpuMs();
        for (int i = 0; i < repetitions; ++i) {
            if (query.afterChange && !moving.move()) {
                ok = false;
                break;
            }
            const Answer timed = fetch(connection, server.port(), request);
            if (timed.status != 200) {
                ok = false;
                break;
            }
            times.append(timed.ns);
        }
        out() << "  "
              << QStringLiteral("%1: median %2 ms, p90 %3 ms, server CPU %4 ms; first %5 ms "
                                "(%6 KiB, %7)")
                     .arg(query.name.leftJustified(40), fixed(median(times) / 1e6, 1),
                          fixed(percentile(times, 0.9) / 1e6, 1),
                          fixed(double(server.cpuMs() - cpuBefore) / repetitions, 1),
                          fixed(firstNs / 1e6, 1), fixed(answer.body.size() / 1024.0, 0),
                          describe(QJsonDocument::fromJson(answer.body).object()))
              << Qt::endl;
    }
    server.terminate();
    out() << "  load average at the end " << loadAverage() << Qt::endl;
    return ok ? 0 : 1;
}
