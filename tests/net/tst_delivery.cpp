#include "core/timeutil.h"
#include "fakeserver.h"
#include "net/deliveryagent.h"
#include "samples.h"
#include "store/reportstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;
using test::FakeServer;
using Behaviour = FakeServer::Behaviour;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<ReportStore> openStore(const QString &path)
{
    Result<std::unique_ptr<ReportStore>> store = ReportStore::open(path);
    if (!store)
        qFatal("cannot open store: %s", qPrintable(store.error()));
    return std::move(store).value();
}

// Short delays so retries happen within the test, with the same shape as in production.
void configureFast(DeliveryAgent &agent, const QUrl &url)
{
    agent.setServerUrl(url);
    agent.setBackoffPolicy({50ms, 400ms});
    agent.setTransferTimeout(500ms);
}

} // namespace

class TestDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("reports.sqlite"));
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void deliversEveryReportOnce()
    {
        auto store = openStore(m_path);
        QList<QUuid> ids;
        for (int i = 0; i < 5; ++i) {
            const Report report = test::minimalReport(utcNowSeconds());
            QVERIFY(store->create(report).ok());
            ids.append(report.id);
        }
        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        QSignalSpy delivered(&agent, &DeliveryAgent::delivered);
        agent.deliverNow();
        QTRY_COMPARE(delivered.size(), 5);
        for (const QUuid &id : ids) {
            QCOMPARE(m_server->createdCount(uuidText(id)), 1);
            QCOMPARE(store->find(id)->delivery.state, Delivery::State::Sent);
        }
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(store->pendingCount(), 0);
    }

    // Each misbehaviour happens before the server answers; the report must still end up on
    // the server exactly once and be Sent locally.
    void retriesUntilDelivered_data()
    {
        QTest::addColumn<QList<Behaviour>>("script");
        QTest::newRow("500 twice") << QList<Behaviour>{Behaviour::Error500, Behaviour::Error500};
        QTest::newRow("429") << QList<Behaviour>{Behaviour::TooMany429};
        QTest::newRow("connection dropped") << QList<Behaviour>{Behaviour::Drop};
        QTest::newRow("stalled") << QList<Behaviour>{Behaviour::Stall};
        QTest::newRow("stored, then dropped before answering")
            << QList<Behaviour>{Behaviour::StoreThenDrop};
        QTest::newRow("everything")
            << QList<Behaviour>{Behaviour::Stall, Behaviour::StoreThenDrop, Behaviour::Error500,
                                Behaviour::Drop, Behaviour::TooMany429};
    }
    void retriesUntilDelivered()
    {
        QFETCH(QList<Behaviour>, script);
        for (Behaviour behaviour : script)
            m_server->enqueue(behaviour);
        m_server->retryAfterSeconds = 0;
        auto store = openStore(m_path);
        const Report report = test::minimalReport(utcNowSeconds());
        QVERIFY(store->create(report).ok());

        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        QSignalSpy delivered(&agent, &DeliveryAgent::delivered);
        QSignalSpy retrying(&agent, &DeliveryAgent::retrying);
        agent.deliverNow();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        // Qt's HTTP stack itself resends once on a connection closed before any answer, so a
        // dropped connection may not surface as a retry of ours.
        QVERIFY(retrying.size() >= 1 || script.contains(Behaviour::Drop) ||
                script.contains(Behaviour::StoreThenDrop));
        QVERIFY(retrying.size() <= script.size());
        QCOMPARE(m_server->createdCount(uuidText(report.id)), 1);
        QCOMPARE(m_server->storedCount(), 1);
        QCOMPARE(m_server->requestCount(), script.size() + 1);
        QCOMPARE(store->find(report.id)->delivery.state, Delivery::State::Sent);
    }

    void honoursRetryAfter()
    {
        m_server->retryAfterSeconds = 2;
        m_server->enqueue(Behaviour::TooMany429);
        auto store = openStore(m_path);
        const Report report = test::minimalReport(utcNowSeconds());
        QVERIFY(store->create(report).ok());
        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        QSignalSpy retrying(&agent, &DeliveryAgent::retrying);
        QSignalSpy delivered(&agent, &DeliveryAgent::delivered);
        QElapsedTimer timer;
        timer.start();
        agent.deliverNow();
        QTRY_COMPARE(retrying.size(), 1);
        const QDateTime next = retrying.at(0).at(2).toDateTime();
        QVERIFY(utcNowSeconds().secsTo(next) >= 1);
        QCOMPARE(store->find(report.id)->delivery.state, Delivery::State::Retrying);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        // The retry waited for the server's Retry-After, not the 50 ms backoff.
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void keepsRejectedReportsWithTheServersMessage()
    {
        m_server->enqueue(Behaviour::Reject422);
        auto store = openStore(m_path);
        const Report report = test::minimalReport(utcNowSeconds());
        QVERIFY(store->create(report).ok());
        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        QSignalSpy rejected(&agent, &DeliveryAgent::rejected);
        agent.deliverNow();
        QTRY_COMPARE(rejected.size(), 1);
        const auto found = store->find(report.id);
        QCOMPARE(found->delivery.state, Delivery::State::Rejected);
        QVERIFY2(
            found->delivery.lastError.contains(QLatin1String("service: is not a known service")),
            qPrintable(found->delivery.lastError));
        // Not retried on its own, and still there.
        QTest::qWait(600);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(store->all().size(), 1);
    }

    // The server is down, the app is closed, the server comes back, the app starts again.
    void deliversAfterServerDownAndRestart()
    {
        const quint16 port = m_server->port();
        const QUrl url = m_server->url();
        m_server->stop();
        QList<QUuid> ids;
        {
            auto store = openStore(m_path);
            DeliveryAgent agent(*store);
            configureFast(agent, url);
            QSignalSpy retrying(&agent, &DeliveryAgent::retrying);
            for (int i = 0; i < 3; ++i) {
                const Report report = test::minimalReport(utcNowSeconds());
                QVERIFY(store->create(report).ok());
                ids.append(report.id);
                agent.deliverNow();
            }
            QTRY_VERIFY(retrying.size() >= 1);
            QVERIFY(store->pendingCount() == 3);
        } // app closed
        QVERIFY(m_server->start(port));
        auto store = openStore(m_path);
        DeliveryAgent agent(*store);
        configureFast(agent, url);
        QSignalSpy delivered(&agent, &DeliveryAgent::delivered);
        agent.retryAllNow(); // what the app does at start
        QTRY_COMPARE(delivered.size(), 3);
        for (const QUuid &id : ids)
            QCOMPARE(m_server->createdCount(uuidText(id)), 1);
        QCOMPARE(store->pendingCount(), 0);
    }

    void deliversResolvedRevision()
    {
        auto store = openStore(m_path);
        const Report report = test::minimalReport(utcNowSeconds());
        QVERIFY(store->create(report).ok());
        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        QSignalSpy delivered(&agent, &DeliveryAgent::delivered);
        agent.deliverNow();
        QTRY_COMPARE(delivered.size(), 1);
        QVERIFY(store->markResolved(report.id, utcNowSeconds()).ok());
        agent.deliverNow();
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(delivered.at(1).at(1).toInt(), 2);
        QCOMPARE(m_server->storedRevision(uuidText(report.id)), 2);
        QCOMPARE(m_server->createdCount(uuidText(report.id)), 1);
        QVERIFY(m_server->storedBody(uuidText(report.id)).contains("\"ended_at\":\""));
    }

    // Many reports, a server failing at random: all stored once in the end.
    void survivesAFlakyServer()
    {
        const QList<Behaviour> bad{Behaviour::Error500, Behaviour::Drop, Behaviour::StoreThenDrop,
                                   Behaviour::TooMany429, Behaviour::Normal};
        m_server->retryAfterSeconds = 0;
        for (int i = 0; i < 40; ++i)
            m_server->enqueue(bad.at(i % bad.size()));
        auto store = openStore(m_path);
        QList<QUuid> ids;
        for (int i = 0; i < 20; ++i) {
            const Report report = test::minimalReport(utcNowSeconds());
            QVERIFY(store->create(report).ok());
            ids.append(report.id);
        }
        DeliveryAgent agent(*store);
        configureFast(agent, m_server->url());
        agent.deliverNow();
        QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 60000);
        QCOMPARE(m_server->storedCount(), 20);
        for (const QUuid &id : ids)
            QCOMPARE(m_server->createdCount(uuidText(id)), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<FakeServer> m_server;
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
