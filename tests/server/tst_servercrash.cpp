// Issue 3: a client sends reports continuously while the server is killed with SIGKILL and
// restarted at least 10 times: every report that got a 2xx is there afterwards, none twice, and
// the rollup counts match a recount of the stored reports. Runs on a SQLite file, or on the
// database in EHB_TEST_DATABASE_URL (the PostgreSQL variant, on a durable cluster).
//
// The kill moments and the mix of requests come from a seed, printed at the start; set
// EHB_CRASH_SEED to replay one.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "httpconnection.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace ehb;
using namespace ehb::server;
using namespace ehb::test;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);

constexpr int connectionCount = 8;
constexpr int serverThreads = 4;
constexpr int crashes = 12; // the last one ends the run
constexpr int installationCount = 40;
// A server lives this long (ms) under load before it is killed.
constexpr int minLifeMs = 150;
constexpr int maxLifeMs = 900;

// What the client knows of one report id.
struct Tracked
{
    QList<Report> revisions; // revisions[r - 1] is what was sent as revision r
    int acknowledged = 0;    // the highest revision answered 2xx
    bool inFlight = false;
};

// One request in flight on a connection.
struct Pending
{
    QUuid id;
    int revision = 0;
};

} // namespace

class TestServerCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acknowledgedReportsSurviveKills();

private:
    void startServer();
    void serverEnded(bool asked);
    void feed(int connection);
    void answered(int connection, int status, const QByteArray &body);
    void lost(int connection, const QString &reason);
    Pending nextRequest(QByteArray &request);
    Report freshReport();
    Report nextRevision(const Report &previous);
    void verifyDatabase();

    QTemporaryDir m_dir;
    QString m_database;
    QRandomGenerator m_random;
    QList<QUuid> m_installations;
    QStringList m_services;

    ServerProcess m_server;
    QTimer m_killTimer;
    int m_kills = 0;
    int m_starts = 0;
    bool m_running = false; // the load goes on
    QString m_failure;      // the first unexpected event, which ends the run

    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::vector<std::optional<Pending>> m_pending;
    std::map<QUuid, Tracked> m_reports;
    QList<QUuid> m_ids; // the keys of m_reports in creation order, to pick from
    QSet<QUuid> m_existingBefore;
    int m_acknowledged = 0;
    int m_lostAnswers = 0;
    int m_unavailable = 0; // 503: not stored, may be sent again
    std::map<QString, int> m_statuses;
};

void TestServerCrash::initTestCase()
{
    QVERIFY2(QFile::exists(serverBinary), qPrintable(serverBinary));
    QVERIFY(m_dir.isValid());
    const QByteArray fromEnvironment = qgetenv("EHB_TEST_DATABASE_URL");
    m_database = fromEnvironment.isEmpty()
                     ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("crash.sqlite"))
                     : QString::fromUtf8(fromEnvironment);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_database);
    QVERIFY2(url, qPrintable(url.error()));

    bool seeded = false;
    quint32 seed = qEnvironmentVariable("EHB_CRASH_SEED").toUInt(&seeded);
    if (!seeded)
        seed = QRandomGenerator::global()->generate();
    qInfo("tst_servercrash: seed %u (set EHB_CRASH_SEED=%u to replay), database %s", seed, seed,
          qPrintable(url->redacted()));
    m_random.seed(seed);

    for (int i = 0; i < installationCount; ++i)
        m_installations.append(newUuid());
    for (const Service &service : ServiceCatalogue::builtIn().services())
        m_services.append(service.id);
    QVERIFY(!m_services.isEmpty());

    // Reports left by an earlier run on a reused PostgreSQL database are not ours to check.
    auto repository = RepositoryFactory::openMigrated(url.value(), {});
    QVERIFY2(repository, qPrintable(repository.error()));
    std::optional<std::pair<QDateTime, QUuid>> after;
    for (;;) {
        const auto page = repository.value()->reports({utcDateTime(QDate(1970, 1, 1), {}),
                                                       utcDateTime(QDate(9999, 1, 1), {}),
                                                       {},
                                                       after,
                                                       1000});
        QVERIFY2(page, qPrintable(page.error()));
        for (const StoredReport &stored : page.value())
            m_existingBefore.insert(stored.id);
        if (page.value().size() < 1000)
            break;
        after = {page.value().constLast().startedAt, page.value().constLast().id};
    }

    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        ++m_kills;
        m_server.kill(); // ended() restarts it, unless this was the last kill
    });
    connect(&m_server, &ServerProcess::ended, this, &TestServerCrash::serverEnded);
    connect(&m_server, &ServerProcess::listening, this, [this] {
        m_killTimer.start(minLifeMs + int(m_random.bounded(maxLifeMs - minLifeMs)));
        for (int i = 0; i < connectionCount; ++i)
            feed(i);
    });
}

void TestServerCrash::startServer()
{
    ++m_starts;
    m_server.start(serverBinary, ServerProcess::serveArguments(m_database, serverThreads,
                                                               ServerProcess::noRateLimits()));
}

void TestServerCrash::serverEnded(bool asked)
{
    if (!asked && m_failure.isEmpty()) {
        m_failure = QStringLiteral("the server ended by itself (start %1): %2")
                        .arg(m_starts)
                        .arg(QString::fromUtf8(m_server.errorOutput()));
    }
    if (m_kills >= crashes || !m_failure.isEmpty()) {
        m_running = false;
        return;
    }
    startServer();
}

Report TestServerCrash::freshReport()
{
    const QDateTime now = utcNowSeconds();
    Report report;
    report.id = newUuid();
    report.installation = m_installations.at(m_random.bounded(installationCount));
    report.service = m_services.at(m_random.bounded(int(m_services.size())));
    report.reportedAt = now;
    // Up to six days back: many hour, day and week buckets, and month ends now and then.
    report.startedAt = now.addSecs(-qint64(m_random.bounded(6 * 24 * 3600)));
    report.symptoms = {knownSymptoms().at(m_random.bounded(int(knownSymptoms().size())))};
    if (m_random.bounded(2) == 0)
        report.errorText = QStringLiteral("E%1: no answer").arg(m_random.bounded(1000));
    return report;
}

Report TestServerCrash::nextRevision(const Report &previous)
{
    Report report = previous;
    ++report.revision;
    report.endedAt = report.startedAt.addSecs(60 * (1 + m_random.bounded(60)));
    if (report.endedAt > utcNowSeconds())
        report.endedAt = utcNowSeconds();
    // Sometimes the GP corrects the service or the start: the rollups must move the count.
    if (m_random.bounded(3) == 0)
        report.service = m_services.at(m_random.bounded(int(m_services.size())));
    if (m_random.bounded(3) == 0) {
        report.startedAt = report.startedAt.addSecs(-qint64(m_random.bounded(2 * 3600)));
        if (report.startedAt < report.reportedAt.addSecs(-6 * 24 * 3600))
            report.startedAt = report.reportedAt.addSecs(-6 * 24 * 3600);
    }
    return report;
}

Pending TestServerCrash::nextRequest(QByteArray &request)
{
    // About 70% new reports, 20% new revisions, 10% replays of the last revision sent.
    const quint32 dice = m_random.bounded(10);
    Tracked *tracked = nullptr;
    QUuid id;
    if (dice >= 7 && !m_ids.isEmpty()) {
        for (int attempt = 0; attempt < 4 && !tracked; ++attempt) {
            id = m_ids.at(m_random.bounded(int(m_ids.size())));
            Tracked &candidate = m_reports[id];
            // One request per id at a time, so revisions never race each other.
            if (!candidate.inFlight)
                tracked = &candidate;
        }
    }
    if (tracked && dice < 9 && tracked->revisions.size() < 20) {
        tracked->revisions.append(nextRevision(tracked->revisions.constLast()));
    } else if (!tracked) {
        const Report report = freshReport();
        id = report.id;
        tracked = &m_reports[id];
        tracked->revisions.append(report);
        m_ids.append(id);
    }
    // Always the newest revision sent: it is the only one the server cannot answer 409 to.
    const Report &report = tracked->revisions.constLast();
    tracked->inFlight = true;
    request = HttpConnection::putRequest("/api/v1/reports/" + uuidText(id).toLatin1(),
                                         ReportCodec::toBytes(report));
    return {id, report.revision};
}

void TestServerCrash::feed(int connection)
{
    HttpConnection &http = *m_connections.at(size_t(connection));
    if (!m_running || http.isBusy() || m_server.port() == 0)
        return;
    QByteArray request;
    m_pending[size_t(connection)] = nextRequest(request);
    http.send(m_server.port(), request);
}

void TestServerCrash::answered(int connection, int status, const QByteArray &body)
{
    const Pending pending = *m_pending[size_t(connection)];
    m_pending[size_t(connection)].reset();
    Tracked &tracked = m_reports[pending.id];
    tracked.inFlight = false;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    ++m_statuses
        [QString::number(status) + QLatin1Char(' ') +
         json.value(QStringLiteral("status")).toString() +
         json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()];
    if (status == 200 || status == 201) {
        if (json.value(QStringLiteral("id")).toString() != uuidText(pending.id) ||
            json.value(QStringLiteral("revision")).toInt() != pending.revision) {
            if (m_failure.isEmpty())
                m_failure = QStringLiteral("a 2xx for another report or revision: %1")
                                .arg(QString::fromUtf8(body));
        }
        tracked.acknowledged = std::max(tracked.acknowledged, pending.revision);
        ++m_acknowledged;
    } else if (status == 503) {
        ++m_unavailable;
    } else if (m_failure.isEmpty()) {
        m_failure = QStringLiteral("unexpected answer %1 to revision %2 of %3: %4")
                        .arg(status)
                        .arg(pending.revision)
                        .arg(uuidText(pending.id), QString::fromUtf8(body));
    }
    if (!m_failure.isEmpty())
        m_running = false;
    feed(connection);
}

void TestServerCrash::lost(int connection, const QString &reason)
{
    Q_UNUSED(reason);
    if (m_pending[size_t(connection)]) {
        m_reports[m_pending[size_t(connection)]->id].inFlight = false;
        m_pending[size_t(connection)].reset();
        ++m_lostAnswers;
    }
    // Refused or cut: the next try waits for the restarted server (listening() feeds everyone)
    // or, if it is already up, goes to its new port at once.
    if (m_server.port() != 0)
        QTimer::singleShot(5, this, [this, connection] { feed(connection); });
}

void TestServerCrash::acknowledgedReportsSurviveKills()
{
    for (int i = 0; i < connectionCount; ++i) {
        auto http = std::make_unique<HttpConnection>();
        connect(http.get(), &HttpConnection::answered, this,
                [this, i](int status, const QByteArray &body) { answered(i, status, body); });
        connect(http.get(), &HttpConnection::failed, this,
                [this, i](const QString &reason) { lost(i, reason); });
        m_connections.push_back(std::move(http));
        m_pending.emplace_back();
    }

    QElapsedTimer clock;
    clock.start();
    m_running = true;
    startServer();
    QTRY_VERIFY_WITH_TIMEOUT(!m_running, 90000);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    QVERIFY(!m_server.isRunning());
    // Every connection has seen its last request answered or cut.
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(m_pending.begin(), m_pending.end(),
                                          [](const auto &pending) { return bool(pending); }),
                             10000);
    m_connections.clear();

    QString statuses;
    for (const auto &[status, count] : m_statuses)
        statuses += QStringLiteral(" [%1]: %2").arg(status).arg(count);
    qInfo("tst_servercrash: %d kills, %d starts in %lld ms; %d answers 2xx, %d lost by the kills,"
          " %d 503;%s",
          m_kills, m_starts, clock.elapsed(), m_acknowledged, m_lostAnswers, m_unavailable,
          qPrintable(statuses));
    QCOMPARE(m_kills, crashes);
    // Enough traffic for the kills to have hit requests in flight.
    QVERIFY2(m_acknowledged >= 20 * crashes, qPrintable(QString::number(m_acknowledged)));
    QVERIFY(m_lostAnswers > 0);

    verifyDatabase();
}

void TestServerCrash::verifyDatabase()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_database);
    QVERIFY(url);
    auto opened = RepositoryFactory::open(url.value(), {});
    QVERIFY2(opened, qPrintable(opened.error()));
    ReportRepository &repository = *opened.value();

    // Every stored report, each exactly once.
    std::map<QUuid, StoredReport> stored;
    qint64 listed = 0;
    std::optional<std::pair<QDateTime, QUuid>> after;
    for (;;) {
        const auto page = repository.reports({utcDateTime(QDate(1970, 1, 1), {}),
                                              utcDateTime(QDate(9999, 1, 1), {}),
                                              {},
                                              after,
                                              1000});
        QVERIFY2(page, qPrintable(page.error()));
        for (const StoredReport &report : page.value()) {
            ++listed;
            QVERIFY2(stored.emplace(report.id, report).second,
                     qPrintable(QStringLiteral("%1 listed twice").arg(uuidText(report.id))));
        }
        if (page.value().size() < 1000)
            break;
        after = {page.value().constLast().startedAt, page.value().constLast().id};
    }
    const Result<qint64> count = repository.count();
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(count.value(), listed);

    int acknowledgedIds = 0;
    int storedWithoutAnswer = 0;
    for (const auto &[id, tracked] : m_reports) {
        const auto found = stored.find(id);
        if (tracked.acknowledged > 0) {
            ++acknowledgedIds;
            QVERIFY2(found != stored.end(),
                     qPrintable(QStringLiteral("revision %1 of %2 was acknowledged, not stored")
                                    .arg(tracked.acknowledged)
                                    .arg(uuidText(id))));
        }
        if (found == stored.end())
            continue;
        if (tracked.acknowledged == 0)
            ++storedWithoutAnswer;
        const StoredReport &report = found->second;
        // At least what was acknowledged, at most what was sent, and exactly what was sent then.
        QVERIFY(report.revision >= tracked.acknowledged);
        QVERIFY(report.revision <= tracked.revisions.size());
        const Report &sent = tracked.revisions.at(report.revision - 1);
        const auto decoded = ReportCodec::fromJson(QJsonDocument::fromJson(report.body).object());
        QVERIFY(decoded.ok());
        QVERIFY2(decoded.value() == sent, report.body.constData());
        QCOMPARE(report.service, sent.service);
        QCOMPARE(report.startedAt, sent.startedAt);
    }
    // Nothing stored that this run did not send, except what was there before.
    qsizetype ours = 0;
    for (const auto &[id, report] : stored) {
        if (m_reports.count(id))
            ++ours;
        else
            QVERIFY2(m_existingBefore.contains(id), qPrintable(uuidText(id)));
    }
    QCOMPARE(qsizetype(stored.size()), ours + m_existingBefore.size());
    QCOMPARE(ours, qsizetype(acknowledgedIds + storedWithoutAnswer));
    qInfo("tst_servercrash: %zu reports stored: %d acknowledged, %d stored whose answer was lost",
          stored.size(), acknowledgedIds, storedWithoutAnswer);

    // The rollups against a recount of the stored reports: reports and distinct installations.
    const Result<QList<QByteArray>> zoneIds = repository.rollupZones();
    QVERIFY2(zoneIds, qPrintable(zoneIds.error()));
    QVERIFY(zoneIds.value().size() >= 2); // the UTC hours and at least one local zone
    QList<QTimeZone> zones;
    for (const QByteArray &id : zoneIds.value()) {
        if (!id.startsWith('*'))
            zones.append(QTimeZone(id));
    }
    std::map<RollupKey, std::pair<qint64, std::set<QUuid>>> expected;
    for (const auto &[id, report] : stored) {
        for (const RollupKey &key :
             RollupCalendar::keysFor(report.service, report.startedAt, zones)) {
            auto &[reports, installations] = expected[key];
            ++reports;
            installations.insert(report.installation);
        }
    }
    std::map<RollupKey, std::pair<qint64, qint64>> actual;
    QList<std::pair<QByteArray, BucketUnit>> tables{{RollupCalendar::utcZone, BucketUnit::Hour}};
    for (const QTimeZone &zone : std::as_const(zones)) {
        for (const BucketUnit unit : {BucketUnit::Day, BucketUnit::Week, BucketUnit::Month})
            tables.append({zone.id(), unit});
    }
    for (const auto &[zone, unit] : std::as_const(tables)) {
        const auto rows =
            repository.counts({zone, unit, -(qint64(1) << 40), qint64(1) << 40, QString(), false});
        QVERIFY2(rows, qPrintable(rows.error()));
        for (const BucketCount &row : rows.value()) {
            // A revision that moved away may leave a row at zero.
            if (row.reports != 0 || row.installations != 0)
                actual[{zone, unit, row.service, row.bucket}] = {row.reports, row.installations};
        }
    }
    QCOMPARE(actual.size(), expected.size());
    for (const auto &[key, counts] : expected) {
        const auto found = actual.find(key);
        const QString where =
            QStringLiteral("%1 %2 %3 %4")
                .arg(QString::fromLatin1(key.zone), bucketUnitName(key.unit), key.service)
                .arg(key.bucket);
        QVERIFY2(found != actual.end(), qPrintable(where));
        QVERIFY2(found->second.first == counts.first, qPrintable(where));
        QVERIFY2(found->second.second == qint64(counts.second.size()), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_servercrash.moc"
