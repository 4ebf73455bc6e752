// Token buckets: burst, refill, Retry-After, a fake clock, several threads, bounded memory.
#include "server/http/ratelimiter.h"
#include "server/http/requestguard.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ehb::server;
using namespace Qt::StringLiterals;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefill()
    {
        qint64 now = 5000;
        RateLimiter limiter({3, 2.0}, [&] { return now; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take("a").allowed);
        const RateLimiter::Decision refused = limiter.take("a");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1);
        QVERIFY(limiter.take("b").allowed); // keys are independent

        now += 499; // 0.998 tokens: not yet
        QVERIFY(!limiter.take("a").allowed);
        now += 1;
        QVERIFY(limiter.take("a").allowed);
        QVERIFY(!limiter.take("a").allowed);

        now += 60'000; // refills up to the burst, no further
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take("a").allowed);
        QVERIFY(!limiter.take("a").allowed);
    }

    void retryAfterRoundsUp_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("20/s") << 20.0 << qint64(0) << 1;
        QTest::newRow("1/s") << 1.0 << qint64(0) << 1;
        QTest::newRow("1/3s") << 1.0 / 3 << qint64(0) << 3;
        QTest::newRow("1/3s, 1.1 s later") << 1.0 / 3 << qint64(1100) << 2;
        QTest::newRow("1/min") << 1.0 / 60 << qint64(0) << 60;
    }
    void retryAfterRoundsUp()
    {
        QFETCH(double, perSecond);
        QFETCH(qint64, elapsed);
        QFETCH(int, retryAfter);
        qint64 now = 0;
        RateLimiter limiter({1, perSecond}, [&] { return now; });
        QVERIFY(limiter.take("k").allowed);
        now += elapsed;
        QCOMPARE(limiter.take("k").retryAfterSeconds, retryAfter);
    }

    void clockGoingBackDoesNotRefill()
    {
        qint64 now = 10'000;
        RateLimiter limiter({1, 1.0}, [&] { return now; });
        QVERIFY(limiter.take("k").allowed);
        now -= 5000;
        QVERIFY(!limiter.take("k").allowed);
        now += 5500;
        QVERIFY(!limiter.take("k").allowed);
        now += 500;
        QVERIFY(limiter.take("k").allowed);
    }

    void disabledAllowsAll()
    {
        RateLimiter limiter({0, 0}, [] { return qint64(0); });
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.take("k").allowed);
        QCOMPARE(limiter.size(), 0);
    }

    // Several worker threads share one limiter: with a frozen clock, exactly the burst passes.
    void threadSafe()
    {
        RateLimiter limiter({5000, 1.0}, [] { return qint64(0); });
        std::atomic<int> allowed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 2000; ++i) {
                    if (limiter.take("shared").allowed)
                        ++allowed;
                    limiter.take(QByteArray::number(i % 50)); // and other keys meanwhile
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(allowed.load(), 5000);
    }

    void memoryBounded()
    {
        qint64 now = 0;
        RateLimiter limiter(
            {2, 1.0}, [&] { return now; }, 100);
        for (int i = 0; i < 10'000; ++i) {
            limiter.take(QByteArray::number(i));
            ++now;
            QVERIFY(limiter.size() <= 100);
        }
    }

    // Full buckets are dropped before busy ones, so a client under limit keeps its state.
    void busyBucketsSurviveEviction()
    {
        qint64 now = 0;
        RateLimiter limiter(
            {1, 0.001}, [&] { return now; }, 64);
        QVERIFY(limiter.take("busy").allowed);
        for (int i = 0; i < 1000; ++i) {
            now += 10;
            // Each passer-by takes its one token and is then refused: busy too, but newer.
            limiter.take(QByteArray::number(i));
            QVERIFY(!limiter.take("busy").allowed); // touched again: never the oldest
        }
    }

    void tooManyRequestsAnswer()
    {
        const QHttpServerResponse response = RequestGuard::tooManyRequests(7);
        QCOMPARE(response.statusCode(), QHttpServerResponse::StatusCode::TooManyRequests);
        QCOMPARE(response.headers("Retry-After"), QList<QByteArray>{"7"});
        QVERIFY(response.data().contains("\"code\":\"rate_limited\""));
        QVERIFY(response.mimeType().startsWith("application/json"));
    }

    void installationLimitOff()
    {
        ServerLimits limits;
        limits.installationRate = {};
        RequestGuard guard(limits, [] { return qint64(0); });
        for (int i = 0; i < 500; ++i)
            QVERIFY(!guard.admitInstallation(u"same"_s).has_value());
    }

    void installationLimitOn()
    {
        ServerLimits limits;
        qint64 now = 0;
        RequestGuard guard(limits, [&] { return now; });
        for (int i = 0; i < ServerLimits::defaultInstallationRate.burst; ++i)
            QVERIFY(!guard.admitInstallation(u"same"_s).has_value());
        const auto refused = guard.admitInstallation(u"same"_s);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->statusCode(), QHttpServerResponse::StatusCode::TooManyRequests);
        now += 1000;
        QVERIFY(!guard.admitInstallation(u"same"_s).has_value());

        // A QUuid and its text form are one installation.
        const QUuid id = QUuid::createUuid();
        for (int i = 0; i < ServerLimits::defaultInstallationRate.burst; ++i)
            QVERIFY(!guard.admitInstallation(id).has_value());
        QVERIFY(guard.admitInstallation(id.toString(QUuid::WithoutBraces)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
