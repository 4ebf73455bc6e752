// GET /api/v1/stats/frequency and /api/v1/stats/heatmap against an in-process server: local
// buckets around the DST days of Europe/Brussels in 2024, distinct installations and revisions
// that move a report. The parameter errors are in tst_serverstatsparameters.
#include "serverstatstest.h"

#include <numeric>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerStats final : public QObject, private StatsServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startWithStaffToken(); }
    void cleanup() { m_harness.stop(); }

    void dayBucketsAroundDstMidnights_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("buckets");
        QTest::addColumn<QList<qint64>>("reports");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");

        QTest::newRow("spring days")
            << u"from=2024-03-30&to=2024-04-02&bucket=day"_s
            << QStringList{u"2024-03-30T00:00:00+01:00"_s, u"2024-03-31T00:00:00+01:00"_s,
                           u"2024-04-01T00:00:00+02:00"_s}
            << QList<qint64>{1, 3, 1} << u"2024-03-30T00:00:00+01:00"_s
            << u"2024-04-02T00:00:00+02:00"_s;
        QTest::newRow("autumn days")
            << u"from=2024-10-26&to=2024-10-29&bucket=day&tz=Europe/Brussels"_s
            << QStringList{u"2024-10-26T00:00:00+02:00"_s, u"2024-10-27T00:00:00+02:00"_s,
                           u"2024-10-28T00:00:00+01:00"_s}
            << QList<qint64>{1, 3, 1} << u"2024-10-26T00:00:00+02:00"_s
            << u"2024-10-29T00:00:00+01:00"_s;
        // Week buckets start on Monday; both DST days are Sundays.
        QTest::newRow("weeks") << u"from=2024-03-25&to=2024-04-08&bucket=week"_s
                               << QStringList{u"2024-03-25T00:00:00+01:00"_s,
                                              u"2024-04-01T00:00:00+02:00"_s}
                               << QList<qint64>{4, 1} << u"2024-03-25T00:00:00+01:00"_s
                               << u"2024-04-08T00:00:00+02:00"_s;
        QTest::newRow("autumn weeks")
            << u"from=2024-10-21&to=2024-11-04&bucket=week"_s
            << QStringList{u"2024-10-21T00:00:00+02:00"_s, u"2024-10-28T00:00:00+01:00"_s}
            << QList<qint64>{4, 2} << u"2024-10-21T00:00:00+02:00"_s
            << u"2024-11-04T00:00:00+01:00"_s;
        // 2024-10-31T23:30Z is 1 November in Brussels.
        QTest::newRow("months")
            << u"from=2024-03-01&to=2024-12-01&bucket=month"_s
            << QStringList{u"2024-03-01T00:00:00+01:00"_s, u"2024-04-01T00:00:00+02:00"_s,
                           u"2024-05-01T00:00:00+02:00"_s, u"2024-06-01T00:00:00+02:00"_s,
                           u"2024-07-01T00:00:00+02:00"_s, u"2024-08-01T00:00:00+02:00"_s,
                           u"2024-09-01T00:00:00+02:00"_s, u"2024-10-01T00:00:00+02:00"_s,
                           u"2024-11-01T00:00:00+01:00"_s}
            << QList<qint64>{4, 1, 0, 0, 0, 0, 0, 5, 1} << u"2024-03-01T00:00:00+01:00"_s
            << u"2024-12-01T00:00:00+01:00"_s;
        // RFC 3339 bounds: any bucket the period touches is listed, from its local start.
        QTest::newRow("times, not dates")
            << u"from=2024-03-31T12:00:00%2B02:00&to=2024-04-01T00:00:01Z&bucket=day"_s
            << QStringList{u"2024-03-31T00:00:00+01:00"_s, u"2024-04-01T00:00:00+02:00"_s}
            << QList<qint64>{3, 1} << u"2024-03-31T12:00:00+02:00"_s
            << u"2024-04-01T02:00:01+02:00"_s;
        // The one-day period ending exactly at the next local midnight has one bucket.
        QTest::newRow("the 23 h day alone")
            << u"from=2024-03-31&to=2024-04-01"_s << QStringList{u"2024-03-31T00:00:00+01:00"_s}
            << QList<qint64>{3} << u"2024-03-31T00:00:00+01:00"_s << u"2024-04-01T00:00:00+02:00"_s;
        QTest::newRow("the 25 h day alone")
            << u"from=2024-10-27T00:00:00%2B02:00&to=2024-10-27T23:00:00Z&bucket=day"_s
            << QStringList{u"2024-10-27T00:00:00+02:00"_s} << QList<qint64>{3}
            << u"2024-10-27T00:00:00+02:00"_s << u"2024-10-28T00:00:00+01:00"_s;
    }
    void dayBucketsAroundDstMidnights()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, buckets);
        QFETCH(QList<qint64>, reports);
        QFETCH(QString, from);
        QFETCH(QString, to);
        storeDstReports();

        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/frequency?"_s + query, m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"tz"_s).toString(), u"Europe/Brussels"_s);
        QCOMPARE(body.value(u"from"_s).toString(), from);
        QCOMPARE(body.value(u"to"_s).toString(), to);
        QCOMPARE(strings(body.value(u"buckets"_s)), buckets);
        const auto series = seriesOf(body);
        QCOMPARE(series.size(), size_t(1));
        QCOMPARE(series.begin()->first, u"recip-e"_s);
        QCOMPARE(series.begin()->second.reports, reports);
        // One installation per report here.
        QCOMPARE(series.begin()->second.installations, reports);
    }

    void hourBucketsAcrossDst_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("someLabels");       // index=label
        QTest::addColumn<QList<qint64>>("nonZeroReports"); // index, count, index, count...

        QTest::newRow("23 hours") << u"from=2024-03-31&to=2024-04-01"_s << 23
                                  << QStringList{u"0=2024-03-31T00:00:00+01:00"_s,
                                                 u"1=2024-03-31T01:00:00+01:00"_s,
                                                 u"2=2024-03-31T03:00:00+02:00"_s,
                                                 u"22=2024-03-31T23:00:00+02:00"_s}
                                  << QList<qint64>{0, 2, 1, 1, 2, 1, 22, 1};
        QTest::newRow("25 hours") << u"from=2024-10-27&to=2024-10-28&tz=Europe/Brussels"_s << 25
                                  << QStringList{u"0=2024-10-27T00:00:00+02:00"_s,
                                                 u"2=2024-10-27T02:00:00+02:00"_s,
                                                 u"3=2024-10-27T02:00:00+01:00"_s,
                                                 u"4=2024-10-27T03:00:00+01:00"_s,
                                                 u"24=2024-10-27T23:00:00+01:00"_s}
                                  << QList<qint64>{0, 2, 2, 1, 3, 1, 24, 1};
    }
    void hourBucketsAcrossDst()
    {
        QFETCH(QString, day);
        QFETCH(int, count);
        QFETCH(QStringList, someLabels);
        QFETCH(QList<qint64>, nonZeroReports);
        storeDstReports();
        // Inside the DST days: the hour skipped in spring, both 02:00 hours in autumn.
        storeOverHttp(
            {reportAt(u"2024-03-31T01:59:59+01:00"_s), reportAt(u"2024-03-31T03:30:00+02:00"_s),
             reportAt(u"2024-10-27T02:30:00+02:00"_s), reportAt(u"2024-10-27T02:30:00+01:00"_s)});

        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/frequency?bucket=hour&"_s + day, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"bucket"_s).toString(), u"hour"_s);
        const QStringList labels = strings(body.value(u"buckets"_s));
        QCOMPARE(labels.size(), count);
        for (const QString &label : std::as_const(someLabels)) {
            const qsizetype index = label.section(u'=', 0, 0).toInt();
            QCOMPARE(labels.at(index), label.section(u'=', 1));
        }
        // Each label is exactly one hour after the one before.
        for (qsizetype i = 1; i < labels.size(); ++i)
            QCOMPARE(at(labels.at(i - 1)).secsTo(at(labels.at(i))), 3600);

        QList<qint64> expected = zeros(count);
        for (qsizetype i = 0; i + 1 < nonZeroReports.size(); i += 2)
            expected[nonZeroReports.at(i)] = nonZeroReports.at(i + 1);
        const auto series = seriesOf(body);
        QCOMPARE(series.size(), size_t(1));
        QCOMPARE(series.at(u"recip-e"_s).reports, expected);
        QCOMPARE(series.at(u"recip-e"_s).installations, expected);

        // The hours of the day add up to the day's count.
        const HttpReply days =
            m_harness.staffGet(u"/api/v1/stats/frequency?bucket=day&"_s + day, m_token);
        QCOMPARE(days.status, 200);
        const qint64 sum = std::accumulate(expected.begin(), expected.end(), qint64(0));
        QCOMPARE(seriesOf(days.json()).at(u"recip-e"_s).reports, QList<qint64>{sum});
    }

    void hourBucketsInOtherZones()
    {
        storeOverHttp({reportAt(u"2024-03-31T01:30:00Z"_s)});
        // Hour buckets need no rollup of the zone: they are UTC hours shown in it.
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-03-31T00:00:00Z&to=2024-03-31T03:00:00Z"
            "&bucket=hour&tz=America/New_York"_s,
            m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(strings(reply.json().value(u"buckets"_s)),
                 (QStringList{u"2024-03-30T20:00:00-04:00"_s, u"2024-03-30T21:00:00-04:00"_s,
                              u"2024-03-30T22:00:00-04:00"_s}));
        QCOMPARE(seriesOf(reply.json()).at(u"recip-e"_s).reports, (QList<qint64>{0, 1, 0}));
        QCOMPARE(reply.json().value(u"from"_s).toString(), u"2024-03-30T20:00:00-04:00"_s);
    }

    // Chile skips local midnight when its DST starts (2024-09-08: 00:00 -04 -> 01:00 -03); that
    // day starts at 01:00 and has 23 hours.
    void dayWithoutMidnight()
    {
        server::ServerConfig config;
        config.statsZones = {QTimeZone(QByteArrayLiteral("Europe/Brussels")),
                             QTimeZone(QByteArrayLiteral("America/Santiago"))};
        QVERIFY(m_harness.start(config));
        storeOverHttp(
            {reportAt(u"2024-09-07T23:59:59-04:00"_s), reportAt(u"2024-09-08T01:00:00-03:00"_s),
             reportAt(u"2024-09-08T23:59:59-03:00"_s), reportAt(u"2024-09-09T00:00:00-03:00"_s)});

        HttpReply reply = m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-09-07"
                                             "&to=2024-09-10&tz=America/Santiago"_s,
                                             m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(strings(reply.json().value(u"buckets"_s)),
                 (QStringList{u"2024-09-07T00:00:00-04:00"_s, u"2024-09-08T01:00:00-03:00"_s,
                              u"2024-09-09T00:00:00-03:00"_s}));
        QCOMPARE(seriesOf(reply.json()).at(u"recip-e"_s).reports, (QList<qint64>{1, 2, 1}));

        // The date itself as a bound.
        reply = m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-09-08&to=2024-09-09"
                                   "&tz=America/Santiago&bucket=hour"_s,
                                   m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"from"_s).toString(), u"2024-09-08T01:00:00-03:00"_s);
        const QStringList hours = strings(reply.json().value(u"buckets"_s));
        QCOMPARE(hours.size(), 23);
        QCOMPARE(hours.constFirst(), u"2024-09-08T01:00:00-03:00"_s);
        QList<qint64> expected = zeros(23);
        expected[0] = 1;
        expected[22] = 1;
        QCOMPARE(seriesOf(reply.json()).at(u"recip-e"_s).reports, expected);
    }

    void distinctInstallations()
    {
        const QUuid a = newUuid();
        const QUuid b = newUuid();
        storeOverHttp({reportAt(u"2024-05-06T08:00:00+02:00"_s, u"recip-e"_s, a),
                       reportAt(u"2024-05-06T09:00:00+02:00"_s, u"recip-e"_s, a),
                       reportAt(u"2024-05-06T10:00:00+02:00"_s, u"recip-e"_s, b),
                       reportAt(u"2024-05-07T10:00:00+02:00"_s, u"recip-e"_s, a),
                       reportAt(u"2024-05-06T10:00:00+02:00"_s, u"ehealthbox"_s, a)});

        HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-05-06&to=2024-05-08&bucket=day"_s, m_token);
        QCOMPARE(reply.status, 200);
        auto series = seriesOf(reply.json());
        QCOMPARE(series.size(), size_t(2));
        QCOMPARE(series.at(u"recip-e"_s).reports, (QList<qint64>{3, 1}));
        QCOMPARE(series.at(u"recip-e"_s).installations, (QList<qint64>{2, 1}));
        QCOMPARE(series.at(u"ehealthbox"_s).reports, (QList<qint64>{1, 0}));
        QCOMPARE(series.at(u"ehealthbox"_s).installations, (QList<qint64>{1, 0}));

        // A week bucket counts an installation once across its days.
        reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-05-06&to=2024-05-13&bucket=week"_s, m_token);
        QCOMPARE(reply.status, 200);
        series = seriesOf(reply.json());
        QCOMPARE(series.at(u"recip-e"_s).reports, QList<qint64>{4});
        QCOMPARE(series.at(u"recip-e"_s).installations, QList<qint64>{2});

        // The same installation in two hours of one day: once per hour.
        reply = m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-05-06T08:00:00%2B02:00"
                                   "&to=2024-05-06T11:00:00%2B02:00&bucket=hour"_s,
                                   m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(seriesOf(reply.json()).at(u"recip-e"_s).installations, (QList<qint64>{1, 1, 1}));

        // One service asked for: only that one.
        reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-05-06&to=2024-05-08&service=ehealthbox"_s, m_token);
        QCOMPARE(reply.status, 200);
        series = seriesOf(reply.json());
        QCOMPARE(series.size(), size_t(1));
        QCOMPARE(series.at(u"ehealthbox"_s).reports, (QList<qint64>{1, 0}));

        // A service asked for without reports is listed with zeros; unasked ones are not.
        reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-05-06&to=2024-05-08&service=chapter-iv"_s, m_token);
        QCOMPARE(reply.status, 200);
        series = seriesOf(reply.json());
        QCOMPARE(series.size(), size_t(1));
        QCOMPARE(series.at(u"chapter-iv"_s).reports, zeros(2));
        QCOMPARE(series.at(u"chapter-iv"_s).installations, zeros(2));

        // Outside the period nothing is listed.
        reply =
            m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-05-08&to=2024-05-10"_s, m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(u"services"_s).toArray().isEmpty());
        QCOMPARE(strings(reply.json().value(u"buckets"_s)).size(), 2);
    }

    void revisionMovesCounts()
    {
        const QUuid a = newUuid();
        const QUuid b = newUuid();
        Report first = reportAt(u"2024-06-03T10:00:00+02:00"_s, u"recip-e"_s, a);
        Report second = reportAt(u"2024-06-03T11:00:00+02:00"_s, u"recip-e"_s, a);
        Report third = reportAt(u"2024-06-03T12:00:00+02:00"_s, u"recip-e"_s, b);
        Report lonely = reportAt(u"2024-06-04T12:00:00+02:00"_s, u"chapter-iv"_s, b);
        storeOverHttp({first, second, third, lonely});
        QCOMPARE(day(u"recip-e"_s), (Counts{{3, 0}, {2, 0}}));

        // A's first report moves to another service and day: A is still counted on the 3rd.
        first.revision = 2;
        first.service = u"ehealthbox"_s;
        first.startedAt = at(u"2024-06-04T09:00:00+02:00"_s);
        first.reportedAt = first.startedAt.addSecs(60);
        QCOMPARE(put(first), u"updated"_s);
        QCOMPARE(day(u"recip-e"_s), (Counts{{2, 0}, {2, 0}}));
        QCOMPARE(day(u"ehealthbox"_s), (Counts{{0, 1}, {0, 1}}));

        // A's second report moves to the 4th: A leaves the 3rd.
        second.revision = 3;
        second.startedAt = at(u"2024-06-04T23:59:59+02:00"_s);
        second.reportedAt = second.startedAt.addSecs(60);
        QCOMPARE(put(second), u"updated"_s);
        QCOMPARE(day(u"recip-e"_s), (Counts{{1, 1}, {1, 1}}));

        // Replays, older revisions and other installations change nothing.
        QCOMPARE(put(second), u"replayed"_s);
        Report older = second;
        older.revision = 2;
        older.startedAt = at(u"2024-06-03T08:00:00+02:00"_s);
        older.reportedAt = older.startedAt.addSecs(60);
        QCOMPARE(put(older), u"conflict"_s);
        Report stolen = third;
        stolen.installation = newUuid();
        stolen.revision = 5;
        stolen.service = u"ehealthbox"_s;
        QCOMPARE(put(stolen), u"forbidden"_s);
        QCOMPARE(day(u"recip-e"_s), (Counts{{1, 1}, {1, 1}}));
        QCOMPARE(day(u"ehealthbox"_s), (Counts{{0, 1}, {0, 1}}));

        // The hour buckets and the heatmap moved too.
        const HttpReply hours =
            m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-06-03&to=2024-06-05&bucket=hour"
                               "&service=recip-e"_s,
                               m_token);
        QCOMPARE(hours.status, 200);
        QList<qint64> expected = zeros(48);
        expected[12] = 1;
        expected[47] = 1;
        QCOMPARE(seriesOf(hours.json()).at(u"recip-e"_s).reports, expected);
        const HttpReply heatmap = m_harness.staffGet(
            u"/api/v1/stats/heatmap?from=2024-06-03&to=2024-06-05&service=recip-e"_s, m_token);
        QCOMPARE(heatmap.status, 200);
        QCOMPARE(heatmap.json().value(u"total"_s).toInteger(), 2);
        const QJsonArray counts = heatmap.json().value(u"counts"_s).toArray();
        QCOMPARE(counts.at(0).toArray().at(12).toInteger(), 1); // Monday 12:00
        QCOMPARE(counts.at(1).toArray().at(23).toInteger(), 1); // Tuesday 23:00

        // The only chapter-iv report moves away: the service leaves the listing.
        lonely.revision = 2;
        lonely.service = u"recip-e"_s;
        QCOMPARE(put(lonely), u"updated"_s);
        const HttpReply all =
            m_harness.staffGet(u"/api/v1/stats/frequency?from=2024-06-03&to=2024-06-05"_s, m_token);
        QCOMPARE(all.status, 200);
        const auto series = seriesOf(all.json());
        QVERIFY(!series.count(u"chapter-iv"_s));
        QCOMPARE(series.at(u"recip-e"_s).reports, (QList<qint64>{1, 2}));
        QCOMPARE(series.at(u"recip-e"_s).installations, (QList<qint64>{1, 2}));
    }

    void heatmap_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("cells"); // weekday, hour, count, ...
        QTest::addColumn<qint64>("total");

        // Monday 2024-01-15 08:30 (+01), Sunday 2024-01-21 23:59:59 (+01), the DST Sundays,
        // and Monday 2024-10-28 00:00 (+01).
        QTest::newRow("Brussels, the year")
            << u"from=2024-01-01&to=2025-01-01"_s
            << QList<qint64>{0, 8, 1, 6, 23, 1, 6, 0, 1, 6, 3, 1, 6, 2, 2, 0, 0, 1} << qint64(7);
        QTest::newRow("UTC, the year")
            << u"from=2024-01-01&to=2025-01-01&tz=UTC"_s
            << QList<qint64>{0, 7, 1, 6, 22, 1, 5, 23, 1, 6, 1, 1, 6, 0, 1, 6, 1, 1, 6, 23, 1}
            << qint64(7);
        QTest::newRow("the autumn DST day")
            << u"from=2024-10-27&to=2024-10-28"_s << QList<qint64>{6, 2, 2} << qint64(2);
        QTest::newRow("one service") << u"from=2024-01-01&to=2025-01-01&service=ehealthbox"_s
                                     << QList<qint64>{6, 3, 1} << qint64(1);
        QTest::newRow("New York") << u"from=2024-01-15&to=2024-01-16&tz=America/New_York"_s
                                  << QList<qint64>{0, 2, 1} << qint64(1);
    }
    void heatmap()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, cells);
        QFETCH(qint64, total);
        storeOverHttp(
            {reportAt(u"2024-01-15T08:30:00+01:00"_s), reportAt(u"2024-01-21T23:59:59+01:00"_s),
             reportAt(u"2024-03-31T00:00:00+01:00"_s),
             reportAt(u"2024-03-31T03:30:00+02:00"_s, u"ehealthbox"_s),
             reportAt(u"2024-10-27T02:30:00+02:00"_s), reportAt(u"2024-10-27T02:30:00+01:00"_s),
             reportAt(u"2024-10-28T00:00:00+01:00"_s), reportAt(u"2023-12-31T23:59:59+01:00"_s)});

        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/heatmap?"_s + query, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(strings(body.value(u"weekdays"_s)),
                 (QStringList{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
                              u"saturday"_s, u"sunday"_s}));
        QList<qint64> hourLabels;
        for (int hour = 0; hour < 24; ++hour)
            hourLabels.append(hour);
        QCOMPARE(numbers(body.value(u"hours"_s)), hourLabels);

        QList<QList<qint64>> expected(7, zeros(24));
        for (qsizetype i = 0; i + 2 < cells.size(); i += 3)
            expected[cells.at(i)][cells.at(i + 1)] += cells.at(i + 2);
        const QJsonArray counts = body.value(u"counts"_s).toArray();
        QCOMPARE(counts.size(), 7);
        for (int weekday = 0; weekday < 7; ++weekday)
            QCOMPARE(numbers(counts.at(weekday)), expected.at(weekday));
        QCOMPARE(body.value(u"total"_s).toInteger(), total);
    }

private:
    using Counts = std::pair<QList<qint64>, QList<qint64>>; // reports, installations

    // The reports of `service` on 3 and 4 June 2024 (Brussels days).
    Counts day(const QString &service)
    {
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/frequency?from=2024-06-03&to=2024-06-05&bucket=day&service="_s +
                service,
            m_token);
        if (reply.status != 200)
            return {};
        const Series series = seriesOf(reply.json()).at(service);
        return {series.reports, series.installations};
    }

    // One report at each side of the local midnights around both DST days, and at the first and
    // last seconds of those days, plus one that is 1 November in Brussels only.
    void storeDstReports()
    {
        storeOverHttp(
            {reportAt(u"2024-03-30T23:59:59+01:00"_s), reportAt(u"2024-03-31T00:00:00+01:00"_s),
             reportAt(u"2024-03-31T00:00:01+01:00"_s), reportAt(u"2024-03-31T23:59:59+02:00"_s),
             reportAt(u"2024-04-01T00:00:00+02:00"_s), reportAt(u"2024-10-26T23:59:59+02:00"_s),
             reportAt(u"2024-10-27T00:00:00+02:00"_s), reportAt(u"2024-10-27T00:00:01+02:00"_s),
             reportAt(u"2024-10-27T23:59:59+01:00"_s), reportAt(u"2024-10-28T00:00:00+01:00"_s),
             reportAt(u"2024-10-31T23:30:00Z"_s)});
    }
};

QTEST_GUILESS_MAIN(TestServerStats)
#include "tst_serverstats.moc"
