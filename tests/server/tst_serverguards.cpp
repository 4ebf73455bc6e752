// The server's self-protection at socket level (HttpListener + GuardedSocket) and the rate
// limits of RequestGuard, driven over real loopback connections with small limits.
#include "guardtestsupport.h"

#include "server/api/serverconfig.h"
#include "server/http/connectionbudget.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

using namespace ehb::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Every message printed while the tests run: none may name a client address.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestServerGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(recordMessage); }

    void keepAliveSequential()
    {
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        for (int i = 0; i < 200; ++i) {
            client.send(get("/ping?n=" + QByteArray::number(i)));
            const Response response = client.next();
            QCOMPARE(response.status, 200);
            QCOMPARE(response.json()[u"n"_s].toString(), QString::number(i));
        }
        QVERIFY(client.isOpen());
    }

    // Qt 6.4 reads whatever the socket holds; each request must still get its own answer.
    void pipelined()
    {
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        QByteArray burst;
        for (int i = 0; i < 50; ++i)
            burst += i % 2 ? get("/ping?n=" + QByteArray::number(i))
                           : put("/echo?n=" + QByteArray::number(i), QByteArray(i, 'x'));
        client.send(burst);
        for (int i = 0; i < 50; ++i) {
            const Response response = client.next();
            QCOMPARE(response.status, 200);
            if (i % 2)
                QCOMPARE(response.json()[u"n"_s].toString(), QString::number(i));
            else
                QCOMPARE(response.json()[u"size"_s].toInt(), i);
        }
    }

    void refusedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        // maxUrlBytes 100: the request line "GET /aaa... HTTP/1.1" is 4 + path + 9 bytes.
        QTest::newRow("request line at the limit")
            << get("/ping?n=" + QByteArray(100 - 4 - 9 - 8, 'a')) << 200 << QString();
        QTest::newRow("request line too long")
            << get("/ping?n=" + QByteArray(100 - 4 - 9 - 7, 'a')) << 414 << u"uri_too_long"_s;
        QTest::newRow("endless request line")
            << QByteArray("GET /" + QByteArray(5000, 'a')) << 414 << u"uri_too_long"_s;
        QTest::newRow("headers too large")
            << get("/ping", "X-Big: " + QByteArray(300, 'b') + "\r\n") << 431
            << u"header_fields_too_large"_s;
        QTest::newRow("many small headers") << get("/ping", QByteArray("X-A: 1\r\n").repeated(40))
                                            << 431 << u"header_fields_too_large"_s;
        QTest::newRow("body at the limit")
            << put("/echo", QByteArray(1000, 'x')) << 200 << QString();
        // Only the headers are sent: the answer must not wait for the body.
        QTest::newRow("body too large, before the body")
            << QByteArray("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n") << 413
            << u"payload_too_large"_s;
        QTest::newRow("huge content length")
            << QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 413 << u"payload_too_large"_s;
        QTest::newRow("chunked") << QByteArray("PUT /echo HTTP/1.1\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                 << 411 << u"length_required"_s;
        QTest::newRow("two content lengths")
            << QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400 << u"bad_request"_s;
        QTest::newRow("folded header")
            << QByteArray("GET /ping HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400 << u"bad_request"_s;
        QTest::newRow("TLS handshake")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400
            << u"bad_request"_s;
        QTest::newRow("HTTP/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << u"bad_request"_s;
        QTest::newRow("unknown expectation")
            << put("/echo", "12345", "Expect: teapot\r\n") << 417 << u"expectation_failed"_s;
    }
    void refusedAtOnce()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        client.send(request);
        QElapsedTimer timer;
        timer.start();
        const Response response = client.next();
        QCOMPARE(response.status, status);
        QVERIFY2(timer.elapsed() < 2000, "answered at once, without waiting for a timeout");
        if (status == 200) {
            QVERIFY(client.isOpen());
            return;
        }
        QVERIFY(response.isJsonError());
        QCOMPARE(response.errorCode(), code);
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
    }

    void expectContinue()
    {
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        client.send(QByteArray("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                               "Expect: 100-continue\r\n\r\n"));
        QCOMPARE(client.next(2000).status, 100); // curl would wait a second for it
        client.send("12345");
        const Response response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()[u"size"_s].toInt(), 5);
        // Nothing else came: no second 100 Continue from Qt, and the connection lives on.
        client.send(get("/ping?n=7"));
        QCOMPARE(client.next().json()[u"n"_s].toString(), u"7"_s);
    }

    void expectContinueTooLarge()
    {
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        client.send(QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 5000\r\n"
                               "Expect: 100-continue\r\n\r\n"));
        const Response response = client.next(); // a final answer instead of 100
        QCOMPARE(response.status, 413);
        QCOMPARE(response.errorCode(), u"payload_too_large"_s);
        QVERIFY(client.waitClosed());
    }

    void connectionClose_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close") << get("/ping?n=1", "Connection: close\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /ping?n=1 HTTP/1.0\r\n\r\n");
    }
    void connectionClose()
    {
        QFETCH(QByteArray, request);
        TestServer server(smallLimits());
        QVERIFY(server.start());
        Client client(server.port());
        client.send(request);
        QCOMPARE(client.next().status, 200);
        QVERIFY(client.waitClosed(1500)); // well before the idle timeout
    }

    // A client trickling a byte at a time is cut off by the request timeout, while another
    // connection is served meanwhile.
    void slowRequestCutOff()
    {
        ServerConfig config = smallLimits();
        config.limits.requestTimeout = 1s;
        TestServer server(config);
        QVERIFY(server.start());

        Client slow(server.port());
        QVERIFY(slow.waitConnected());
        const QByteArray endless = "GET /ping HTTP/1.1\r\nX-Slow: " + QByteArray(200, 'z');
        qsizetype sent = 0;
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] {
            if (sent < endless.size() && slow.isOpen())
                slow.send(endless.mid(sent++, 1));
        });
        QElapsedTimer timer;
        timer.start();
        trickle.start(50);

        QTest::qWait(300);
        Client quick(server.port());
        quick.send(get("/ping?n=2"));
        QCOMPARE(quick.next(1000).json()[u"n"_s].toString(), u"2"_s);

        const Response response = slow.next(5000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(response.status, 408);
        QCOMPARE(response.errorCode(), u"request_timeout"_s);
        QVERIFY2(elapsed >= 900 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY(sent > 5); // it was still sending when cut off
        QVERIFY(slow.waitClosed());
        QVERIFY(quick.isOpen());
    }

    void idleClose()
    {
        ServerConfig config = smallLimits();
        config.limits.idleTimeout = 400ms;
        TestServer server(config);
        QVERIFY(server.start());

        Client silent(server.port()); // connects and never says a word
        Client busy(server.port());
        QElapsedTimer timer;
        timer.start();
        // Requests every 150 ms keep a connection open past the idle timeout.
        for (int i = 0; i < 6; ++i) {
            busy.send(get("/ping?n=" + QByteArray::number(i)));
            QCOMPARE(busy.next().status, 200);
            QTest::qWait(150);
        }
        QVERIFY(timer.elapsed() > 800);
        QVERIFY(busy.isOpen());
        QVERIFY(!silent.isOpen());

        QElapsedTimer idle;
        idle.start();
        QVERIFY(busy.waitClosed(3000));
        QVERIFY2(idle.elapsed() >= 200, qPrintable(QString::number(idle.elapsed())));
        QVERIFY(busy.unread().isEmpty()); // closed without an answer
    }

    void connectionCap()
    {
        ServerConfig config = smallLimits();
        config.limits.maxConnections = 3;
        TestServer server(config);
        QVERIFY(server.start());

        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Client>(server.port()));
            clients.back()->send(get("/ping"));
            QCOMPARE(clients.back()->next().status, 200);
        }
        Client extra(server.port());
        extra.send(get("/ping"));
        const Response refused = extra.next();
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), u"too_many_connections"_s);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QVERIFY(extra.waitClosed());

        clients.front()->close();
        clients.erase(clients.begin());
        // The slot comes back once the server has seen the close.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Client again(server.port());
                again.send(get("/ping"));
                return again.next().status == 200;
            }(),
            5000);
    }

    // One budget across listeners, as worker threads share it.
    void capSharedAcrossListeners()
    {
        ServerConfig config = smallLimits();
        auto budget = std::make_shared<ConnectionBudget>(2);
        TestServer first(config, budget);
        TestServer second(config, budget);
        QVERIFY(first.start());
        QVERIFY(second.start());
        Client a(first.port());
        Client b(second.port());
        a.send(get("/ping"));
        b.send(get("/ping"));
        QCOMPARE(a.next().status, 200);
        QCOMPARE(b.next().status, 200);
        QCOMPARE(budget->inUse(), 2);
        Client c(first.port());
        c.send(get("/ping"));
        QCOMPARE(c.next().status, 503);
        a.close();
        b.close();
        QTRY_COMPARE(budget->inUse(), 0);
    }

#ifdef Q_OS_LINUX
    void reusePort()
    {
        const ServerConfig config = smallLimits();
        TestServer first(config, nullptr, u"first"_s);
        TestServer second(config, nullptr, u"second"_s);
        QVERIFY(first.start(0, true));
        QVERIFY2(second.start(first.port(), true), qPrintable(second.error()));
        QCOMPARE(second.port(), first.port());

        // The kernel spreads connections by a hash of their addresses and ports.
        QSet<QString> answered;
        for (int i = 0; i < 32; ++i) {
            Client client(first.port());
            client.send(get("/ping"));
            const Response response = client.next();
            QCOMPARE(response.status, 200);
            answered.insert(response.json()[u"server"_s].toString());
        }
        QCOMPARE(answered, (QSet<QString>{u"first"_s, u"second"_s}));

        TestServer unshared(config);
        QVERIFY(!unshared.start(first.port(), false));
        QVERIFY2(unshared.error().contains(QString::number(first.port())),
                 qPrintable(unshared.error()));
        QVERIFY(unshared.error().contains(u"127.0.0.1"_s));
    }
#endif

    void rateLimitedPerAddress()
    {
        ServerConfig config = smallLimits();
        config.limits.addressRate = {3, 1.0};
        TestServer server(config);
        QVERIFY(server.start());
        Client client(server.port());
        for (int i = 0; i < 3; ++i) {
            client.send(get("/limited"));
            QCOMPARE(client.next().status, 200);
        }
        client.send(get("/limited"));
        const Response refused = client.next();
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"rate_limited"_s);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QVERIFY(refused.isJsonError());

        // Another connection from the same address shares the bucket.
        Client other(server.port());
        other.send(get("/limited"));
        QCOMPARE(other.next().status, 429);

        server.advanceClock(1000);
        client.send(get("/limited"));
        QCOMPARE(client.next().status, 200);
        client.send(get("/limited"));
        QCOMPARE(client.next().status, 429);
    }

    void rateLimitedPerInstallation()
    {
        ServerConfig config = smallLimits();
        config.limits.installationRate = {2, 0.25};
        TestServer server(config);
        QVERIFY(server.start());
        Client client(server.port());
        const auto status = [&](const QByteArray &installation) {
            client.send(put("/installations/" + installation, "{}"));
            return client.next().status;
        };
        QCOMPARE(status("one"), 200);
        QCOMPARE(status("one"), 200);
        client.send(put("/installations/one", "{}"));
        const Response refused = client.next();
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("4")); // a token every 4 seconds
        QCOMPARE(status("two"), 200);
        server.advanceClock(3000);
        QCOMPARE(status("one"), 429);
        server.advanceClock(1000);
        QCOMPARE(status("one"), 200);
    }

    void forwardedFor_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("from a trusted proxy") << true;
        QTest::newRow("from an untrusted peer") << false;
    }
    void forwardedFor()
    {
        QFETCH(bool, trusted);
        ServerConfig config = smallLimits();
        config.limits.addressRate = {1, 0.001};
        if (trusted)
            config.limits.trustedProxies = {{QHostAddress(u"127.0.0.0"_s), 8}};
        TestServer server(config);
        QVERIFY(server.start());
        Client client(server.port());
        const auto status = [&](const QByteArray &forwardedFor) {
            client.send(get("/limited", "X-Forwarded-For: " + forwardedFor + "\r\n"));
            return client.next().status;
        };
        QCOMPARE(status("203.0.113.5"), 200);
        // Behind a trusted proxy each client has its own bucket; otherwise the header is
        // ignored and every request counts against the peer.
        QCOMPARE(status("203.0.113.6"), trusted ? 200 : 429);
        QCOMPARE(status("203.0.113.5"), 429);
        QCOMPARE(status("203.0.113.7, 127.0.0.9"), trusted ? 200 : 429);
        QCOMPARE(status("not an address"), trusted ? 200 : 429); // falls back to the peer
        QCOMPARE(status("garbage"), 429);                        // the peer, again
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(u"127.0.0."_s) && !message.contains(u"203.0.113."_s),
                     qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerGuards)
#include "tst_serverguards.moc"
