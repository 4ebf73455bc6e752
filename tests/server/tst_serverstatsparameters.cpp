// GET /api/v1/stats/frequency and /api/v1/stats/heatmap against an in-process server: every
// parameter error, the limit on the number of buckets, both spellings of offsets and the methods
// other than GET. The buckets themselves are in tst_serverstats.
#include "serverstatstest.h"

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerStatsParameters final : public QObject, private StatsServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startWithStaffToken(); }
    void cleanup() { m_harness.stop(); }

    void heatmapNeedsWholeHourOffsets()
    {
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/heatmap?from=2024-01-01&to=2024-02-01&tz=Asia/Kolkata"_s, m_token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), QStringList{u"tz"_s});
    }

    void parameterErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("fields");

        const QString frequency = u"/api/v1/stats/frequency?"_s;
        const QString heatmap = u"/api/v1/stats/heatmap?"_s;
        for (const QString &base : {frequency, heatmap}) {
            const QString name = base == frequency ? u"frequency "_s : u"heatmap "_s;
            const auto row = [&](const char *label, const QString &query,
                                 const QStringList &fields) {
                QTest::newRow(qPrintable(name + QLatin1String(label))) << base + query << fields;
            };
            row("no from", u"to=2024-02-01"_s, {u"from"_s});
            row("no to", u"from=2024-02-01"_s, {u"to"_s});
            row("neither", u""_s, {u"from"_s, u"to"_s});
            row("empty from", u"from=&to=2024-02-01"_s, {u"from"_s});
            row("from not a date", u"from=yesterday&to=2024-02-01"_s, {u"from"_s});
            row("month 13", u"from=2024-13-01&to=2025-02-01"_s, {u"from"_s});
            row("30 February", u"from=2024-02-30&to=2024-03-02"_s, {u"from"_s});
            row("time without offset", u"from=2024-01-01T00:00:00&to=2024-02-01"_s, {u"from"_s});
            row("hour 25", u"from=2024-01-01T25:00:00Z&to=2024-02-01"_s, {u"from"_s});
            row("to before from", u"from=2024-02-01&to=2024-01-01"_s, {u"to"_s});
            row("to equal to from", u"from=2024-02-01&to=2024-02-01T00:00:00%2B01:00"_s, {u"to"_s});
            row("unknown tz", u"from=2024-01-01&to=2024-02-01&tz=Mars/Olympus"_s, {u"tz"_s});
            row("empty tz", u"from=2024-01-01&to=2024-02-01&tz="_s, {u"tz"_s});
            row("unknown service", u"from=2024-01-01&to=2024-02-01&service=fax"_s, {u"service"_s});
            row("empty service", u"from=2024-01-01&to=2024-02-01&service="_s, {u"service"_s});
            row("two problems", u"to=2024-02-01&tz=Mars/Olympus"_s, {u"tz"_s, u"from"_s});
            // Qt reads a bare word as a POSIX TZ rule equal to UTC; it is no IANA zone.
            row("city without region", u"from=2024-01-01&to=2024-02-01&tz=Brussels"_s, {u"tz"_s});
            row("made-up word", u"from=2024-01-01&to=2024-02-01&tz=Nowhere"_s, {u"tz"_s});
        }
        const auto row = [&](const char *label, const QString &query, const QStringList &fields) {
            QTest::newRow(label) << frequency + query << fields;
        };
        row("unknown bucket", u"from=2024-01-01&to=2024-02-01&bucket=year"_s, {u"bucket"_s});
        row("empty bucket", u"from=2024-01-01&to=2024-02-01&bucket="_s, {u"bucket"_s});
        row("bucket in capitals", u"from=2024-01-01&to=2024-02-01&bucket=DAY"_s, {u"bucket"_s});
        // Days, weeks and months are kept for Europe/Brussels only (the default config).
        row("days of a zone not kept", u"from=2024-01-01&to=2024-02-01&tz=Asia/Tokyo"_s, {u"tz"_s});
        row("months of a zone not kept",
            u"from=2024-01-01&to=2024-02-01&tz=Asia/Tokyo&bucket=month"_s, {u"tz"_s});
        row("made-up word, hours", u"from=2024-01-01&to=2024-02-01&tz=Nowhere&bucket=hour"_s,
            {u"tz"_s});
        row("half-hour zone", u"from=2024-01-01&to=2024-02-01&tz=Asia/Kolkata&bucket=hour"_s,
            {u"tz"_s});
    }
    void parameterErrors()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, fields);
        const HttpReply reply = m_harness.staffGet(path, m_token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.isJsonError(), reply.body.constData());
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QStringList paths = reply.errorPaths();
        paths.sort();
        fields.sort();
        QCOMPARE(paths, fields);
    }

    void tooManyBuckets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("buckets");
        // 10000 UTC hours from 2024-01-01T00:00Z end at 2025-02-20T16:00Z.
        QTest::newRow("10000 hours") << u"from=2024-01-01T00:00:00Z&to=2025-02-20T16:00:00Z"
                                        "&bucket=hour&tz=UTC"_s
                                     << 200 << 10000;
        QTest::newRow("10001 hours") << u"from=2024-01-01T00:00:00Z&to=2025-02-20T16:00:01Z"
                                        "&bucket=hour&tz=UTC"_s
                                     << 400 << 0;
        QTest::newRow("a century of days")
            << u"from=1950-01-01&to=2050-01-01&bucket=day"_s << 400 << 0;
        QTest::newRow("a century of months")
            << u"from=1950-01-01&to=2050-01-01&bucket=month"_s << 200 << 1200;
        QTest::newRow("all time in hours")
            << u"from=1000-01-01&to=9999-01-01&bucket=hour&tz=UTC"_s << 400 << 0;
    }
    void tooManyBuckets()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, buckets);
        storeOverHttp({reportAt(u"2024-05-06T08:00:00+02:00"_s)});
        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/frequency?"_s + query, m_token);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"buckets"_s).toArray().size(), buckets);
            const auto series = seriesOf(reply.json());
            const QList<qint64> counts = series.at(u"recip-e"_s).reports;
            QCOMPARE(std::accumulate(counts.begin(), counts.end(), qint64(0)), 1);
        } else {
            QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
            QCOMPARE(reply.errorPaths().size(), 1);
            QVERIFY2(QStringList({u"bucket"_s, u"from"_s, u"to"_s})
                         .contains(reply.errorPaths().constFirst()),
                     reply.body.constData());
        }
    }

    void bothSpellingsOfOffsets()
    {
        storeOverHttp({reportAt(u"2024-05-06T08:00:00+02:00"_s)});
        // '+' as it is, percent-encoded, and lower-case separators.
        for (const QString &from :
             {u"2024-05-06T07:00:00+02:00"_s, u"2024-05-06T07:00:00%2B02:00"_s,
              u"2024-05-06t05:00:00z"_s, u"2024-05-06T05:00:00.000Z"_s}) {
            const HttpReply reply = m_harness.staffGet(
                u"/api/v1/stats/frequency?bucket=hour&to=2024-05-06T10:00:00Z&from="_s + from,
                m_token);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(u"from"_s).toString(), u"2024-05-06T07:00:00+02:00"_s);
            QCOMPARE(seriesOf(reply.json()).at(u"recip-e"_s).reports,
                     (QList<qint64>{0, 1, 0, 0, 0}));
        }
    }

    void otherMethods()
    {
        for (const QString &path : {u"/api/v1/stats/frequency"_s, u"/api/v1/stats/heatmap"_s}) {
            const HttpReply reply = m_harness.send("POST", path, "{}");
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.header("Allow"), QByteArray("GET"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerStatsParameters)
#include "tst_serverstatsparameters.moc"
