// Several server instances on one PostgreSQL database: they migrate together without racing,
// concurrent puts of the same ids store one report per id with rollups that match a recount, and
// two servers answer the same statistics.
#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "postgrestestsupport.h"
#include "samples.h"
#include "server/api/stafftokens.h"
#include "server/collectionserver.h"
#include "server/stats/rollupcalendar.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <latch>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace ehb;
using namespace ehb::server;
using namespace ehb::test;

namespace {

const QTimeZone brussels("Europe/Brussels");

// Runs `work(i)` in `count` threads that start together; waits for all of them.
template <typename Work> void runTogether(int count, Work work)
{
    std::latch ready(count);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&ready, &work, i] {
            ready.arrive_and_wait();
            work(i);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
}

Result<DatabaseUrl> testUrl()
{
    return DatabaseUrl::parse(testDatabaseUrl());
}

// One report per id, spread over a few services, installations, hours and days.
QList<Report> makeReports(int count)
{
    const QStringList services{u"recip-e"_s, u"ehealthbox"_s, u"chapter-iv"_s};
    QList<QUuid> installations;
    for (int i = 0; i < 7; ++i)
        installations.append(QUuid::createUuid());
    QList<Report> reports;
    for (int i = 0; i < count; ++i) {
        Report report = sampleReport();
        report.id = QUuid::createUuid();
        report.installation = installations.at(i % installations.size());
        report.service = services.at(i % services.size());
        report.startedAt = fixedNow().addSecs(-3600 * (i % 50) - 60 * i);
        report.reportedAt = fixedNow();
        report.endedAt = QDateTime();
        report.revision = 1;
        reports.append(report);
    }
    return reports;
}

// The rollup rows as stored, and as recounted from the reports table.
struct RollupRow
{
    qint64 reports = 0;
    qint64 installations = 0;
    bool operator==(const RollupRow &) const = default;
};
using RollupTable = QMap<QString, RollupRow>;

QString keyText(const QString &zone, const QString &unit, const QString &service, qint64 bucket)
{
    return u"%1/%2/%3/%4"_s.arg(zone, unit, service).arg(bucket);
}

} // namespace

class TestPostgresInstances final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!testDatabaseUrl().isEmpty(), "run through ctest"); }

    void init()
    {
        const auto reset = resetPostgresDatabase(testDatabaseUrl());
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
    }

    void instancesMigrateTogether()
    {
        const auto url = testUrl();
        QVERIFY(url.ok());
        constexpr int instances = 4;
        QMutex mutex;
        QStringList errors;
        QList<int> versions;
        runTogether(instances, [&](int) {
            int version = 0;
            auto repository = RepositoryFactory::openMigrated(*url, {brussels}, &version);
            const QMutexLocker locker(&mutex);
            if (!repository)
                errors.append(repository.error());
            else
                versions.append(version);
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(versions.size(), instances);
        QVERIFY(versions.at(0) >= 2);
        QCOMPARE(versions, QList<int>(instances, versions.at(0)));

        auto repository = RepositoryFactory::open(*url, {brussels});
        QVERIFY(repository.ok());
        // Every migration recorded once, every zone filled once.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM schema_migrations"_s),
                 QString::number(versions.at(0)));
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT version) FROM schema_migrations"_s),
                 QString::number(versions.at(0)));
        const auto zones = repository.value()->rollupZones();
        QVERIFY(zones.ok());
        QCOMPARE(zones->size(), 2);
    }

    void concurrentPutsStoreOneReportPerId()
    {
        const auto url = testUrl();
        QVERIFY(url.ok());
        {
            auto migrated = RepositoryFactory::openMigrated(*url, {brussels});
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        }
        constexpr int reportCount = 240;
        const QList<Report> reports = makeReports(reportCount);

        // Both instances send revision 1 of every id at once: one creates, the other replays.
        auto statuses = putConcurrently(*url, {reports, reports});
        QVERIFY2(statuses.ok(), qPrintable(statuses.error()));
        for (const Report &report : reports) {
            const QList<PutStatus> seen = statuses->value(report.id);
            QCOMPARE(seen.size(), 2);
            QCOMPARE(seen.count(PutStatus::Created), 1);
            QCOMPARE(seen.count(PutStatus::Replayed), 1);
        }
        QCOMPARE(storedRollups(), recountedRollups());

        // Then revision 2 and revision 3 of every id at once, each moved to another hour (and,
        // for 3, another service): 3 wins, and the rollups count each report once, where 3 is.
        QList<Report> second = reports;
        QList<Report> third = reports;
        for (int i = 0; i < reportCount; ++i) {
            second[i].revision = 2;
            second[i].startedAt = reports.at(i).startedAt.addSecs(-5 * 3600);
            third[i].revision = 3;
            third[i].service = u"therapeutic-link"_s;
            third[i].startedAt = reports.at(i).startedAt.addSecs(-29 * 3600);
        }
        statuses = putConcurrently(*url, {second, third});
        QVERIFY2(statuses.ok(), qPrintable(statuses.error()));

        auto repository = RepositoryFactory::open(*url, {brussels});
        QVERIFY(repository.ok());
        QCOMPARE(repository.value()->count().value(), qint64(reportCount));
        for (const Report &report : third) {
            const QList<PutStatus> seen = statuses->value(report.id);
            QCOMPARE(seen.size(), 2);
            // 2 then 3: both update; 3 then 2: 2 conflicts.
            QVERIFY(seen.count(PutStatus::Updated) == 2 ||
                    (seen.count(PutStatus::Updated) == 1 && seen.count(PutStatus::Conflict) == 1));
            const auto stored = repository.value()->find(report.id);
            QVERIFY(stored.ok() && stored->has_value());
            QCOMPARE((*stored)->revision, 3);
            QCOMPARE((*stored)->service, report.service);
            QCOMPARE((*stored)->startedAt, report.startedAt);
        }
        QCOMPARE(storedRollups(), recountedRollups());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM member WHERE n <= 0"_s), u"0"_s);
    }

    void twoServersAnswerTheSameStatistics()
    {
        const auto url = testUrl();
        QVERIFY(url.ok());
        const ServerConfig config; // statistics in Europe/Brussels
        auto first = CollectionServer::create(*url, config);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = CollectionServer::create(*url, config);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(first.value()->listen(QHostAddress(QHostAddress::LocalHost), 0).ok());
        QVERIFY(second.value()->listen(QHostAddress(QHostAddress::LocalHost), 0).ok());
        CollectionServer *servers[] = {first.value().get(), second.value().get()};

        const QList<Report> reports = makeReports(60);
        for (int i = 0; i < reports.size(); ++i) {
            const QByteArray body = ReportCodec::toBytes(reports.at(i));
            const QString path = u"/api/v1/reports/"_s + uuidText(reports.at(i).id);
            // Each report to one server, every third one to both.
            const auto created = send(servers[i % 2], "PUT", path, body);
            QVERIFY2(created.first == 201, created.second.constData());
            if (i % 3 == 0)
                QCOMPARE(send(servers[(i + 1) % 2], "PUT", path, body).first, 200);
        }

        // A token made through one server works on the other.
        const auto token =
            StaffTokens::create(first.value()->repository(), u"stats"_s, utcNowSeconds());
        QVERIFY2(token.ok(), qPrintable(token.error()));
        const QStringList queries{
            u"/api/v1/stats/frequency?from=2024-01-10&to=2024-01-16&bucket=hour"_s,
            u"/api/v1/stats/frequency?from=2024-01-01&to=2024-02-01&bucket=day"_s,
            u"/api/v1/stats/frequency?from=2024-01-01&to=2024-02-01&bucket=week&service=recip-e"_s,
            u"/api/v1/stats/heatmap?from=2024-01-01&to=2024-02-01"_s,
            u"/api/v1/reports?from=2024-01-01&to=2024-02-01&limit=1000"_s,
        };
        for (const QString &query : queries) {
            const auto a = send(servers[0], "GET", query, {}, token.value());
            const auto b = send(servers[1], "GET", query, {}, token.value());
            QCOMPARE(a.first, 200);
            QCOMPARE(b.first, 200);
            QCOMPARE(a.second, b.second);
        }
        const auto heatmap = send(servers[1], "GET", queries.at(3), {}, token.value());
        QCOMPARE(QJsonDocument::fromJson(heatmap.second).object().value(u"total"_s).toInt(),
                 reports.size());

        // The analysis is kept in memory by each server: after both have answered, reports
        // stored through one are in the other's next answer at once (analysis_versions).
        const QStringList analysis{
            u"/api/v1/stats/episodes?from=2024-01-01&to=2024-02-01"_s,
            u"/api/v1/stats/breakdown?from=2024-01-01&to=2024-02-01"_s,
        };
        const auto compare = [&](int expectedReports) {
            for (const QString &query : analysis) {
                const auto a = send(servers[0], "GET", query, {}, token.value());
                const auto b = send(servers[1], "GET", query, {}, token.value());
                QCOMPARE(a.first, 200);
                QCOMPARE(b.first, 200);
                QCOMPARE(a.second, b.second);
            }
            const auto breakdown = send(servers[1], "GET", analysis.at(1), {}, token.value());
            QCOMPARE(QJsonDocument::fromJson(breakdown.second).object().value(u"reports"_s).toInt(),
                     expectedReports);
        };
        compare(int(reports.size()));
        const QList<Report> more = makeReports(12);
        for (const Report &report : more) {
            const QString path = u"/api/v1/reports/"_s + uuidText(report.id);
            QCOMPARE(send(servers[0], "PUT", path, ReportCodec::toBytes(report)).first, 201);
        }
        compare(int(reports.size() + more.size()));
    }

private:
    using Statuses = QMap<QUuid, QList<PutStatus>>;

    // Each list of reports put by an instance of its own (its own connection, in its own
    // thread), all instances at once, in shuffled order and batches of 1 to 8 like writers under
    // load. The outcomes of every id, in any order.
    static Result<Statuses> putConcurrently(const DatabaseUrl &url,
                                            const QList<QList<Report>> &perInstance)
    {
        QMutex mutex;
        QStringList errors;
        Statuses statuses;
        runTogether(int(perInstance.size()), [&](int instance) {
            auto repository = RepositoryFactory::open(url, {brussels});
            if (!repository) {
                const QMutexLocker locker(&mutex);
                errors.append(repository.error());
                return;
            }
            const QList<Report> &mine = perInstance.at(instance);
            QList<int> order(mine.size());
            std::iota(order.begin(), order.end(), 0);
            QRandomGenerator random(instance + 1);
            std::shuffle(order.begin(), order.end(), random);
            for (qsizetype at = 0; at < order.size();) {
                const qsizetype size = qMin<qsizetype>(1 + random.bounded(8), order.size() - at);
                QList<PutRequest> batch;
                for (qsizetype i = at; i < at + size; ++i) {
                    const Report &report = mine.at(order.at(i));
                    batch.append({report, ReportCodec::toBytes(report), utcNowSeconds()});
                }
                const auto outcomes = repository.value()->putBatch(batch);
                const QMutexLocker locker(&mutex);
                if (!outcomes) {
                    errors.append(outcomes.error());
                    return;
                }
                for (qsizetype i = 0; i < batch.size(); ++i)
                    statuses[batch.at(i).report.id].append(outcomes->at(i).status);
                at += size;
            }
        });
        if (!errors.isEmpty())
            return fail(errors.join(u'\n'));
        return statuses;
    }

    // The first column of the first row of `sql` as text.
    static QString scalar(const QString &sql)
    {
        const QString name = u"tst_postgresinstances"_s;
        QString answer;
        {
            auto db = openPostgres(testDatabaseUrl(), name);
            if (!db)
                return db.error();
            QSqlQuery query(db.value());
            answer = query.exec(sql) && query.next() ? query.value(0).toString()
                                                     : query.lastError().text();
        }
        closePostgres(name);
        return answer;
    }

    static RollupTable storedRollups()
    {
        const QString name = u"tst_postgresinstances-rollup"_s;
        RollupTable table;
        {
            auto db = openPostgres(testDatabaseUrl(), name);
            if (!db)
                return table;
            QSqlQuery query(db.value());
            query.exec(u"SELECT zone, unit, service, bucket, reports, installations FROM rollup"
                       " WHERE reports <> 0 OR installations <> 0"_s);
            while (query.next()) {
                table.insert(keyText(query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toLongLong()),
                             {query.value(4).toLongLong(), query.value(5).toLongLong()});
            }
        }
        closePostgres(name);
        return table;
    }

    // What the rollups must hold, counted again from the stored reports.
    static RollupTable recountedRollups()
    {
        const QString name = u"tst_postgresinstances-recount"_s;
        QMap<QString, std::pair<qint64, QSet<QString>>> counts;
        {
            auto db = openPostgres(testDatabaseUrl(), name);
            if (!db)
                return {};
            QSqlQuery query(db.value());
            query.exec(u"SELECT service, started_at, installation FROM reports"_s);
            while (query.next()) {
                const QDateTime startedAt = ReportCodec::parseTime(query.value(1).toString());
                const auto keys =
                    RollupCalendar::keysFor(query.value(0).toString(), startedAt, {brussels});
                for (const RollupKey &key : keys) {
                    auto &entry =
                        counts[keyText(QString::fromLatin1(key.zone), bucketUnitName(key.unit),
                                       key.service, key.bucket)];
                    entry.first += 1;
                    entry.second.insert(query.value(2).toString());
                }
            }
        }
        closePostgres(name);
        RollupTable table;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            table.insert(it.key(), {it->first, qint64(it->second.size())});
        return table;
    }

    // Status and body of one request to `server`.
    std::pair<int, QByteArray> send(CollectionServer *server, const QByteArray &method,
                                    const QString &pathAndQuery, const QByteArray &body,
                                    const QByteArray &token = {})
    {
        QUrl url = server->url();
        const qsizetype question = pathAndQuery.indexOf(u'?');
        url.setPath(pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000)) {
            reply->abort();
            reply->deleteLater();
            return {0, {}};
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return {status, answer};
    }

    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestPostgresInstances)
#include "tst_postgresinstances.moc"
