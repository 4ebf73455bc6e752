// The connection cap per client address and the head deadline (issue 15), over real loopback
// connections: slow clients from 127.0.0.2..9 must not keep a client on 127.0.0.1 out, one
// address cannot pass its cap, a trusted proxy's clients are counted by X-Forwarded-For, and a
// slow head is cut off long before a slow body would be.
#include "guardtestsupport.h"

#include "server/http/clientaddress.h"
#include "server/http/connectionbudget.h"
#include "server/http/servermetrics.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ehb::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QHostAddress loopback(int last)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(last));
}

QByteArray key(const QString &address)
{
    return ClientAddress::rateKey(QHostAddress(address));
}

std::shared_ptr<ConnectionBudget> budgetOf(const ServerConfig &config)
{
    return std::make_shared<ConnectionBudget>(config.limits.maxConnections,
                                              config.limits.maxConnectionsPerAddress);
}

using Clients = std::vector<std::unique_ptr<Client>>;

// `count` connections from `from`, each having sent the start of a head and no more.
void openHeld(Clients &clients, quint16 port, const QHostAddress &from, int count)
{
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<Client>(port, from));
        clients.back()->send("GET /ping HTTP/1.1\r\n");
    }
}

qsizetype openCount(const Clients &clients)
{
    return std::count_if(clients.cbegin(), clients.cend(),
                         [](const auto &client) { return client->isOpen(); });
}

} // namespace

class TestConnectionCaps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The measured attack, scaled down: more slow connections than the process may hold, from
    // eight addresses. The client on 127.0.0.1 is answered within a second throughout.
    void slowClientsDoNotKeepOthersOut()
    {
        ServerConfig config = smallLimits();
        config.limits.maxConnections = 40;
        config.limits.maxConnectionsPerAddress = 4;
        // Longer than the test: only the caps stand between the slow clients and the slots.
        config.limits.headTimeout = 30s;
        config.limits.requestTimeout = 30s;
        const auto budget = budgetOf(config);
        TestServer server(config, budget);
        QVERIFY(server.start());

        Clients slow;
        for (int address = 2; address <= 9; ++address) {
            for (int i = 0; i < 8; ++i) {
                slow.push_back(std::make_unique<Client>(server.port(), loopback(address)));
                slow.back()->send("GET /ping HTTP/1.1\r\nX-Slow: ");
            }
        }
        QTimer trickle; // a byte every 100 ms on every connection still open
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] {
            for (const auto &client : slow) {
                if (client->isOpen())
                    client->send("z");
            }
        });
        trickle.start(100);
        QTest::qWait(300);

        for (int round = 0; round < 12; ++round) {
            Client legit(server.port(), QHostAddress(QHostAddress::LocalHost));
            QElapsedTimer answered;
            answered.start();
            legit.send(get("/ping?n=" + QByteArray::number(round)));
            const Response response = legit.next(1000);
            QVERIFY2(response.status == 200,
                     qPrintable(u"round %1: status %2"_s.arg(round).arg(response.status)));
            QVERIFY2(answered.elapsed() < 1000, qPrintable(QString::number(answered.elapsed())));
            QTest::qWait(200);
        }
        // The slow clients were there all along, each address at its cap.
        for (int address = 2; address <= 9; ++address)
            QCOMPARE(budget->inUseBy(ClientAddress::rateKey(loopback(address))), 4);
        QCOMPARE(openCount(slow), 32);
    }

    void capPerAddress()
    {
        ServerConfig config = smallLimits();
        config.limits.maxConnectionsPerAddress = 3;
        const auto budget = budgetOf(config);
        TestServer server(config, budget);
        ServerMetrics metrics;
        server.setMetrics(&metrics);
        QVERIFY(server.start());

        Clients held;
        openHeld(held, server.port(), loopback(2), 3);
        QTRY_COMPARE(budget->inUseBy(ClientAddress::rateKey(loopback(2))), 3);

        Client over(server.port(), loopback(2));
        over.send(get("/ping"));
        QVERIFY(over.waitClosed(2000));
        QVERIFY(over.unread().isEmpty()); // closed unanswered
        QVERIFY(metrics.render().contains(
            R"(ehb_reports_rejected_total{reason="too_many_connections_per_address"} 1)"));

        // Another address is not affected, and the held connections are still served.
        Client other(server.port(), loopback(3));
        other.send(get("/ping"));
        QCOMPARE(other.next().status, 200);
        held.front()->send("Host: localhost\r\n\r\n");
        QCOMPARE(held.front()->next().status, 200);

        // A slot comes back once the server has seen a close.
        held.back()->close();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Client again(server.port(), loopback(2));
                again.send(get("/ping"));
                return again.next(1000).status == 200;
            }(),
            5000);
        held.clear();
        other.close();
        QTRY_COMPARE(budget->addressesInUse(), 0);
        QTRY_COMPARE(budget->inUse(), 0);
    }

    // --max-connections-per-address 0: no cap.
    void capOff()
    {
        ServerConfig config = smallLimits();
        config.limits.maxConnectionsPerAddress = 0;
        const auto budget = budgetOf(config);
        TestServer server(config, budget);
        QVERIFY(server.start());
        Clients held;
        openHeld(held, server.port(), loopback(2), 10);
        QTRY_COMPARE(budget->inUse(), 10);
        Client more(server.port(), loopback(2));
        more.send(get("/ping"));
        QCOMPARE(more.next().status, 200);
        QCOMPARE(openCount(held), 10);
        QCOMPARE(budget->addressesInUse(), 0); // nothing is counted per address
    }

    // One client's addresses are one: an IPv6 /64, and an IPv4 address also when it comes
    // IPv4-mapped (::1 being the only IPv6 loopback, this is tested on the keys).
    void addressesShareTheirCap()
    {
        ConnectionBudget budget(100, 2);
        QVERIFY(budget.tryAcquireAddress(key(u"2001:db8:1:2::1"_s)));
        QVERIFY(budget.tryAcquireAddress(key(u"2001:db8:1:2:ffff:ffff:ffff:ffff"_s)));
        QVERIFY(!budget.tryAcquireAddress(key(u"2001:db8:1:2:abcd::7"_s)));
        QVERIFY(budget.tryAcquireAddress(key(u"2001:db8:1:3::1"_s))); // the next /64
        QVERIFY(budget.tryAcquireAddress(key(u"::ffff:192.0.2.1"_s)));
        QVERIFY(budget.tryAcquireAddress(key(u"192.0.2.1"_s)));
        QVERIFY(!budget.tryAcquireAddress(key(u"::ffff:192.0.2.1"_s)));
        QVERIFY(budget.tryAcquireAddress(key(u"192.0.2.2"_s))); // IPv4: each address its own
        QCOMPARE(budget.addressesInUse(), 4);

        budget.releaseAddress(key(u"2001:db8:1:2:1234::1"_s));
        QVERIFY(budget.tryAcquireAddress(key(u"2001:db8:1:2::2"_s)));
        for (const QString &address :
             {u"2001:db8:1:2::1"_s, u"2001:db8:1:2::1"_s, u"2001:db8:1:3::1"_s, u"192.0.2.1"_s,
              u"192.0.2.1"_s, u"192.0.2.2"_s})
            budget.releaseAddress(key(address));
        QCOMPARE(budget.addressesInUse(), 0);
        QCOMPARE(budget.inUse(), 0); // the process's slots are counted apart
    }

    // The head has a deadline of its own, shorter than the whole request's: a slow head is cut
    // off at it, a slow body is not.
    void headDeadline()
    {
        ServerConfig config = smallLimits();
        config.limits.headTimeout = 600ms;
        config.limits.requestTimeout = 4s;
        config.limits.idleTimeout = 5s;
        TestServer server(config);
        QVERIFY(server.start());

        Client slowHead(server.port());
        QVERIFY(slowHead.waitConnected());
        const QByteArray head = "GET /ping HTTP/1.1\r\nX-Slow: " + QByteArray(200, 'z');
        Client slowBody(server.port());
        QVERIFY(slowBody.waitConnected());
        const QByteArray body(10, 'x');
        slowBody.send(put("/echo", body).chopped(body.size()));
        qsizetype headSent = 0;
        qsizetype bodySent = 0;
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] {
            if (headSent < head.size() && slowHead.isOpen())
                slowHead.send(head.mid(headSent++, 1));
            if (bodySent < body.size())
                slowBody.send(body.mid(bodySent++, 1));
        });
        QElapsedTimer timer;
        timer.start();
        trickle.start(150);

        const Response cut = slowHead.next(5000);
        const qint64 cutAfter = timer.elapsed();
        QCOMPARE(cut.status, 408);
        QCOMPARE(cut.errorCode(), u"request_timeout"_s);
        QVERIFY2(cut.json()[u"error"_s].toObject()[u"message"_s].toString().contains(u"headers"_s),
                 cut.body.constData());
        QVERIFY2(cutAfter >= 500 && cutAfter < 2000, qPrintable(QString::number(cutAfter)));

        // The body took about 1.5 s, more than the head's deadline, less than the request's.
        const Response whole = slowBody.next(5000);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.json()[u"size"_s].toInt(), 10);
        QVERIFY2(timer.elapsed() > 1200, qPrintable(QString::number(timer.elapsed())));
    }

    // A new connection's first head is due from the accept: silence does not last the idle
    // timeout. Later requests have their head's deadline from their own first byte.
    void headDeadlineFromAccept()
    {
        ServerConfig config = smallLimits();
        config.limits.headTimeout = 600ms;
        config.limits.idleTimeout = 5s;
        TestServer server(config);
        QVERIFY(server.start());

        Client silent(server.port());
        Client keptAlive(server.port());
        QVERIFY(silent.waitConnected());
        QElapsedTimer timer;
        timer.start();
        keptAlive.send(get("/ping?n=1"));
        QCOMPARE(keptAlive.next().status, 200);
        QVERIFY(silent.waitClosed(3000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(silent.unread().isEmpty()); // nothing was asked, nothing is answered

        QTest::qWait(900); // longer than the head's deadline, shorter than the idle timeout
        QVERIFY(keptAlive.isOpen());
        keptAlive.send(get("/ping?n=2"));
        QCOMPARE(keptAlive.next().json()[u"n"_s].toString(), u"2"_s);
    }

    // Behind a trusted proxy: the proxy's own connections are not capped (they carry every
    // client); each forwarded client is, while its request is under way.
    void trustedProxy()
    {
        ServerConfig config = smallLimits();
        config.limits.maxConnectionsPerAddress = 2;
        config.limits.trustedProxies = {{QHostAddress(QHostAddress::LocalHost), 32}};
        const auto budget = budgetOf(config);
        TestServer server(config, budget);
        QVERIFY(server.start());
        const QHostAddress proxy(QHostAddress::LocalHost);
        const auto from = [](const QByteArray &client) -> QByteArray {
            return "X-Forwarded-For: " + client + "\r\n";
        };

        Clients proxied;
        for (int i = 0; i < 5; ++i) {
            proxied.push_back(std::make_unique<Client>(server.port(), proxy));
            proxied.back()->send(get("/ping", from("203.0.113.5")));
            QCOMPARE(proxied.back()->next().status, 200);
        }
        QCOMPARE(openCount(proxied), 5);
        QCOMPARE(budget->addressesInUse(), 0); // each request gave its slot back

        // Two requests of 203.0.113.9 under way (bodies still to come) fill its cap.
        const QByteArray body = "four";
        const QByteArray headOnly = put("/echo", body, from("203.0.113.9")).chopped(body.size());
        proxied[0]->send(headOnly);
        proxied[1]->send(headOnly);
        QTRY_COMPARE(budget->inUseBy(key(u"203.0.113.9"_s)), 2);
        proxied[2]->send(headOnly);
        const Response refused = proxied[2]->next();
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), u"too_many_connections_per_address"_s);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QVERIFY(refused.isJsonError());
        // Another client through the same proxy is served meanwhile.
        proxied[3]->send(put("/echo", body, from("203.0.113.10")));
        QCOMPARE(proxied[3]->next().status, 200);
        proxied[0]->send(body);
        proxied[1]->send(body);
        QCOMPARE(proxied[0]->next().status, 200);
        QCOMPARE(proxied[1]->next().status, 200);
        QCOMPARE(budget->inUseBy(key(u"203.0.113.9"_s)), 0);
        proxied[4]->send(get("/ping", from("203.0.113.9")));
        QCOMPARE(proxied[4]->next().status, 200);

        // A peer that is no trusted proxy is capped by its own address, whatever it forwards.
        Clients direct;
        openHeld(direct, server.port(), loopback(2), 2);
        QTRY_COMPARE(budget->inUseBy(ClientAddress::rateKey(loopback(2))), 2);
        Client over(server.port(), loopback(2));
        over.send(get("/ping", from("203.0.113.77")));
        QVERIFY(over.waitClosed(2000));
        QVERIFY(over.unread().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionCaps)
#include "tst_connectioncaps.moc"
