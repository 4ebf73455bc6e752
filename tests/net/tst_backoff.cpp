#include "net/backoff.h"
#include "net/servererror.h"
#include "samples.h"

#include <QTest>

using namespace ehb;
using std::chrono::milliseconds;

class TestBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsThenCaps_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("full");
        QTest::newRow("first") << 1 << qint64(2000);
        QTest::newRow("second") << 2 << qint64(4000);
        QTest::newRow("fifth") << 5 << qint64(32000);
        QTest::newRow("capped") << 12 << qint64(15 * 60 * 1000);
        QTest::newRow("huge attempt") << 100000 << qint64(15 * 60 * 1000);
    }
    void growsThenCaps()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, full);
        const BackoffPolicy policy;
        // Jitter spreads the delay between half and all of the step.
        QCOMPARE(policy.delay(attempt, 0.0).count(), full / 2);
        QCOMPARE(policy.delay(attempt, 0.999999).count(), full - 1);
        const qint64 middle = policy.delay(attempt, 0.5).count();
        QVERIFY(middle > full / 2 && middle < full);
    }

    void retryAfterWinsWhenLonger()
    {
        const BackoffPolicy policy;
        QCOMPARE(policy.delay(1, 0.0, milliseconds(30000)).count(), 30000);
        QCOMPARE(policy.delay(5, 0.0, milliseconds(100)).count(), 16000);
        // A hostile or broken Retry-After cannot park the outbox for days.
        QCOMPARE(policy.delay(1, 0.0, milliseconds(7LL * 24 * 3600 * 1000)).count(), 3600 * 1000);
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: not parsed
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("http date") << QByteArray("Mon, 15 Jan 2024 08:01:30 GMT") << qint64(90000);
        QTest::newRow("http date past") << QByteArray("Mon, 15 Jan 2024 07:00:00 GMT") << qint64(0);
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const auto parsed = parseRetryAfter(header, test::fixedNow());
        if (expected < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expected);
        }
    }

    void serverErrorText()
    {
        const QByteArray body =
            R"({"error":{"code":"invalid","message":"Invalid report",)"
            R"("fields":[{"path":"postcode","message":"must be a Belgian postcode"}]}})";
        QCOMPARE(ehb::serverErrorText(body),
                 QStringLiteral("Invalid report\npostcode: must be a Belgian postcode"));
        QCOMPARE(ehb::serverErrorText("<html>502 Bad Gateway</html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
