// Episodes on small hand-made cases whose answer is worked out by hand in the comments: covers,
// the overlap rule, late "resolved" clicks and early "since" choices, a single practice,
// overlapping services, clipping to the period (availability, DST days and holidays:
// tst_availability). Then the two halves of the analysis (findEpisodes, summarizeEpisodes) and
// the parallel search, against the serial one on a generated scenario.
#include "analysis/episodes.h"
#include "handmade.h"
#include "scenario.h"

#include <QTest>

using namespace ehb::analysis;
using namespace ehb::analysis::handmade;

namespace {

// Six weeks (from Monday 19 February 2024) of six services that differ: a quiet one, busy
// ones (1 and 3 unrelated reports an hour), single practices' local problems, outages of 3 to
// 400 practices, two services failing together, reports before the period and after it.
constexpr int scenarioServices = 6;

QList<Observation> scenario()
{
    using namespace ehb::analysis::test;
    ScenarioGenerator generator(4711, 1500);
    QList<Observation> reports;
    const double perHour[scenarioServices] = {0, 0.2, 1, 3, 0.5, 0};
    for (int day = 0; day < 42; ++day) {
        const QDate date = QDate(2024, 2, 19).addDays(day);
        const qint64 eight = QDateTime(date, QTime(8, 0), brussels).toMSecsSinceEpoch();
        for (int service = 0; service < scenarioServices; ++service) {
            if (date.dayOfWeek() <= 5)
                generator.background(service, eight, eight + 10 * hour, perHour[service], reports);
        }
        if (day % 3 == 0)
            generator.localProblem(day % scenarioServices, day * 7 % 1500, eight + 3 * hour,
                                   2 + day % 12, reports);
        if (day % 2 == 0) {
            const int service = day / 2 % scenarioServices;
            const int practices = 3 + (day * 37) % 400;
            const qint64 start = eight + (day % 9) * hour + day * minute;
            generator.outage(service, start, start + (20 + day * 11 % 300) * minute, practices,
                             reports);
            if (day % 6 == 0) // its neighbour fails at the same time
                generator.outage((service + 1) % scenarioServices, start, start + 45 * minute,
                                 practices / 2 + 3, reports);
        }
    }
    return reports;
}

// Starts on a Monday, a week after the reports begin; ends before the last ones.
Period scenarioPeriod()
{
    return {QDateTime(QDate(2024, 2, 26), QTime(0, 0), brussels),
            QDateTime(QDate(2024, 3, 25), QTime(0, 0), brussels), brussels};
}

} // namespace

class TestEpisodes : public QObject
{
    Q_OBJECT

private slots:
    void cover_data();
    void cover();
    void simpleOutage();
    void onePracticeNeverMakesAnEpisode();
    void twoPracticesAreNotEnough();
    void chainWithoutOverlapIsNoEpisode();
    void lateResolvedClicksDoNotStretchTheEnd();
    void promptResolvedClicksEndIt();
    void earlySinceChoicesDoNotMoveTheStart();
    void flappingSeenByFewStaysTwo();
    void overlappingServicesAreSeparate();
    void clippedToThePeriod();
    void emptyAndInvalidInput();
    void parallelSearchEqualsSerial();
    void installationKeysEqualUuids();
    void analyzeIsSummaryOfFindings();
    void summaryUpToNow();
};

void TestEpisodes::cover_data()
{
    QTest::addColumn<Observation>("observation");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");

    const qint64 nine = tuesday(9);
    QTest::newRow("no end: until 30 min after sending")
        << Observation{0, practice(0), nine, std::nullopt, nine} << nine << nine + 30 * minute;
    QTest::newRow("since 15 min, no end")
        << Observation{0, practice(0), nine - 15 * minute, std::nullopt, nine} << nine - 15 * minute
        << nine + 30 * minute;
    QTest::newRow("start after sending (clock skew)")
        << Observation{0, practice(0), nine + 2 * minute, std::nullopt, nine} << nine + 2 * minute
        << nine + 32 * minute;
    QTest::newRow("with an end") << Observation{0, practice(0), nine, nine + 20 * minute, nine}
                                 << nine << nine + 20 * minute;
    QTest::newRow("end before start")
        << Observation{0, practice(0), nine, nine - minute, nine} << nine << nine;
    QTest::newRow("resolved 30 h later: capped at 12 h")
        << Observation{0, practice(0), nine, nine + 30 * hour, nine} << nine << nine + 12 * hour;
    QTest::newRow("since 3 days, no end: the newest 12 h")
        << Observation{0, practice(0), nine - 72 * hour, std::nullopt, nine}
        << nine + 30 * minute - 12 * hour << nine + 30 * minute;
}

void TestEpisodes::cover()
{
    QFETCH(Observation, observation);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    const Cover cover = coverOf(observation, {});
    QCOMPARE(hhmm(cover.start), hhmm(start));
    QCOMPARE(cover.start, start);
    QCOMPARE(cover.end, end);
}

void TestEpisodes::simpleOutage()
{
    // Five practices at 9:00, 9:05 ... 9:20, "since now", no end: covers [9:00, 9:30) ...
    // [9:20, 9:50). Two agree from 9:05. The start stays there: the second report (9:05) less
    // the time from it to the fourth (10 min) is before it. The end: the second latest report
    // (9:15) plus as long as from the fourth latest to it (9:05 to 9:15 at that pace: the
    // fourth to the second latest, 10 min): 9:25, not the 30-minute grace.
    QList<Observation> reports;
    for (int i = 0; i < 5; ++i)
        reports.append(report(0, i, tuesday(9, 5 * i)));
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 1);
    const Episode &episode = analysis.episodes.first();
    QCOMPARE(hhmm(episode.start), QStringLiteral("Tue 09:05"));
    QCOMPARE(hhmm(episode.end), QStringLiteral("Tue 09:25"));
    QCOMPARE(episode.minutes(), 20);
    QCOMPARE(episode.reports, 5);
    QCOMPARE(episode.installations, 5);
    QCOMPARE(episode.peakInstallations, 5);
    QCOMPARE(analysis.services.first().episodes, 1);
    QCOMPARE(analysis.services.first().downtimeMinutes, 20.0);
    QCOMPARE(analysis.services.first().workingDowntimeMinutes, 20.0);
}

void TestEpisodes::onePracticeNeverMakesAnEpisode()
{
    // One practice's own internet: 20 reports in 20 minutes, some resolved hours later.
    QList<Observation> reports;
    for (int i = 0; i < 20; ++i)
        reports.append(report(0, 7, tuesday(9, i), i % 3 == 0 ? 30 : 0,
                              i % 4 == 0 ? std::optional<qint64>(tuesday(15)) : std::nullopt));
    EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QVERIFY(analysis.episodes.isEmpty());
    QCOMPARE(analysis.services.first().downtimeMinutes, 0.0);
    QCOMPARE(analysis.services.first().availability, 1.0);
    // Not even with the thresholds lowered to one: the same practice is one installation.
    EpisodeParameters careless;
    careless.minInstallations = 2;
    analysis = analyzeEpisodes(reports, 1, march(), careless);
    QVERIFY(analysis.episodes.isEmpty());
}

void TestEpisodes::twoPracticesAreNotEnough()
{
    QList<Observation> reports;
    for (int i = 0; i < 10; ++i)
        reports.append(report(0, i % 2, tuesday(9, 3 * i)));
    QVERIFY(analyzeEpisodes(reports, 1, march(), {}).episodes.isEmpty());
    // A third practice at the same time makes it an episode.
    reports.append(report(0, 2, tuesday(9, 10)));
    QCOMPARE(analyzeEpisodes(reports, 1, march(), {}).episodes.size(), 1);
}

void TestEpisodes::chainWithoutOverlapIsNoEpisode()
{
    // Three practices, 40 min apart: one cluster (10-minute gaps) but never two at once.
    const QList<Observation> reports{report(0, 0, tuesday(9)), report(0, 1, tuesday(9, 40)),
                                     report(0, 2, tuesday(10, 20))};
    QVERIFY(analyzeEpisodes(reports, 1, march(), {}).episodes.isEmpty());
}

void TestEpisodes::lateResolvedClicksDoNotStretchTheEnd()
{
    // Ten practices report at 9:00, 9:02 ... 9:18 "since now". Practices 4 and 5 click
    // "resolved" at 15:00 and 16:00, nobody else does. The end is the second latest report
    // (9:16) plus the reports' pace (9:12 to 9:16): 9:20. The clicks come an hour apart, hours
    // after the last reports: they say nothing about when it worked again.
    QList<Observation> reports;
    for (int i = 0; i < 10; ++i) {
        std::optional<qint64> ended;
        if (i == 4)
            ended = tuesday(15);
        if (i == 5)
            ended = tuesday(16);
        reports.append(report(0, i, tuesday(9, 2 * i), 0, ended));
    }
    EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 1);
    QCOMPARE(hhmm(analysis.episodes.first().start), QStringLiteral("Tue 09:04"));
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 09:20"));
    // The same without the peak fraction.
    EpisodeParameters naive;
    naive.peakFraction = 0;
    analysis = analyzeEpisodes(reports, 1, march(), naive);
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 09:20"));
    // A third practice clicking at 17:00 changes nothing: late clicks never carry it.
    reports[6].endedAt = tuesday(17);
    analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 09:20"));
    // Two clicks together (within the merge gap) within a working day (clickReach, 8 h) of the
    // last reports do: it worked again by the first of them, 11:00, and since GPs click minutes
    // after it works again, the end the clicks make likely is a minute before (likelyEnds); the
    // rule of clicks that come together alone puts it at 11:00.
    reports[4].endedAt = tuesday(11);
    reports[5].endedAt = tuesday(11, 5);
    analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 10:59"));
    EpisodeParameters together;
    together.likelyEnds = false;
    analysis = analyzeEpisodes(reports, 1, march(), together);
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 11:00"));
    // Clicked together the next morning, they say nothing of the day before.
    reports[4].endedAt = tuesday(9, 2 * 4) + 24 * 3600000LL;
    reports[5].endedAt = tuesday(9, 2 * 5) + 24 * 3600000LL;
    analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 09:20"));
}

void TestEpisodes::promptResolvedClicksEndIt()
{
    // The same ten practices; the service works again at 10:00. Practices 0-3 click at 10:02,
    // 10:04, 10:05 and 10:07, practices 4 and 5 hours later. Depth >= 3 lasts until 10:07
    // (the 10:07 click and the two late ones), but the first two clicks after the last moment
    // two practices still reported it down (9:16) come together (within the merge gap): the
    // episode ends at the first of them, 10:02.
    QList<Observation> reports;
    const qint64 clicks[] = {tuesday(10, 2), tuesday(10, 4), tuesday(10, 5),
                             tuesday(10, 7), tuesday(15),    tuesday(16)};
    for (int i = 0; i < 10; ++i)
        reports.append(report(0, i, tuesday(9, 2 * i), 0,
                              i < 6 ? std::optional<qint64>(clicks[i]) : std::nullopt));
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 1);
    QCOMPARE(hhmm(analysis.episodes.first().start), QStringLiteral("Tue 09:04"));
    QCOMPARE(hhmm(analysis.episodes.first().end), QStringLiteral("Tue 10:02"));
    QCOMPARE(analysis.episodes.first().installations, 10);

    // A click contradicted by later reports of others does not end it: practice 9 says
    // "resolved" at 9:20, but practices 0 and 1 report again at 9:40 and 9:50. The clicks after
    // those reports end it at the first of them (10:02); without likelyEnds, at the second
    // click after the end the reports' pace gives (10:04).
    QList<Observation> more = reports;
    more[9].endedAt = tuesday(9, 20);
    more[8].endedAt = tuesday(9, 21);
    more.append(report(0, 0, tuesday(9, 40)));
    more.append(report(0, 1, tuesday(9, 50)));
    const EpisodeAnalysis later = analyzeEpisodes(more, 1, march(), {});
    QCOMPARE(later.episodes.size(), 1);
    QCOMPARE(hhmm(later.episodes.first().end), QStringLiteral("Tue 10:02"));
    EpisodeParameters together;
    together.likelyEnds = false;
    QCOMPARE(hhmm(analyzeEpisodes(more, 1, march(), together).episodes.first().end),
             QStringLiteral("Tue 10:04"));
}

void TestEpisodes::earlySinceChoicesDoNotMoveTheStart()
{
    // Ten practices report from 9:00 "since now"; two of them picked "since 1 h" at 9:05 and
    // 9:07 (covers from 8:05 and 8:07). Peak 10, so 3 must agree: the start is 9:00, when the
    // first honest report joins the two.
    QList<Observation> reports;
    for (int i = 0; i < 10; ++i)
        reports.append(report(0, i, tuesday(9, 2 * i)));
    reports.append(report(0, 10, tuesday(9, 5), 60));
    reports.append(report(0, 11, tuesday(9, 7), 60));
    EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 1);
    QCOMPARE(hhmm(analysis.episodes.first().start), QStringLiteral("Tue 09:00"));
    // Without the peak fraction the covers would allow 8:07, but the start follows the reports:
    // the second one (9:02) less the time from it to the fourth (3 min).
    EpisodeParameters naive;
    naive.peakFraction = 0;
    analysis = analyzeEpisodes(reports, 1, march(), naive);
    QCOMPARE(hhmm(analysis.episodes.first().start), QStringLiteral("Tue 08:59"));
}

void TestEpisodes::flappingSeenByFewStaysTwo()
{
    // Down 9:00-9:20 and again from 9:38. Six practices report the first at 9:00, 9:02 ...
    // 9:10, six others the second at 9:41, 9:43 ... 9:51, all "since now": the covers (to 9:40
    // and from 9:41) leave no gap, one stretch. The reports sent pause for 31 minutes; six in
    // the 15 minutes before and after would give about 12 in the 30 minutes after 9:10 and
    // none came (chance e^-12): two outages, cut in the middle of the pause (9:25:30). A dip
    // of 7.5 or 15 minutes sees no pace after it (the second outage's reports come later), and
    // six reports a quarter of an hour are too few for a 15-minute pause to be unlikely.
    QList<Observation> reports;
    for (int i = 0; i < 6; ++i) {
        reports.append(report(0, i, tuesday(9, 2 * i)));
        reports.append(report(0, 6 + i, tuesday(9, 41 + 2 * i)));
    }
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 2);
    QCOMPARE(analysis.episodes.at(0).installations, 6);
    QCOMPARE(analysis.episodes.at(1).installations, 6);
    QVERIFY2(analysis.episodes.at(0).end <= tuesday(9, 25),
             qPrintable(describe(analysis.episodes.at(0))));
    QVERIFY2(analysis.episodes.at(1).start >= tuesday(9, 38),
             qPrintable(describe(analysis.episodes.at(1))));

    // Reports that slow down without stopping: twenty practices from 9:00 to 9:19, two at 9:30
    // and 9:40, six more at 9:50 ... 9:55. In the 30 minutes after 9:19 the pace on both sides
    // gives about 12 and 2 came: unlikely by chance (Poisson, 5e-4), but more than a tenth of
    // the pace, so an outage that slowed down, not one that stopped: one episode.
    QList<Observation> slowing;
    for (int i = 0; i < 20; ++i)
        slowing.append(report(0, i, tuesday(9, i)));
    slowing.append(report(0, 20, tuesday(9, 30)));
    slowing.append(report(0, 21, tuesday(9, 40)));
    for (int i = 0; i < 6; ++i)
        slowing.append(report(0, 22 + i, tuesday(9, 50 + i)));
    const EpisodeAnalysis slowed = analyzeEpisodes(slowing, 1, march(), {});
    QCOMPARE(slowed.episodes.size(), 1);
}

void TestEpisodes::overlappingServicesAreSeparate()
{
    // The same six practices report service 1 from 9:00 and service 2 from 9:30; service 0
    // gets one report from each at 9:00 and 13:00 only.
    QList<Observation> reports;
    for (int i = 0; i < 6; ++i) {
        reports.append(report(1, i, tuesday(9, 3 * i)));
        reports.append(report(2, i, tuesday(9, 30 + 3 * i), 0, tuesday(11)));
    }
    reports.append(report(0, 0, tuesday(9)));
    reports.append(report(0, 1, tuesday(13)));
    // Service 3 starts at the same moment as service 1, to check the order.
    for (int i = 0; i < 3; ++i)
        reports.append(report(3, 10 + i, tuesday(9, 3 * i), 0, tuesday(9, 40)));
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 4, march(), {});
    QCOMPARE(analysis.services.size(), 4);
    QCOMPARE(analysis.services[0].episodes, 0);
    QCOMPARE(analysis.services[1].episodes, 1);
    QCOMPARE(analysis.services[2].episodes, 1);
    QCOMPARE(analysis.services[3].episodes, 1);
    QCOMPARE(analysis.episodes.size(), 3);
    // By start, then service: 1 and 3 both start at 9:03, then 2.
    QCOMPARE(analysis.episodes[0].service, 1);
    QCOMPARE(analysis.episodes[1].service, 3);
    QCOMPARE(analysis.episodes[2].service, 2);
    QCOMPARE(analysis.episodes[0].start, analysis.episodes[1].start);
    // Service 1: covers [9:00+3i, 9:30+3i): two agree from 9:03; the end is the second latest
    // report (9:12) plus their pace (9:06 to 9:12): 9:18.
    QCOMPARE(analysis.services[1].downtimeMinutes, 15.0);
    // Service 2: all resolved at 11:00 (clicks after the last reports): 9:33 to 11:00.
    QCOMPARE(hhmm(analysis.episodes[2].start), QStringLiteral("Tue 09:33"));
    QCOMPARE(hhmm(analysis.episodes[2].end), QStringLiteral("Tue 11:00"));
    QCOMPARE(analysis.services[2].downtimeMinutes, 87.0);
}

void TestEpisodes::clippedToThePeriod()
{
    // An outage from 23:40 on 29 February to 00:40 on 1 March (every report resolved at 0:40),
    // and one on 28 February that lies wholly before March.
    QList<Observation> reports;
    for (int i = 0; i < 4; ++i) {
        reports.append(report(0, i, local(2, 29, 23, 40), 0, local(3, 1, 0, 40)));
        reports.append(report(0, i, local(2, 28, 10), 0, local(2, 28, 11)));
    }
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), {});
    QCOMPARE(analysis.episodes.size(), 1);
    QCOMPARE(analysis.episodes.first().start, local(3, 1, 0));
    QCOMPARE(analysis.episodes.first().end, local(3, 1, 0, 40));
    QCOMPARE(analysis.episodes.first().minutes(), 40);
    QCOMPARE(analysis.services.first().episodes, 1);
    QCOMPARE(analysis.services.first().downtimeMinutes, 40.0);
    // A period that ends during it.
    const EpisodeAnalysis february =
        analyzeEpisodes(reports, 1, period(local(2, 1, 0), local(3, 1, 0)), {});
    QCOMPARE(february.episodes.size(), 2);
    QCOMPARE(february.services.first().downtimeMinutes, 60.0 + 20.0);
}

void TestEpisodes::emptyAndInvalidInput()
{
    EpisodeAnalysis analysis = analyzeEpisodes({}, 3, march(), {});
    QVERIFY(analysis.episodes.isEmpty());
    QCOMPARE(analysis.services.size(), 3);
    for (int s = 0; s < 3; ++s) {
        QCOMPARE(analysis.services[s].service, s);
        QCOMPARE(analysis.services[s].availability, 1.0);
        QCOMPARE(analysis.services[s].workingAvailability, 1.0);
        QVERIFY(analysis.services[s].meetsSla);
    }
    // Services outside 0..n-1 are ignored, not mixed into another.
    QList<Observation> reports;
    for (int i = 0; i < 5; ++i) {
        reports.append(report(-1, i, tuesday(9, i)));
        reports.append(report(3, i, tuesday(9, i)));
    }
    analysis = analyzeEpisodes(reports, 3, march(), {});
    QVERIFY(analysis.episodes.isEmpty());
    QCOMPARE(analyzeEpisodes(reports, 0, march(), {}).services.size(), 0);
    // An empty or reversed period: nothing to clip into.
    for (int i = 0; i < 5; ++i)
        reports.append(report(0, i, tuesday(9, i)));
    analysis = analyzeEpisodes(reports, 1, period(tuesday(12), tuesday(8)), {});
    QVERIFY(analysis.episodes.isEmpty());
    QCOMPARE(analysis.services.first().availability, 1.0);
    QCOMPARE(analyzeEpisodes(reports, 1, march(), {}).episodes.size(), 1);
}

void TestEpisodes::parallelSearchEqualsSerial()
{
    const QList<Observation> reports = scenario();
    const EpisodeFindings serial = findEpisodes(reports, scenarioServices, scenarioPeriod(), {}, 1);
    // The scenario must exercise what could differ: many episodes on every service but the quiet
    // ones, and thresholds raised by a busy background.
    QVERIFY2(serial.episodes.size() >= 15, qPrintable(QString::number(serial.episodes.size())));
    QCOMPARE(serial.services.size(), scenarioServices);
    QCOMPARE(serial.services.at(0).minOverlap, 2);
    QVERIFY(serial.services.at(3).minOverlap > 2);
    QVERIFY(serial.services.at(3).backgroundPerHour > 1);
    QVERIFY(std::is_sorted(
        serial.episodes.begin(), serial.episodes.end(), [](const Episode &a, const Episode &b) {
            return a.start != b.start ? a.start < b.start : a.service < b.service;
        }));
    const QStringList expected = describe(serial);
    for (const int threads : {2, 3, 4, 8, 0}) {
        const EpisodeFindings parallel =
            findEpisodes(reports, scenarioServices, scenarioPeriod(), {}, threads);
        QCOMPARE(describe(parallel), expected);
        // describe() rounds nothing, but compare the doubles directly too.
        for (int s = 0; s < scenarioServices; ++s)
            QCOMPARE(parallel.services.at(s).backgroundPerHour,
                     serial.services.at(s).backgroundPerHour);
    }
    // The order of the reports does not matter either.
    QList<Observation> reversed = reports;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(describe(findEpisodes(reversed, scenarioServices, scenarioPeriod(), {}, 2)), expected);
}

void TestEpisodes::installationKeysEqualUuids()
{
    QList<Observation> reports = scenario();
    const QStringList expected =
        describe(findEpisodes(reports, scenarioServices, scenarioPeriod(), {}, 1));
    // A key per installation (the server's: 60 bits of the UUID) instead of the UUID.
    for (Observation &report : reports) {
        report.installationKey = (quint64(report.installation.data1) << 28) |
                                 (quint64(report.installation.data2) << 12) |
                                 quint64(report.installation.data3 & 0x0FFF);
        report.installation = QUuid();
    }
    QCOMPARE(describe(findEpisodes(reports, scenarioServices, scenarioPeriod(), {}, 1)), expected);
    QCOMPARE(describe(findEpisodes(reports, scenarioServices, scenarioPeriod(), {}, 3)), expected);

    // Keys and UUIDs are never taken for one installation: two practices known both ways are
    // four installations, enough for an episode where two would not be.
    QList<Observation> mixed;
    for (int i = 0; i < 4; ++i) {
        Observation observation = report(0, i % 2, tuesday(9, 5 * i));
        if (i >= 2)
            observation.installationKey = quint64(observation.installation.data1);
        mixed.append(observation);
    }
    QCOMPARE(analyzeEpisodes(mixed, 1, march()).episodes.size(), 1);
    for (Observation &observation : mixed)
        observation.installationKey = 0;
    QCOMPARE(analyzeEpisodes(mixed, 1, march()).episodes.size(), 0);
}

void TestEpisodes::analyzeIsSummaryOfFindings()
{
    const QList<Observation> reports = scenario();
    const Period period = scenarioPeriod();
    for (const double target : {0.999, 0.9999, 0.99}) {
        const EpisodeAnalysis analysis =
            analyzeEpisodes(reports, scenarioServices, period, {}, target);
        const EpisodeFindings findings = findEpisodes(reports, scenarioServices, period);
        const EpisodeAnalysis summary =
            summarizeEpisodes(findings, scenarioServices, period, target);
        QCOMPARE(describe(summary), describe(analysis));
        // The findings are not clipped: some begin before the period or end after it.
        QVERIFY(findings.episodes.size() > analysis.episodes.size());
        QVERIFY(findings.episodes.first().start < period.from.toMSecsSinceEpoch());
        for (int s = 0; s < scenarioServices; ++s) {
            QCOMPARE(analysis.services.at(s).minOverlap, findings.services.at(s).minOverlap);
            QCOMPARE(analysis.services.at(s).backgroundPerHour,
                     findings.services.at(s).backgroundPerHour);
        }
    }
    // Something to tell the targets apart.
    QVERIFY(describe(analyzeEpisodes(reports, scenarioServices, period, {}, 0.5)) !=
            describe(analyzeEpisodes(reports, scenarioServices, period, {}, 0.99999)));
}

void TestEpisodes::summaryUpToNow()
{
    // The server finds over the period asked for and summarizes up to now: the same as cutting
    // the complete summary at now, availability counted over the minutes until now.
    const QList<Observation> reports = scenario();
    const Period period = scenarioPeriod();
    const EpisodeFindings findings = findEpisodes(reports, scenarioServices, period);
    const EpisodeAnalysis complete = summarizeEpisodes(findings, scenarioServices, period);
    // Now: in the middle of an episode of the complete period.
    const Episode &going = complete.episodes.at(complete.episodes.size() / 2);
    const qint64 now = (going.start + going.end) / 2;
    Period untilNow = period;
    untilNow.to = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    const EpisodeAnalysis summary = summarizeEpisodes(findings, scenarioServices, untilNow);
    QStringList expected;
    for (Episode episode : complete.episodes) {
        episode.end = std::min(episode.end, now);
        if (episode.end > episode.start)
            expected.append(describe(episode));
    }
    QStringList episodes = describe(summary);
    episodes.resize(summary.episodes.size());
    QCOMPARE(episodes, expected);
    QCOMPARE(describe(summary.episodes.last()),
             describe(Episode{going.service, going.start, now, going.reports, going.installations,
                              going.peakInstallations}));
    const double minutes = (now - period.from.toMSecsSinceEpoch()) / 60000.0;
    const ServiceAvailability &service = summary.services.at(going.service);
    QVERIFY(service.downtimeMinutes > 0);
    QCOMPARE(service.availability, std::clamp(1 - service.downtimeMinutes / minutes, 0.0, 1.0));
}

QTEST_GUILESS_MAIN(TestEpisodes)
#include "tst_episodes.moc"
