// RequestFramer: where requests end and which are refused, however the bytes are split.
#include "server/http/requestframer.h"

#include <QTest>

using namespace ehb::server;
using Event = RequestFramer::Event;
using Refusal = RequestFramer::Refusal;

Q_DECLARE_METATYPE(RequestFramer::Refusal)

namespace {

constexpr RequestFramer::Limits limits{100, 200, 1000};

struct Outcome
{
    QList<qint64> requestSizes; // of each completed request
    Refusal refusal = Refusal::None;
    int continues = 0;
    QList<bool> closeAfter;
};

// Feeds `bytes` in slices of `slice` bytes, as the network might deliver them.
Outcome frame(const QByteArray &bytes, qsizetype slice)
{
    Outcome outcome;
    RequestFramer framer(limits);
    qsizetype pos = 0;
    QByteArrayView pending;
    while (pos < bytes.size() || !pending.isEmpty()) {
        if (pending.isEmpty()) {
            pending = QByteArrayView(bytes).sliced(pos, std::min(slice, bytes.size() - pos));
            pos += pending.size();
        }
        qsizetype used = 0;
        const Event event = framer.feed(pending, used);
        pending = pending.sliced(used);
        if (event == Event::Continue)
            ++outcome.continues;
        if (event == Event::Refused) {
            outcome.refusal = framer.refusal();
            return outcome;
        }
        if (event == Event::Complete) {
            outcome.requestSizes.append(framer.size());
            outcome.closeAfter.append(framer.closeAfter());
            framer.reset();
        }
    }
    return outcome;
}

} // namespace

class TestRequestFramer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<Refusal>("refusal");

        const QByteArray get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";                 // 27 bytes
        const QByteArray put = "PUT /r HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"; // 43
        QTest::newRow("one GET") << get << QList<qint64>{27} << Refusal::None;
        QTest::newRow("pipelined") << get + put + get << QList<qint64>{27, 43, 27} << Refusal::None;
        QTest::newRow("LF only") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << QList<qint64>{24}
                                 << Refusal::None;
        QTest::newRow("leading empty lines") << "\r\n" + get << QList<qint64>{29} << Refusal::None;
        QTest::newRow("partial") << get.left(20) << QList<qint64>{} << Refusal::None;
        QTest::newRow("line at limit") << "GET /" + QByteArray(86, 'a') + " HTTP/1.1\r\n\r\n"
                                       << QList<qint64>{104} << Refusal::None;
        QTest::newRow("line over limit") << "GET /" + QByteArray(87, 'a') + " HTTP/1.1\r\n\r\n"
                                         << QList<qint64>{} << Refusal::UriTooLong;
        QTest::newRow("endless line")
            << "GET /" + QByteArray(500, 'a') << QList<qint64>{} << Refusal::UriTooLong;
        QTest::newRow("endless empty lines")
            << QByteArray(300, '\n') << QList<qint64>{} << Refusal::UriTooLong;
        QTest::newRow("headers over limit") << "GET / HTTP/1.1\r\nX: " + QByteArray(200, 'h')
                                            << QList<qint64>{} << Refusal::HeadersTooLarge;
        QTest::newRow("body at limit")
            << "PUT / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'b')
            << QList<qint64>{1040} << Refusal::None;
        QTest::newRow("body over limit")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") << QList<qint64>{}
            << Refusal::PayloadTooLarge;
        QTest::newRow("same length twice")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab")
            << QList<qint64>{58} << Refusal::None;
        QTest::newRow("different lengths")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nab")
            << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("signed length")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: +2\r\n\r\nab") << QList<qint64>{}
            << Refusal::BadRequest;
        QTest::newRow("negative length")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << QList<qint64>{}
            << Refusal::BadRequest;
        QTest::newRow("list length")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\nab") << QList<qint64>{}
            << Refusal::BadRequest;
        QTest::newRow("chunked")
            << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << QList<qint64>{} << Refusal::LengthRequired;
        QTest::newRow("chunked and length")
            << QByteArray(
                   "PUT / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QList<qint64>{} << Refusal::LengthRequired;
        QTest::newRow("space before colon")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello") << QList<qint64>{}
            << Refusal::BadRequest;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n")
                                << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n")
                                  << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 27)
                                      << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("no version")
            << QByteArray("GET /\r\n\r\n") << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("HTTP/2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << QList<qint64>{}
                                << Refusal::BadRequest;
        QTest::newRow("two spaces")
            << QByteArray("GET  / HTTP/1.1\r\n\r\n") << QList<qint64>{} << Refusal::BadRequest;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00", 5) << QList<qint64>{}
                                << Refusal::BadRequest;
        QTest::newRow("other expectation")
            << QByteArray("PUT / HTTP/1.1\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx")
            << QList<qint64>{} << Refusal::ExpectationFailed;
    }
    void frames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint64>, sizes);
        QFETCH(Refusal, refusal);
        // Whole, byte by byte, and in odd slices: the same outcome.
        for (const qsizetype slice : {qsizetype(1), qsizetype(7), bytes.size() + 1}) {
            const Outcome outcome = frame(bytes, std::max<qsizetype>(slice, 1));
            QCOMPARE(outcome.refusal, refusal);
            QCOMPARE(outcome.requestSizes, sizes);
        }
    }

    void expectContinue()
    {
        const QByteArray request = "PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\n"
                                   "Content-Length: 3\r\n\r\nabc";
        const Outcome outcome = frame(request, 1);
        QCOMPARE(outcome.continues, 1);
        QCOMPARE(outcome.requestSizes, QList<qint64>{request.size()});

        RequestFramer framer(limits);
        qsizetype used = 0;
        QCOMPARE(framer.feed(request, used), Event::Continue);
        QCOMPARE(framer.feed(QByteArrayView(request).sliced(used), used), Event::Complete);
        const auto [offset, length] = framer.expectLine();
        QCOMPARE(request.mid(offset, length), QByteArray("Expect: 100-Continue\r\n"));

        // No body, or HTTP/1.0: nothing to continue.
        QCOMPARE(frame("PUT / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n", 3).continues, 0);
        QCOMPARE(frame("PUT / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx", 3)
                     .continues,
                 0);
    }

    void closeAfter()
    {
        const auto closes = [](const QByteArray &bytes) { return frame(bytes, 5).closeAfter; };
        QCOMPARE(closes("GET / HTTP/1.1\r\n\r\n"), QList<bool>{false});
        QCOMPARE(closes("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), QList<bool>{true});
        QCOMPARE(closes("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n"), QList<bool>{true});
        QCOMPARE(closes("GET / HTTP/1.0\r\n\r\n"), QList<bool>{true});
        QCOMPARE(closes("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"), QList<bool>{false});
    }

    // The head is complete once its empty line is in, before the body; its X-Forwarded-For
    // lines are kept, joined in order, for the connection cap behind a trusted proxy.
    void headAndForwardedFor()
    {
        const QByteArray head = "PUT / HTTP/1.1\r\nX-Forwarded-For: 203.0.113.5\r\nHost: x\r\n"
                                "x-forwarded-for:  198.51.100.7 \r\nContent-Length: 3\r\n\r\n";
        RequestFramer framer(limits);
        qsizetype used = 0;
        QCOMPARE(framer.feed(QByteArrayView(head).chopped(1), used), Event::NeedMore);
        QVERIFY(!framer.headComplete());
        QCOMPARE(framer.feed(QByteArrayView(head).last(1), used), Event::NeedMore);
        QVERIFY(framer.headComplete());
        QCOMPARE(framer.forwardedFor(), QByteArray("203.0.113.5,198.51.100.7"));
        QCOMPARE(framer.feed("abc", used), Event::Complete);
        QVERIFY(framer.headComplete());
        framer.reset();
        QVERIFY(framer.forwardedFor().isEmpty());

        // A refused head is not complete.
        RequestFramer refused(limits);
        QCOMPARE(refused.feed("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", used),
                 Event::Refused);
        QVERIFY(!refused.headComplete());
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
