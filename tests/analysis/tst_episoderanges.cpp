// The ranges of an episode's edges and of a service's downtime: worked out by hand on a small
// case, and the order start ranges, edges and downtime must keep on generated months.
#include "analysis/episodes.h"
#include "scenario.h"

#include <QTest>

using namespace ehb::analysis;
using namespace ehb::analysis::test;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));

qint64 local(int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(h, m), brussels).toMSecsSinceEpoch();
}

// Tuesday 5 March 2024, local time.
qint64 tuesday(int h, int m = 0)
{
    return local(3, 5, h, m);
}

QUuid practice(int i)
{
    return QUuid(uint(i + 1), 0x2222, 0x4222, 0x82, 0, 0, 0, 0, 0, 0, 0);
}

Period period(qint64 from, qint64 to)
{
    return {QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()), brussels};
}

QString hhmm(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, brussels).toString(QStringLiteral("HH:mm"));
}

} // namespace

class TestEpisodeRanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Four practices, none clicking "resolved" (covers: since to sent + 30 min grace):
    //   A sent 10:05, since now    [10:05, 10:35)
    //   B sent 10:07, since 15 min [ 9:52, 10:37)
    //   C sent 10:10, since now    [10:10, 10:40)
    //   D sent 10:20, since 30 min [ 9:50, 10:50)
    // Two at once from 9:52. The start: the second report (10:07) less the time from it to the
    // fourth (13 min): 9:54. It can be no earlier than the second earliest "since" (9:52) and
    // no later than the second report plus 3 minutes for clocks ahead (10:10). The end: the
    // second latest report (10:10) plus their pace (10:05 to 10:10): 10:15; no earlier than
    // 10:10 less 3 minutes (a report is sent minutes after the failure), nor before the latest
    // start: 10:10; with no "resolved" click, no later than one more pace gap: 10:20. So few
    // reports cannot show that it lasted at all: the shortest is 0 minutes, the longest 28.
    void handWorked()
    {
        QList<Observation> reports{
            {0, practice(0), tuesday(10, 5), std::nullopt, tuesday(10, 5)},
            {0, practice(1), tuesday(9, 52), std::nullopt, tuesday(10, 7)},
            {0, practice(2), tuesday(10, 10), std::nullopt, tuesday(10, 10)},
            {0, practice(3), tuesday(9, 50), std::nullopt, tuesday(10, 20)},
        };
        const EpisodeAnalysis analysis =
            analyzeEpisodes(reports, 1, period(local(3, 1, 0), local(4, 1, 0)));
        QCOMPARE(analysis.episodes.size(), 1);
        const Episode &e = analysis.episodes.constFirst();
        QCOMPARE(hhmm(e.start), QStringLiteral("09:54"));
        QCOMPARE(hhmm(e.end), QStringLiteral("10:15"));
        QCOMPARE(hhmm(e.startEarliest), QStringLiteral("09:52"));
        QCOMPARE(hhmm(e.startLatest), QStringLiteral("10:10"));
        QCOMPARE(hhmm(e.endEarliest), QStringLiteral("10:10"));
        QCOMPARE(hhmm(e.endLatest), QStringLiteral("10:20"));
        QCOMPARE(e.minutes(), qint64(21));
        QCOMPARE(e.minutesLow(), qint64(0));
        QCOMPARE(e.minutesHigh(), qint64(28));
        const ServiceAvailability &service = analysis.services.constFirst();
        QCOMPARE(service.downtimeMinutes, 21.0);
        QCOMPARE(service.downtimeLowMinutes, 0.0);
        QCOMPARE(service.downtimeHighMinutes, 28.0);
        QCOMPARE(service.workingDowntimeLowMinutes, 0.0);
        QCOMPARE(service.workingDowntimeHighMinutes, 28.0);
    }

    // "Still failing", answered when the app asked "Is it back for you?", says it was down then.
    // In the hand-worked case above (which ends at 10:15): one practice confirming at 11:02 does
    // not carry the end there (as one more report of its own would not); two, at 11:00 and
    // 11:02, do, though the shortest extent stays as it was: "surely down" needs twice as many
    // practices. With all four confirming from 11:00, it was surely down until 11:00, less 3
    // minutes for late sends.
    void stillFailingCarriesTheEnd()
    {
        QList<Observation> reports{
            {0, practice(0), tuesday(10, 5), std::nullopt, tuesday(10, 5)},
            {0, practice(1), tuesday(9, 52), std::nullopt, tuesday(10, 7)},
            {0, practice(2), tuesday(10, 10), std::nullopt, tuesday(10, 10)},
            {0, practice(3), tuesday(9, 50), std::nullopt, tuesday(10, 20)},
        };
        const Period march = period(local(3, 1, 0), local(4, 1, 0));
        reports[1].confirmedAt = tuesday(11, 2);
        const Episode alone = analyzeEpisodes(reports, 1, march).episodes.value(0);
        QVERIFY2(alone.end < tuesday(10, 40), qPrintable(hhmm(alone.end)));

        reports[2].confirmedAt = tuesday(11, 0);
        const Episode two = analyzeEpisodes(reports, 1, march).episodes.value(0);
        QCOMPARE(hhmm(two.start), QStringLiteral("09:54"));
        QVERIFY2(two.end >= tuesday(11, 0) && two.end <= tuesday(11, 30),
                 qPrintable(hhmm(two.end)));
        QCOMPARE(hhmm(two.endEarliest), QStringLiteral("10:10"));
        QVERIFY(two.endLatest >= two.end);

        reports[0].confirmedAt = tuesday(11, 4);
        reports[3].confirmedAt = tuesday(11, 6);
        const EpisodeAnalysis all = analyzeEpisodes(reports, 1, march);
        QCOMPARE(all.episodes.size(), 1);
        const Episode &e = all.episodes.constFirst();
        QCOMPARE(hhmm(e.start), QStringLiteral("09:54"));
        QCOMPARE(hhmm(e.endEarliest), QStringLiteral("10:57"));
        QVERIFY(e.end >= tuesday(11, 4));
        QCOMPARE(all.services.constFirst().downtimeLowMinutes, 47.0);
    }

    // "Resolved now", answered when the app asked "Is it back for you?" (endAnswered), is no
    // click of the GP's own: the app asks everyone at once, so the answers come together
    // whatever the end was. Five practices report from 9:50 to 10:10; asked, two answer "still
    // failing" (10:50, 10:55) and three "resolved now" (11:15, 11:20, 11:28). The end lies where
    // the answers switch, in the middle of 10:55 and 11:15: 11:05, and no later than the second
    // "resolved now" (11:20). Read as clicks, the same ends would place it just before the
    // first of them (11:14: GPs click minutes after it works again).
    void answersEndWhereTheySwitch()
    {
        QList<Observation> reports{
            {0, practice(0), tuesday(9, 50), std::nullopt, tuesday(9, 50)},
            {0, practice(1), tuesday(9, 45), std::nullopt, tuesday(9, 55)},
            {0, practice(2), tuesday(10, 0), std::nullopt, tuesday(10, 0)},
            {0, practice(3), tuesday(10, 5), std::nullopt, tuesday(10, 5)},
            {0, practice(4), tuesday(10, 10), std::nullopt, tuesday(10, 10)},
        };
        reports[0].confirmedAt = tuesday(10, 50);
        reports[1].confirmedAt = tuesday(10, 55);
        reports[2].endedAt = tuesday(11, 15);
        reports[3].endedAt = tuesday(11, 20);
        reports[4].endedAt = tuesday(11, 28);
        const Period march = period(local(3, 1, 0), local(4, 1, 0));
        const Episode clicked = analyzeEpisodes(reports, 1, march).episodes.value(0);
        QCOMPARE(hhmm(clicked.end), QStringLiteral("11:14"));

        for (const int i : {2, 3, 4})
            reports[i].endAnswered = true;
        const Episode answered = analyzeEpisodes(reports, 1, march).episodes.value(0);
        QCOMPARE(hhmm(answered.start), hhmm(clicked.start));
        QCOMPARE(hhmm(answered.end), QStringLiteral("11:05"));
        QCOMPARE(hhmm(answered.endLatest), QStringLiteral("11:20"));
        QVERIFY2(answered.endEarliest <= tuesday(10, 55), qPrintable(hhmm(answered.endEarliest)));

        // Without "still failing" the app asked after the end: the answers bound it only.
        reports[0].confirmedAt.reset();
        reports[1].confirmedAt.reset();
        const Episode after = analyzeEpisodes(reports, 1, march).episodes.value(0);
        QVERIFY2(after.end < tuesday(10, 45), qPrintable(hhmm(after.end)));
        QCOMPARE(hhmm(after.endLatest), QStringLiteral("11:20"));
    }

    // Cut to a period that begins inside the episode, every edge and range is cut too.
    void clippedToThePeriod()
    {
        QList<Observation> reports;
        for (int i = 0; i < 6; ++i)
            reports.append({0, practice(i), tuesday(9, 40 + i), std::nullopt, tuesday(10, i)});
        const EpisodeAnalysis analysis =
            analyzeEpisodes(reports, 1, period(tuesday(10), tuesday(11)));
        QCOMPARE(analysis.episodes.size(), 1);
        const Episode &e = analysis.episodes.constFirst();
        QCOMPARE(e.start, tuesday(10));
        QCOMPARE(e.startEarliest, tuesday(10));
        QVERIFY(e.startLatest >= e.start);
        QVERIFY(e.endLatest <= tuesday(11));
    }

    // On generated months (outages of every size with imprecise reporters, unrelated reports
    // and local problems), the ranges always hold the edges, and the downtime its range.
    void orderHoldsOnGeneratedMonths()
    {
        const qint64 from = local(3, 1, 0);
        const qint64 to = local(4, 1, 0);
        for (quint32 seed = 1; seed <= 20; ++seed) {
            ScenarioGenerator generator(seed);
            QList<Observation> reports;
            for (int service = 0; service < 3; ++service) {
                generator.background(service, from - 7 * 24 * hourMs, to, 0.3 + service, reports);
                for (int i = 0; i < 4; ++i) {
                    const qint64 start = generator.between(from, to - 9 * hourMs);
                    const qint64 end = start + generator.between(10 * minuteMs, 8 * hourMs);
                    generator.outage(service, start, end, 3 + int(generator.uniform() * 200),
                                     reports);
                }
            }
            const EpisodeAnalysis analysis = analyzeEpisodes(reports, 3, period(from, to));
            QVERIFY(!analysis.episodes.isEmpty());
            for (const Episode &e : analysis.episodes) {
                const QString what = QStringLiteral("seed %1 service %2 %3-%4")
                                         .arg(seed)
                                         .arg(e.service)
                                         .arg(e.start)
                                         .arg(e.end);
                QVERIFY2(from <= e.startEarliest && e.startEarliest <= e.start, qPrintable(what));
                QVERIFY2(e.start <= e.startLatest && e.startLatest <= e.end, qPrintable(what));
                QVERIFY2(e.startLatest <= e.endEarliest && e.endEarliest <= e.end,
                         qPrintable(what));
                QVERIFY2(e.end <= e.endLatest && e.endLatest <= to, qPrintable(what));
                QVERIFY2(e.minutesLow() <= e.minutes() && e.minutes() <= e.minutesHigh(),
                         qPrintable(what));
            }
            for (const ServiceAvailability &s : analysis.services) {
                QVERIFY(s.downtimeLowMinutes <= s.downtimeMinutes + 1e-9);
                QVERIFY(s.downtimeMinutes <= s.downtimeHighMinutes + 1e-9);
                QVERIFY(s.workingDowntimeLowMinutes <= s.workingDowntimeMinutes + 1e-9);
                QVERIFY(s.workingDowntimeMinutes <= s.workingDowntimeHighMinutes + 1e-9);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEpisodeRanges)
#include "tst_episoderanges.moc"
