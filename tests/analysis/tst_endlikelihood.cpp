// The end an episode's "resolved" clicks make likely (lib/analysis/endlikelihood.h; METHOD.md,
// step 6), on a working Tuesday in Brussels.
#include "analysis/endlikelihood.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ehb::analysis;
using namespace ehb::analysis::detail;

namespace {

const QTimeZone brussels("Europe/Brussels");
constexpr qint64 minuteMs = 60000;

qint64 at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2 + day), QTime(hour, minute), brussels).toMSecsSinceEpoch();
}

// Monday 2 March to Friday 6 March 2026; practices at work 08:00-18:00, a few in the evening.
DayGrid week()
{
    DayGrid grid = DayGrid::build(at(0, 0, 0), at(5, 0, 0), brussels, HolidayCalendar());
    for (int slot = 0; slot < DayGrid::profileSlots; ++slot) {
        const int hour = slot % 24;
        grid.profile[std::size_t(slot)] = slot < 24 && hour >= 8 && hour < 18 ? 1.0 : 0.05;
    }
    return grid;
}

std::optional<EndEstimate> estimate(qint64 start, qint64 earliest, qint64 latest,
                                    const std::vector<qint64> &clicks,
                                    const std::vector<qint64> &typed = {})
{
    static const DayGrid days = week();
    return likelyEnd({start, earliest, latest, &clicks, &typed}, days);
}

QString local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, brussels).toString(u"ddd HH:mm");
}

} // namespace

class TestEndLikelihood : public QObject
{
    Q_OBJECT

private slots:
    // Practices clicking within minutes of 10:40 and a few hours later: the end is just before
    // the first prompt clicks, and its range holds it.
    void promptClicksPlaceTheEnd()
    {
        const std::optional<EndEstimate> found =
            estimate(at(1, 9, 30), at(1, 10, 0), at(1, 18, 0),
                     {at(1, 10, 41), at(1, 10, 42), at(1, 10, 44), at(1, 10, 47), at(1, 11, 20),
                      at(1, 13, 5), at(1, 15, 40)});
        QVERIFY(found);
        QVERIFY2(found->end >= at(1, 10, 33) && found->end <= at(1, 10, 41),
                 qPrintable(local(found->end)));
        QVERIFY(found->low <= found->end && found->end <= found->high);
        QVERIFY2(found->high <= at(1, 10, 45), qPrintable(local(found->high)));
    }

    // Clicks spread over the afternoon, none prompt: the end stays before the first of them.
    void lateClicksDoNotCarryTheEndToThem()
    {
        const std::optional<EndEstimate> found =
            estimate(at(1, 10, 0), at(1, 10, 20), at(1, 18, 20),
                     {at(1, 12, 10), at(1, 14, 0), at(1, 16, 30)});
        QVERIFY(found);
        QVERIFY2(found->end <= at(1, 12, 10), qPrintable(local(found->end)));
    }

    // Ends typed afterwards on the quarter hour, no clicks: the end lies among them.
    void typedEndsAloneGiveTheirMiddle()
    {
        const std::optional<EndEstimate> found =
            estimate(at(1, 9, 0), at(1, 9, 20), at(1, 17, 20), {},
                     {at(1, 11, 0), at(1, 11, 15), at(1, 11, 15), at(1, 11, 30)});
        QVERIFY(found);
        QVERIFY2(found->end >= at(1, 11, 0) && found->end <= at(1, 11, 30),
                 qPrintable(local(found->end)));
    }

    // An evening outage clicked the next morning: the clicks cannot tell 19:00 from 23:00, so no
    // estimate (the caller keeps the end the reports give).
    void eveningEndClickedNextMorningIsNotGuessed()
    {
        QVERIFY(!estimate(at(1, 17, 10), at(1, 17, 40), at(2, 1, 40),
                          {at(2, 8, 3), at(2, 8, 6), at(2, 8, 15), at(2, 9, 40)}));
    }

    // The end is looked for within [earliest, latest] only, to the minute.
    void endStaysWithinItsBounds()
    {
        const std::optional<EndEstimate> found = estimate(at(1, 8, 30), at(1, 9, 30), at(1, 12, 0),
                                                          {at(1, 9, 0), at(1, 9, 1), at(1, 9, 2)});
        QVERIFY(found);
        QCOMPARE_GE(found->low, at(1, 9, 30));
        QCOMPARE_LE(found->high, at(1, 12, 0));
        QCOMPARE(found->end % minuteMs, at(1, 9, 30) % minuteMs);
    }
};

QTEST_GUILESS_MAIN(TestEndLikelihood)
#include "tst_endlikelihood.moc"
