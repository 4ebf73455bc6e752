// RollupCalendar: which buckets a report counts in and when buckets start, around the DST days
// of Europe/Brussels in 2024 (31 March: 02:00 -> 03:00, 27 October: 03:00 -> 02:00).
#include "core/timeutil.h"
#include "server/stats/rollupcalendar.h"

#include <QTest>

using namespace ehb;
using namespace ehb::server;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));

QDateTime utc(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

qint64 julian(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay();
}

} // namespace

class TestRollupCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(brussels.isValid()); }

    void unitNames()
    {
        for (BucketUnit unit :
             {BucketUnit::Hour, BucketUnit::Day, BucketUnit::Week, BucketUnit::Month}) {
            QCOMPARE(parseBucketUnit(bucketUnitName(unit)), std::optional<BucketUnit>(unit));
        }
        QCOMPARE(bucketUnitName(BucketUnit::Week), u"week"_s);
        for (const QString &bad : {u""_s, u"Hour"_s, u"days"_s, u"year"_s, u" day"_s})
            QVERIFY2(!parseBucketUnit(bad), qPrintable(bad));
    }

    void hours()
    {
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(0)), 0);
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(3599)), 0);
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(3600)), 1);
        // Before the epoch the hour still starts at or before the time (floor, not truncation).
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(-1)), -1);
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(-3600)), -1);
        QCOMPARE(RollupCalendar::hourOf(utcFromSecs(-3601)), -2);
        // An offset in the input changes nothing: hours are UTC hours.
        QCOMPARE(RollupCalendar::hourOf(utc(u"2024-03-31T03:30:00+02:00"_s)),
                 RollupCalendar::hourOf(utc(u"2024-03-31T01:00:00Z"_s)));
        QCOMPARE(RollupCalendar::bucketStart(BucketUnit::Hour, 475000, brussels).toUTC(),
                 utcFromSecs(475000LL * 3600));
    }

    void localBuckets_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("week");
        QTest::addColumn<QDate>("month");

        // 2024-03-31 and 2024-10-27 are Sundays: their weeks started on the Monday before.
        QTest::newRow("before spring midnight")
            << u"2024-03-30T23:59:59+01:00"_s << QDate(2024, 3, 30) << QDate(2024, 3, 25)
            << QDate(2024, 3, 1);
        QTest::newRow("spring midnight") << u"2024-03-31T00:00:00+01:00"_s << QDate(2024, 3, 31)
                                         << QDate(2024, 3, 25) << QDate(2024, 3, 1);
        QTest::newRow("spring midnight + 1 s")
            << u"2024-03-31T00:00:01+01:00"_s << QDate(2024, 3, 31) << QDate(2024, 3, 25)
            << QDate(2024, 3, 1);
        QTest::newRow("last second of the 23 h day")
            << u"2024-03-31T23:59:59+02:00"_s << QDate(2024, 3, 31) << QDate(2024, 3, 25)
            << QDate(2024, 3, 1);
        QTest::newRow("after the 23 h day") << u"2024-04-01T00:00:00+02:00"_s << QDate(2024, 4, 1)
                                            << QDate(2024, 4, 1) << QDate(2024, 4, 1);
        QTest::newRow("before autumn midnight")
            << u"2024-10-26T23:59:59+02:00"_s << QDate(2024, 10, 26) << QDate(2024, 10, 21)
            << QDate(2024, 10, 1);
        QTest::newRow("autumn midnight") << u"2024-10-27T00:00:00+02:00"_s << QDate(2024, 10, 27)
                                         << QDate(2024, 10, 21) << QDate(2024, 10, 1);
        QTest::newRow("second 02:30 of the 25 h day")
            << u"2024-10-27T02:30:00+01:00"_s << QDate(2024, 10, 27) << QDate(2024, 10, 21)
            << QDate(2024, 10, 1);
        QTest::newRow("last second of the 25 h day")
            << u"2024-10-27T23:59:59+01:00"_s << QDate(2024, 10, 27) << QDate(2024, 10, 21)
            << QDate(2024, 10, 1);
        QTest::newRow("after the 25 h day") << u"2024-10-28T00:00:00+01:00"_s << QDate(2024, 10, 28)
                                            << QDate(2024, 10, 28) << QDate(2024, 10, 1);
        // October in UTC, November in Brussels.
        QTest::newRow("local month") << u"2024-10-31T23:30:00Z"_s << QDate(2024, 11, 1)
                                     << QDate(2024, 10, 28) << QDate(2024, 11, 1);
        QTest::newRow("week across the year") << u"2025-01-01T12:00:00+01:00"_s << QDate(2025, 1, 1)
                                              << QDate(2024, 12, 30) << QDate(2025, 1, 1);
    }
    void localBuckets()
    {
        QFETCH(QString, time);
        QFETCH(QDate, day);
        QFETCH(QDate, week);
        QFETCH(QDate, month);
        const QDateTime instant = utc(time);
        QCOMPARE(QDate::fromJulianDay(RollupCalendar::bucketOf(BucketUnit::Day, instant, brussels)),
                 day);
        QCOMPARE(
            QDate::fromJulianDay(RollupCalendar::bucketOf(BucketUnit::Week, instant, brussels)),
            week);
        QCOMPARE(
            QDate::fromJulianDay(RollupCalendar::bucketOf(BucketUnit::Month, instant, brussels)),
            month);

        // keysFor agrees with bucketOf, and adds the UTC hour.
        const QList<RollupKey> keys = RollupCalendar::keysFor(u"recip-e"_s, instant, {brussels});
        const QList<RollupKey> expected{
            {QByteArray("UTC"), BucketUnit::Hour, u"recip-e"_s, RollupCalendar::hourOf(instant)},
            {brussels.id(), BucketUnit::Day, u"recip-e"_s, day.toJulianDay()},
            {brussels.id(), BucketUnit::Week, u"recip-e"_s, week.toJulianDay()},
            {brussels.id(), BucketUnit::Month, u"recip-e"_s, month.toJulianDay()}};
        QCOMPARE(keys, expected);
    }

    void keysForSeveralZones()
    {
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        // 2024-03-31T01:30Z: Brussels 03:30 on the 31st, New York 21:30 on the 30th, Tokyo 10:30.
        const QDateTime instant = utc(u"2024-03-31T01:30:00Z"_s);
        const QList<RollupKey> keys =
            RollupCalendar::keysFor(u"ehealthbox"_s, instant, {brussels, newYork, tokyo}, false);
        QCOMPARE(keys.size(), 9);
        for (const RollupKey &key : keys) {
            QVERIFY(key.unit != BucketUnit::Hour);
            QCOMPARE(key.service, u"ehealthbox"_s);
        }
        QCOMPARE(keys.at(0).zone, QByteArray("Europe/Brussels"));
        QCOMPARE(keys.at(0).bucket, julian(2024, 3, 31));
        QCOMPARE(keys.at(3).zone, QByteArray("America/New_York"));
        QCOMPARE(keys.at(3).bucket, julian(2024, 3, 30));
        QCOMPARE(keys.at(4).bucket, julian(2024, 3, 25));
        QCOMPARE(keys.at(6).zone, QByteArray("Asia/Tokyo"));
        QCOMPARE(keys.at(6).bucket, julian(2024, 3, 31));
        QCOMPARE(RollupCalendar::keysFor(u"x"_s, instant, {}).size(), 1);
    }

    void nextBucket()
    {
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Hour, 10), 11);
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Day, julian(2024, 3, 31)),
                 julian(2024, 4, 1));
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Week, julian(2024, 3, 25)),
                 julian(2024, 4, 1));
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Month, julian(2024, 1, 1)),
                 julian(2024, 2, 1));
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Month, julian(2024, 2, 1)),
                 julian(2024, 3, 1));
        QCOMPARE(RollupCalendar::nextBucket(BucketUnit::Month, julian(2024, 12, 1)),
                 julian(2025, 1, 1));
    }

    void dstDayLengths()
    {
        const auto start = [](BucketUnit unit, QDate date) {
            return RollupCalendar::bucketStart(unit, date.toJulianDay(), brussels);
        };
        const auto hoursBetween = [&](QDate a, QDate b) {
            return start(BucketUnit::Day, a).secsTo(start(BucketUnit::Day, b)) / 3600;
        };
        QCOMPARE(hoursBetween(QDate(2024, 3, 30), QDate(2024, 3, 31)), 24);
        QCOMPARE(hoursBetween(QDate(2024, 3, 31), QDate(2024, 4, 1)), 23);
        QCOMPARE(hoursBetween(QDate(2024, 10, 27), QDate(2024, 10, 28)), 25);
        QCOMPARE(start(BucketUnit::Day, QDate(2024, 3, 31)).toUTC(),
                 utc(u"2024-03-30T23:00:00Z"_s));
        QCOMPARE(start(BucketUnit::Day, QDate(2024, 4, 1)).toUTC(), utc(u"2024-03-31T22:00:00Z"_s));
        QCOMPARE(start(BucketUnit::Week, QDate(2024, 3, 25)).toString(Qt::ISODate),
                 u"2024-03-25T00:00:00+01:00"_s);
        QCOMPARE(start(BucketUnit::Month, QDate(2024, 4, 1)).toString(Qt::ISODate),
                 u"2024-04-01T00:00:00+02:00"_s);
        QCOMPARE(start(BucketUnit::Day, QDate(2024, 10, 28)).toString(Qt::ISODate),
                 u"2024-10-28T00:00:00+01:00"_s);
        // The hour after 01:00 local on 31 March is 03:00 local: one UTC hour apart.
        const qint64 one = RollupCalendar::hourOf(utc(u"2024-03-31T00:00:00Z"_s));
        QCOMPARE(RollupCalendar::bucketStart(BucketUnit::Hour, one, brussels).toString(Qt::ISODate),
                 u"2024-03-31T01:00:00+01:00"_s);
        QCOMPARE(
            RollupCalendar::bucketStart(BucketUnit::Hour, one + 1, brussels).toString(Qt::ISODate),
            u"2024-03-31T03:00:00+02:00"_s);
        // 02:00 local twice on 27 October, told apart by their offsets.
        const qint64 two = RollupCalendar::hourOf(utc(u"2024-10-27T00:00:00Z"_s));
        QCOMPARE(RollupCalendar::bucketStart(BucketUnit::Hour, two, brussels).toString(Qt::ISODate),
                 u"2024-10-27T02:00:00+02:00"_s);
        QCOMPARE(
            RollupCalendar::bucketStart(BucketUnit::Hour, two + 1, brussels).toString(Qt::ISODate),
            u"2024-10-27T02:00:00+01:00"_s);
    }

    // Chile skips local midnight when its DST starts (2024-09-08 00:00 -> 01:00): the day still
    // has a valid start, on that date, an hour late.
    void dayWithoutMidnight()
    {
        const QTimeZone santiago(QByteArrayLiteral("America/Santiago"));
        QVERIFY(santiago.isValid());
        const QDateTime start =
            RollupCalendar::bucketStart(BucketUnit::Day, julian(2024, 9, 8), santiago);
        QVERIFY(start.isValid());
        QCOMPARE(start.toTimeZone(santiago).date(), QDate(2024, 9, 8));
        const QDateTime previous =
            RollupCalendar::bucketStart(BucketUnit::Day, julian(2024, 9, 7), santiago);
        QCOMPARE(previous.secsTo(start), 24 * 3600);
        QCOMPARE(RollupCalendar::bucketOf(BucketUnit::Day, start, santiago), julian(2024, 9, 8));
        QCOMPARE(RollupCalendar::bucketOf(BucketUnit::Day, start.addSecs(-1), santiago),
                 julian(2024, 9, 7));
    }

    void wholeHourOffsets_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("whole");
        QTest::newRow("Brussels") << QByteArray("Europe/Brussels") << true;
        QTest::newRow("UTC") << QByteArray("UTC") << true;
        QTest::newRow("New York") << QByteArray("America/New_York") << true;
        QTest::newRow("Kolkata +05:30") << QByteArray("Asia/Kolkata") << false;
        QTest::newRow("Kathmandu +05:45") << QByteArray("Asia/Kathmandu") << false;
        // +10:30 in winter, +11:00 in summer.
        QTest::newRow("Lord Howe") << QByteArray("Australia/Lord_Howe") << false;
    }
    void wholeHourOffsets()
    {
        QFETCH(QByteArray, zone);
        QFETCH(bool, whole);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        QCOMPARE(RollupCalendar::hasWholeHourOffsets(timeZone, utc(u"2024-01-01T00:00:00Z"_s),
                                                     utc(u"2025-01-01T00:00:00Z"_s)),
                 whole);
    }
};

QTEST_GUILESS_MAIN(TestRollupCalendar)
#include "tst_rollupcalendar.moc"
