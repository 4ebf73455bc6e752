// The official status lane of the episode timeline, built from the change log and the official
// outages of the comparison: each component's status until its next change, the worst of a
// service's components, no record before the first, an unknown status apart from both, and the
// outages entered by staff where the log says nothing worse.
#include "ui/analysis/officiallane.h"

#include <QTest>

using namespace ehb;
using Status = OfficialLane::Status;
using Segment = OfficialLane::Segment;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute), QTimeZone::utc());
}

stats::OfficialChange change(const char *component, qint64 sequence, const char *service,
                             stats::OfficialStatus status, const QDateTime &seen)
{
    stats::OfficialChange result;
    result.componentId = QString::fromLatin1(component);
    result.sequence = sequence;
    result.service = QString::fromLatin1(service);
    result.newStatus = status;
    result.seenAt = seen;
    return result;
}

} // namespace

class TestOfficialLane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentsTheWorstOfThem();
    void outagesEnteredByStaffShow();
    void emptyPeriodHasNoLanes();
};

void TestOfficialLane::componentsTheWorstOfThem()
{
    stats::OfficialChanges log;
    using S = stats::OfficialStatus;
    // Given out of order: the lane follows each component's sequence.
    log.changes = {change("b", 2, "recip-e", S::Major, at(10, 12)),
                   change("a", 1, "recip-e", S::Operational, at(2, 0)),
                   change("b", 1, "recip-e", S::Unknown, at(5, 0)),
                   change("b", 3, "recip-e", S::Operational, at(10, 13)),
                   change("a", 2, "recip-e", S::Degraded, at(10, 11)),
                   change("a", 3, "recip-e", S::Operational, at(10, 14)),
                   change("x", 1, "", S::Major, at(3, 0))}; // unmapped: left out
    const auto lanes = OfficialLane::build(log, nullptr, at(1, 0), at(20, 0));
    QCOMPARE(lanes.size(), 1);
    const QList<Segment> expected{{at(1, 0), at(2, 0), Status::NoRecord},
                                  {at(2, 0), at(5, 0), Status::Operational},
                                  // A status name the program does not know, above operational.
                                  {at(5, 0), at(10, 11), Status::Unknown},
                                  {at(10, 11), at(10, 12), Status::Degraded},
                                  {at(10, 12), at(10, 13), Status::Major},
                                  {at(10, 13), at(10, 14), Status::Degraded},
                                  {at(10, 14), at(20, 0), Status::Operational}};
    QCOMPARE(lanes.value(QStringLiteral("recip-e")), expected);
    QVERIFY(OfficialLane::color(Status::Unknown) != OfficialLane::color(Status::NoRecord));
}

void TestOfficialLane::outagesEnteredByStaffShow()
{
    using S = stats::OfficialStatus;
    stats::OfficialChanges log;
    log.changes = {change("a", 1, "recip-e", S::Operational, at(1, 0)),
                   change("a", 2, "recip-e", S::Partial, at(8, 10)),
                   change("a", 3, "recip-e", S::Operational, at(8, 12))};
    stats::Official official;
    official.from = at(1, 0);
    official.to = at(20, 0);
    // An incident entered by staff while the log says operational; one from before the log.
    stats::OfficialEpisode admitted;
    admitted.service = QStringLiteral("recip-e");
    admitted.start = at(8, 9);
    admitted.end = at(8, 20);
    admitted.status = S::Partial;
    admitted.acknowledgedAt = at(8, 10);
    admitted.officialEnd = at(8, 14); // the incident runs past the log's outage
    stats::OfficialEpisode open = admitted;
    open.service = QStringLiteral("ehealthbox");
    open.status = S::Major;
    open.acknowledgedAt = at(15, 0);
    open.officialEnd = QDateTime(); // not over
    official.episodes = {admitted, open};
    official.unreported = {{QStringLiteral("chapter-iv"), at(3, 9), at(3, 10), S::Degraded, 60}};

    const auto lanes = OfficialLane::build(log, &official, at(1, 0), at(20, 0));
    QCOMPARE(lanes.value(QStringLiteral("recip-e")),
             (QList<Segment>{{at(1, 0), at(8, 10), Status::Operational},
                             {at(8, 10), at(8, 14), Status::Partial},
                             {at(8, 14), at(20, 0), Status::Operational}}));
    QCOMPARE(lanes.value(QStringLiteral("ehealthbox")),
             (QList<Segment>{{at(1, 0), at(15, 0), Status::NoRecord},
                             {at(15, 0), at(20, 0), Status::Major}}));
    QCOMPARE(lanes.value(QStringLiteral("chapter-iv")),
             (QList<Segment>{{at(1, 0), at(3, 9), Status::NoRecord},
                             {at(3, 9), at(3, 10), Status::Degraded},
                             {at(3, 10), at(20, 0), Status::NoRecord}}));
}

void TestOfficialLane::emptyPeriodHasNoLanes()
{
    stats::OfficialChanges log;
    log.changes = {change("a", 1, "recip-e", stats::OfficialStatus::Operational, at(1, 0))};
    QVERIFY(OfficialLane::build(log, nullptr, {}, {}).isEmpty());
    QVERIFY(OfficialLane::build(log, nullptr, at(5, 0), at(5, 0)).isEmpty());
}

QTEST_MAIN(TestOfficialLane)
#include "tst_officiallane.moc"
