// The live level: distinct installations now against the median of the baseline weeks.
#include "analysis/livelevel.h"

#include <QTest>

using namespace ehb::analysis;

Q_DECLARE_METATYPE(ehb::analysis::LiveLevel)

namespace {

QList<LiveCounts> weeks(std::initializer_list<int> installations)
{
    QList<LiveCounts> list;
    for (const int count : installations)
        list.append({count * 2, count});
    return list;
}

} // namespace

class TestLiveLevel : public QObject
{
    Q_OBJECT

private slots:
    void level_data();
    void level();
    void usual();
    void thresholdsAreParameters();
    void names();
};

void TestLiveLevel::level_data()
{
    QTest::addColumn<int>("reports");
    QTest::addColumn<int>("installations");
    QTest::addColumn<QList<LiveCounts>>("baseline");
    QTest::addColumn<LiveLevel>("expected");

    const QList<LiveCounts> quiet = weeks({0, 0, 0, 0});
    QTest::newRow("nothing") << 0 << 0 << quiet << LiveLevel::Normal;
    QTest::newRow("one practice, 20 reports") << 20 << 1 << quiet << LiveLevel::Normal;
    QTest::newRow("two practices") << 2 << 2 << quiet << LiveLevel::Possible;
    QTest::newRow("three practices") << 3 << 3 << quiet << LiveLevel::Outage;
    QTest::newRow("no baseline, three") << 3 << 3 << QList<LiveCounts>() << LiveLevel::Outage;
    // Usual 2: possible from 2 + 2 = 4, outage from 3 + 2 x 2 = 7.
    const QList<LiveCounts> busy = weeks({2, 1, 3, 2});
    QTest::newRow("busy service, three") << 5 << 3 << busy << LiveLevel::Normal;
    QTest::newRow("busy service, four") << 6 << 4 << busy << LiveLevel::Possible;
    QTest::newRow("busy service, six") << 9 << 6 << busy << LiveLevel::Possible;
    QTest::newRow("busy service, seven") << 9 << 7 << busy << LiveLevel::Outage;
    // One past outage among the baseline weeks does not raise the bar (median 0).
    QTest::newRow("past outage in the baseline")
        << 3 << 3 << weeks({0, 40, 0, 0}) << LiveLevel::Outage;
    // Two of four weeks with 1: usual 0.5 -> possible from 2.5, outage from 4.
    QTest::newRow("usual 0.5, two") << 2 << 2 << weeks({1, 0, 1, 0}) << LiveLevel::Normal;
    QTest::newRow("usual 0.5, three") << 3 << 3 << weeks({1, 0, 1, 0}) << LiveLevel::Possible;
    QTest::newRow("usual 0.5, four") << 4 << 4 << weeks({1, 0, 1, 0}) << LiveLevel::Outage;
}

void TestLiveLevel::level()
{
    QFETCH(int, reports);
    QFETCH(int, installations);
    QFETCH(QList<LiveCounts>, baseline);
    QFETCH(LiveLevel, expected);
    QCOMPARE(liveLevel({reports, installations}, baseline, {}), expected);
}

void TestLiveLevel::usual()
{
    QCOMPARE(usualInstallations({}), 0.0);
    QCOMPARE(usualInstallations(weeks({5})), 5.0);
    QCOMPARE(usualInstallations(weeks({4, 0, 9})), 4.0);
    QCOMPARE(usualInstallations(weeks({4, 0, 9, 2})), 3.0);
    QCOMPARE(usualInstallations(weeks({-3, 1})), 0.5); // nonsense counts are 0
}

void TestLiveLevel::thresholdsAreParameters()
{
    LiveParameters strict;
    strict.outageInstallations = 5;
    strict.possibleInstallations = 3;
    QCOMPARE(liveLevel({4, 4}, {}, strict), LiveLevel::Possible);
    QCOMPARE(liveLevel({5, 5}, {}, strict), LiveLevel::Outage);
    // Even if told otherwise, one installation never raises the level.
    LiveParameters careless;
    careless.outageInstallations = 1;
    careless.possibleInstallations = 0;
    QCOMPARE(liveLevel({30, 1}, {}, careless), LiveLevel::Normal);
    QCOMPARE(liveLevel({2, 2}, {}, careless), LiveLevel::Outage);
}

void TestLiveLevel::names()
{
    QCOMPARE(liveLevelName(LiveLevel::Normal), QStringLiteral("normal"));
    QCOMPARE(liveLevelName(LiveLevel::Possible), QStringLiteral("possible"));
    QCOMPARE(liveLevelName(LiveLevel::Outage), QStringLiteral("outage"));
    QCOMPARE(liveLevelDisplayName(LiveLevel::Outage), QStringLiteral("Outage"));
    QVERIFY(liveLevelDisplayName(LiveLevel::Normal) != liveLevelDisplayName(LiveLevel::Possible));
}

QTEST_GUILESS_MAIN(TestLiveLevel)
#include "tst_livelevel.moc"
