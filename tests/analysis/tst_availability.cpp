// Downtime and availability on hand-made cases worked out in the comments: the figures of one
// episode, the SLA target, the days of the DST changes, public holidays and an operator's further
// days, and a night across the spring change.
#include "analysis/episodes.h"
#include "handmade.h"

#include <QTest>

using namespace ehb::analysis;
using namespace ehb::analysis::handmade;

namespace {

// The figures here are sums by hand: practices clicking "resolved" at the same minute end the
// outage at that minute (clicks that come together). The end their clicks make likely
// (likelyEnds, the default) lies a minute before, since GPs click minutes after it works
// again; tst_endlikelihood and tst_episodes test that.
EpisodeParameters byHand()
{
    EpisodeParameters parameters;
    parameters.likelyEnds = false;
    return parameters;
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void availabilityByHand();
    void slaTarget();
    void dstDays();
    void holidaysAreNotWorkingHours();
    void extraDatesAreNotWorkingHours();
    void nightAcrossTheSpringChange();
};

void TestAvailability::availabilityByHand()
{
    // The week of Monday 4 March: 10080 minutes, 3000 of them working hours. Three practices
    // down 10:00-11:00 on Tuesday (resolved), and four down 2:00-3:00 on Wednesday night.
    QList<Observation> reports;
    for (int i = 0; i < 3; ++i)
        reports.append(report(0, i, tuesday(10), 0, tuesday(11)));
    for (int i = 0; i < 4; ++i)
        reports.append(report(0, i, local(3, 6, 2), 0, local(3, 6, 3)));
    const Period week = period(local(3, 4, 0), local(3, 11, 0));
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, week, byHand());
    const ServiceAvailability &service = analysis.services.first();
    QCOMPARE(service.episodes, 2);
    QCOMPARE(service.downtimeMinutes, 120.0);
    QCOMPARE(service.workingDowntimeMinutes, 60.0);
    QCOMPARE(service.availability, 1 - 120.0 / 10080);
    QCOMPARE(service.workingAvailability, 1 - 60.0 / 3000);
    QVERIFY(!service.meetsSla);
}

void TestAvailability::slaTarget()
{
    // Two minutes down in March 2024 (44,580 minutes: 31 days less the DST hour; 12,600
    // working minutes): 99.996 % and 99.984 %.
    QList<Observation> reports;
    for (int i = 0; i < 3; ++i)
        reports.append(report(0, i, tuesday(10), 0, tuesday(10, 2)));
    EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), byHand());
    const ServiceAvailability &service = analysis.services.first();
    QCOMPARE(service.downtimeMinutes, 2.0);
    QCOMPARE(service.availability, 1 - 2.0 / 44580);
    QCOMPARE(service.workingAvailability, 1 - 2.0 / 12600);
    QVERIFY(service.meetsSla);
    // Both must reach the target: 99.99 % is met over the month, not over working hours.
    analysis = analyzeEpisodes(reports, 1, march(), byHand(), 0.9999);
    QVERIFY(!analysis.services.first().meetsSla);
    analysis = analyzeEpisodes(reports, 1, march(), byHand(), 0.9998);
    QVERIFY(analysis.services.first().meetsSla);
}

void TestAvailability::dstDays()
{
    // The local days of the DST changes last 23 and 25 hours; each holds a one-hour outage
    // (10:00-11:00, a Sunday: no working hours).
    const struct
    {
        int month;
        int day;
        double minutes;
    } days[] = {{3, 31, 23 * 60}, {10, 27, 25 * 60}};
    for (const auto &day : days) {
        QList<Observation> reports;
        for (int i = 0; i < 3; ++i)
            reports.append(
                report(0, i, local(day.month, day.day, 10), 0, local(day.month, day.day, 11)));
        const QDate date(2024, day.month, day.day);
        const Period whole =
            period(QDateTime(date, QTime(0, 0), brussels).toMSecsSinceEpoch(),
                   QDateTime(date.addDays(1), QTime(0, 0), brussels).toMSecsSinceEpoch());
        const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, whole, byHand());
        const ServiceAvailability &service = analysis.services.first();
        QCOMPARE(service.downtimeMinutes, 60.0);
        QCOMPARE(service.availability, 1 - 60.0 / day.minutes);
        QCOMPARE(service.workingDowntimeMinutes, 0.0);
        QCOMPARE(service.workingAvailability, 1.0);
    }
    // Tuesday 2 April (summer time; Monday 1 April was Easter Monday): 05:30-06:30 UTC is
    // 7:30-8:30 local, half of it working.
    QList<Observation> reports;
    const qint64 from =
        QDateTime(QDate(2024, 4, 2), QTime(5, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i)
        reports.append({0, practice(i), from, from + hour, from});
    const EpisodeAnalysis analysis =
        analyzeEpisodes(reports, 1, period(local(4, 2, 0), local(4, 3, 0)), byHand());
    QCOMPARE(analysis.services.first().downtimeMinutes, 60.0);
    QCOMPARE(analysis.services.first().workingDowntimeMinutes, 30.0);
    QCOMPARE(analysis.services.first().workingAvailability, 1 - 30.0 / 600);
}

namespace {

// Three practices down from `from` to `to` (resolved).
QList<Observation> outage(qint64 from, qint64 to)
{
    QList<Observation> reports;
    for (int i = 0; i < 3; ++i)
        reports.append(report(0, i, from, 0, to));
    return reports;
}

qint64 local2025(int month, int day, int h)
{
    return QDateTime(QDate(2025, month, day), QTime(h, 0), brussels).toMSecsSinceEpoch();
}

} // namespace

void TestAvailability::holidaysAreNotWorkingHours()
{
    // May 2025: 22 weekdays, two of them federal holidays (Labour Day, Thursday 1 May, and
    // Ascension Day, Thursday 29 May): 20 x 600 working minutes. Down 10:00-12:00 on 1 May.
    const Period may = period(local2025(5, 1, 0), local2025(6, 1, 0));
    EpisodeAnalysis analysis =
        analyzeEpisodes(outage(local2025(5, 1, 10), local2025(5, 1, 12)), 1, may, byHand());
    QCOMPARE(analysis.episodes.size(), 1);
    ServiceAvailability service = analysis.services.first();
    QCOMPARE(service.downtimeMinutes, 120.0);
    QCOMPARE(service.workingDowntimeMinutes, 0.0);
    QCOMPARE(service.workingAvailability, 1.0);
    QCOMPARE(analysis.holidays, (QList<QDate>{QDate(2025, 5, 1), QDate(2025, 5, 29)}));
    // The same outage the day after counts, against the 12,000 working minutes.
    analysis = analyzeEpisodes(outage(local2025(5, 2, 10), local2025(5, 2, 12)), 1, may, byHand());
    service = analysis.services.first();
    QCOMPARE(service.workingDowntimeMinutes, 120.0);
    QCOMPARE(service.workingAvailability, 1 - 120.0 / 12000);
    // A period of Easter Monday alone has no working hours.
    analysis = analyzeEpisodes(outage(local2025(4, 21, 10), local2025(4, 21, 12)), 1,
                               period(local2025(4, 21, 0), local2025(4, 22, 0)), byHand());
    QCOMPARE(analysis.services.first().workingDowntimeMinutes, 0.0);
    QCOMPARE(analysis.services.first().workingAvailability, 1.0);
    QCOMPARE(analysis.holidays, QList<QDate>{QDate(2025, 4, 21)});
}

void TestAvailability::extraDatesAreNotWorkingHours()
{
    // The operator closes Friday 2 May 2025 too: down 10:00-12:00 that day is no working
    // downtime, and May has 19 working days.
    Period may = period(local2025(5, 1, 0), local2025(6, 1, 0));
    may.holidays = HolidayCalendar({QDate(2025, 5, 2)});
    const QList<Observation> reports = outage(local2025(5, 2, 10), local2025(5, 2, 12));
    EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, may, byHand());
    QCOMPARE(analysis.services.first().downtimeMinutes, 120.0);
    QCOMPARE(analysis.services.first().workingDowntimeMinutes, 0.0);
    QCOMPARE(analysis.services.first().workingAvailability, 1.0);
    QCOMPARE(analysis.holidays,
             (QList<QDate>{QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 5, 29)}));
    // Another day's outage is held to the 19 days' 11,400 minutes.
    analysis = analyzeEpisodes(outage(local2025(5, 5, 10), local2025(5, 5, 11)), 1, may, byHand());
    QCOMPARE(analysis.services.first().workingAvailability, 1 - 60.0 / 11400);
    // The findings do not depend on the holidays, only the summary does.
    const EpisodeFindings findings = findEpisodes(reports, 1, may, byHand());
    QCOMPARE(describe(findings),
             describe(findEpisodes(reports, 1, period(local2025(5, 1, 0), local2025(6, 1, 0)),
                                   byHand())));
    QCOMPARE(summarizeEpisodes(findings, 1, may).services.first().workingDowntimeMinutes, 0.0);
}

void TestAvailability::nightAcrossTheSpringChange()
{
    // 1:30 to 3:30 local on 31 March is one hour: 2:00-3:00 does not exist that night.
    QList<Observation> reports;
    for (int i = 0; i < 3; ++i)
        reports.append(report(0, i, local(3, 31, 1, 30), 0, local(3, 31, 3, 30)));
    const EpisodeAnalysis analysis = analyzeEpisodes(reports, 1, march(), byHand());
    QCOMPARE(analysis.episodes.size(), 1);
    QCOMPARE(analysis.episodes.first().minutes(), 60);
    QCOMPARE(analysis.services.first().downtimeMinutes, 60.0);
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
