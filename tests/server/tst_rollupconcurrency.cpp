// The rollup tables against a recount after puts that arrive at once: concurrent PUTs over HTTP
// (one id updated several times at once) and threads handing puts to one ReportWriter. Whatever
// order they were applied in, every rollup row must equal what the test counts itself.
// EHB_TEST_SEED=<n> replays a run; the seed is printed either way.
#include "rollupcheck.h"
#include "server/storage/reportwriter.h"
#include "server/storage/repositoryfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <atomic>
#include <thread>

using namespace ehb;
using namespace ehb::test;
using namespace ehb::server;
using namespace Qt::StringLiterals;

class TestRollupConcurrency final : public QObject, private RollupCheckFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_seed = seedForRun(); }

    void init() { m_harness.wipe(); }
    void cleanup() { m_harness.stop(); }

    // Many PUTs at once over HTTP, with one id updated several times at once: whatever order
    // the server saw, the rollups must match the reports stored in the end. (One HTTP worker:
    // several need SO_REUSEPORT, which HttpWorker::listen does not set yet.)
    void concurrentPutsOverHttp()
    {
        ServerConfig config;
        config.statsZones = {brussels, newYork};
        config.workerThreads = 3; // the PUTs reach the writer from several threads at once
        // Four installations send every wave: not a rate-limit test.
        config.limits.installationRate = {};
        QVERIFY(m_harness.start(config));
        QRandomGenerator random(m_seed + 2);
        const QList<QDateTime> edges = edgeTimes();
        QList<QUuid> installations;
        for (int i = 0; i < 4; ++i)
            installations.append(newUuid());
        QList<Report> reports;
        for (int i = 0; i < 40; ++i) {
            Report report = minimalReport();
            report.installation = installations.at(random.bounded(installations.size()));
            report.service = services.at(random.bounded(services.size()));
            report.startedAt = edges.at(random.bounded(edges.size()));
            report.reportedAt = report.startedAt.addSecs(300);
            reports.append(report);
        }

        QList<QPair<Report, QList<int>>> wave; // a report and the statuses it may get
        for (const Report &report : std::as_const(reports))
            wave.append({report, {201}});
        sendConcurrently(wave);
        if (QTest::currentTestFailed())
            return;

        // Each report moved by revision 2 and by revision 3 (sent twice), all at once: 2 may
        // arrive after 3 (409), the second 3 is a replay.
        wave.clear();
        for (const Report &original : std::as_const(reports)) {
            QList<Report> moved;
            for (int revision : {2, 3}) {
                Report next = original;
                next.revision = revision;
                next.service = services.at(random.bounded(services.size()));
                next.startedAt = original.startedAt.addSecs(random.bounded(3) * 43200 - 43200);
                next.reportedAt = next.startedAt.addSecs(300);
                moved.append(next);
            }
            wave.append({moved.at(0), {200, 409}});
            wave.append({moved.at(1), {200}});
            wave.append({moved.at(1), {200}});
        }
        sendConcurrently(wave);
        if (QTest::currentTestFailed())
            return;

        const auto stored = allStored();
        QCOMPARE(stored.size(), reports.size());
        for (const StoredReport &report : stored)
            QCOMPARE(report.revision, 3);
        compareWithRecount({brussels, newYork});
        qInfo("%lld reports written in %lld transactions", m_harness.server()->writer().written(),
              m_harness.server()->writer().batches());
    }

    // Threads handing puts to one ReportWriter at once, as the HTTP workers do: it commits what
    // waits together, one id possibly several times in a batch.
    void concurrentWriterPuts()
    {
        const QList<QTimeZone> zones{brussels, newYork};
        ServerConfig config;
        config.statsZones = zones;
        QVERIFY(m_harness.start(config));
        const auto url = DatabaseUrl::parse(m_harness.databaseUrl());
        QVERIFY(url.ok());
        ReportWriter writer([&url, &zones] { return RepositoryFactory::open(url.value(), zones); });
        QVERIFY(writer.start().ok());

        History history(m_seed + 4);
        QList<PutRequest> created;
        while (created.size() < 60)
            created.append(history.batch(8).first);
        // Fresh ids, so that this wave only creates.
        for (PutRequest &request : created) {
            request.report.id = newUuid();
            request.report.revision = 1;
            request.canonicalJson = ReportCodec::toBytes(request.report);
        }
        const auto statuses = runInThreads(writer, created);
        QCOMPARE(statuses.size(), created.size());
        for (PutStatus status : statuses)
            QCOMPARE(int(status), int(PutStatus::Created));

        QList<PutRequest> moves;
        QRandomGenerator random(m_seed + 5);
        for (const PutRequest &original : std::as_const(created)) {
            for (int revision : {2, 3, 3}) {
                PutRequest next = original;
                next.report.revision = revision;
                next.report.service = services.at(random.bounded(services.size()));
                next.report.startedAt =
                    original.report.startedAt.addSecs(qint64(random.bounded(5)) * 21600 - 43200);
                next.canonicalJson = ReportCodec::toBytes(next.report);
                moves.append(next);
            }
        }
        const auto moved = runInThreads(writer, moves);
        QCOMPARE(moved.size(), moves.size());
        for (PutStatus status : moved)
            QVERIFY(status == PutStatus::Updated || status == PutStatus::Replayed ||
                    status == PutStatus::Conflict);
        const QList<StoredReport> stored = allStored();
        QCOMPARE(stored.size(), created.size());
        compareWithRecount(zones);
        qInfo("%lld puts in %lld transactions", writer.written(), writer.batches());
        QVERIFY(writer.batches() <= writer.written());
    }

private:
    // Every request put through `writer` from 6 threads at once; the statuses in request order.
    static QList<PutStatus> runInThreads(ReportWriter &writer, const QList<PutRequest> &requests)
    {
        QList<PutStatus> statuses(requests.size(), PutStatus::Forbidden);
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&, t] {
                for (qsizetype i = t; i < requests.size(); i += 6) {
                    const Result<PutOutcome> outcome = writer.put(requests.at(i));
                    if (outcome)
                        statuses[i] = outcome->status;
                    else
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        if (failures > 0)
            return {};
        return statuses;
    }

    void sendConcurrently(const QList<QPair<Report, QList<int>>> &requests)
    {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (const auto &[report, statuses] : requests) {
            QNetworkRequest request(m_harness.url(u"/api/v1/reports/"_s + uuidText(report.id)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            replies.append(network.put(request, ReportCodec::toBytes(report)));
        }
        const auto done = [&replies] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(done(), 15000);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int status =
                replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(requests.at(i).second.contains(status),
                     qPrintable(
                         u"%1: %2"_s.arg(status).arg(QString::fromUtf8(replies.at(i)->readAll()))));
        }
        qDeleteAll(replies);
    }
};

QTEST_GUILESS_MAIN(TestRollupConcurrency)
#include "tst_rollupconcurrency.moc"
