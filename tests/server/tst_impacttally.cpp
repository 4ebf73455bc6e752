// The impact figures' arithmetic (ImpactTally): sums, medians from the counts per value (odd,
// even, none), distinct installations, merging two tallies, the estimate (practices without minutes
// lost × the median of those who gave them), the money value, and the impact column's packing
// (AnalysisColumns::impactCode) read back as the analysis reads it.
#include "core/report.h"
#include "server/stats/analysiscolumns.h"
#include "server/stats/impacttally.h"

#include <QTest>

using namespace ehb;
using namespace ehb::server;
using namespace Qt::StringLiterals;

namespace {

AnalysisRow row(qint64 installation, int minutes = -1, int patients = -1, int fallback = 0)
{
    AnalysisRow value;
    value.installationKey = installation;
    value.minutesLost = qint16(minutes);
    value.patients = qint16(patients);
    value.fallback = quint8(fallback);
    return value;
}

std::vector<qint64> histogramOf(const QList<int> &values)
{
    std::vector<qint64> histogram(1441, 0);
    for (const int value : values)
        ++histogram[size_t(value)];
    return histogram;
}

} // namespace

class TestImpactTally final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("expected"); // -1: none
        QTest::newRow("none") << QList<int>{} << -1.0;
        QTest::newRow("one") << QList<int>{17} << 17.0;
        QTest::newRow("odd") << QList<int>{60, 5, 30} << 30.0;
        QTest::newRow("even: mean of the middle two") << QList<int>{10, 45, 20, 30} << 25.0;
        QTest::newRow("even, half minute") << QList<int>{10, 15} << 12.5;
        QTest::newRow("repeated values") << QList<int>{0, 0, 0, 1440} << 0.0;
        QTest::newRow("the bounds") << QList<int>{0, 1440} << 720.0;
    }
    void median()
    {
        QFETCH(QList<int>, values);
        QFETCH(double, expected);
        const std::optional<double> median = ImpactTally::median(histogramOf(values));
        QCOMPARE(median.has_value(), expected >= 0);
        if (median)
            QCOMPARE(*median, expected);
    }

    void estimate()
    {
        QCOMPARE(ImpactTally::estimate(9, 25.0), std::optional<double>(225.0));
        QCOMPARE(ImpactTally::estimate(3, 12.5), std::optional<double>(37.5));
        QCOMPARE(ImpactTally::estimate(0, 30.0), std::optional<double>(0.0));
        QCOMPARE(ImpactTally::estimate(4, std::nullopt), std::optional<double>());
    }

    void moneyValue()
    {
        QCOMPARE(ImpactTally::moneyValue(105, 45), 78.75);
        QCOMPARE(ImpactTally::moneyValue(1, 62.5), 1.04); // 1.0417 to the cent
        QCOMPARE(ImpactTally::moneyValue(0, 60), 0.0);
    }

    void figures()
    {
        ImpactTally tally;
        // Installation 1 gives minutes twice, 2 gives patients only, 3 nothing twice, 4 gives
        // minutes in one report of two: 2 and 3 are the practices without minutes.
        tally.add(row(1, 30, 4, 2));
        tally.add(row(1, 60));
        tally.add(row(2, -1, 3, 1));
        tally.add(row(3));
        tally.add(row(3));
        tally.add(row(4));
        tally.add(row(4, 5, 0, 4));
        const ImpactFigures figures = tally.figures();
        QCOMPARE(figures.reports, 7);
        QCOMPARE(figures.reportsWithImpact, 4);
        QCOMPARE(figures.installations, 4);
        QCOMPARE(figures.minutesLostReported, 95);
        QCOMPARE(figures.minutesLostReports, 3);
        QCOMPARE(figures.minutesLostMedian, std::optional<double>(30.0));
        QCOMPARE(figures.patientsReported, 7);
        QCOMPARE(figures.patientsReports, 3);
        QCOMPARE(figures.patientsMedian, std::optional<double>(3.0));
        QCOMPARE(figures.fallback, (QList<qint64>{1, 1, 0, 1})); // none, paper, later, other
        QCOMPARE(figures.installationsWithoutMinutes, 2);
        QCOMPARE(figures.minutesLostEstimated, std::optional<double>(60.0));
    }

    void nothingGiven()
    {
        ImpactTally tally;
        tally.add(row(1));
        tally.add(row(2));
        const ImpactFigures figures = tally.figures();
        QCOMPARE(figures.reports, 2);
        QCOMPARE(figures.reportsWithImpact, 0);
        QCOMPARE(figures.installationsWithoutMinutes, 2);
        QVERIFY(!figures.minutesLostMedian);
        QVERIFY(!figures.minutesLostEstimated); // no median to estimate from
        QCOMPARE(ImpactTally().figures().installations, 0);
    }

    // Merging the tallies of two halves gives what adding every row to one gives; 300
    // installations (the key table grows several times, key 0 among them), some in both halves.
    void mergeEqualsAddingTheRows()
    {
        ImpactTally all;
        ImpactTally first;
        ImpactTally second;
        for (int i = 0; i < 600; ++i) {
            const AnalysisRow value =
                row(i % 300, i % 7 == 0 ? i % 1441 : -1, i % 11 == 0 ? i % 501 : -1, i % 5);
            all.add(value);
            (i < 350 ? first : second).add(value);
        }
        first.merge(second);
        const ImpactFigures expected = all.figures();
        const ImpactFigures merged = first.figures();
        QCOMPARE(expected.installations, 300);
        QCOMPARE(expected.reports, 600);
        QCOMPARE(merged.reports, expected.reports);
        QCOMPARE(merged.reportsWithImpact, expected.reportsWithImpact);
        QCOMPARE(merged.installations, expected.installations);
        QCOMPARE(merged.minutesLostReported, expected.minutesLostReported);
        QCOMPARE(merged.minutesLostReports, expected.minutesLostReports);
        QCOMPARE(merged.minutesLostMedian, expected.minutesLostMedian);
        QCOMPARE(merged.patientsReported, expected.patientsReported);
        QCOMPARE(merged.patientsMedian, expected.patientsMedian);
        QCOMPARE(merged.fallback, expected.fallback);
        QCOMPARE(merged.installationsWithoutMinutes, expected.installationsWithoutMinutes);
        QCOMPARE(merged.minutesLostEstimated, expected.minutesLostEstimated);
        // Installations with i % 300 in {0, 7, 14, ...} or whose second report is a multiple
        // of 7 gave minutes; the others did not.
        qint64 withMinutes = 0;
        for (int key = 0; key < 300; ++key)
            withMinutes += key % 7 == 0 || (key + 300) % 7 == 0 ? 1 : 0;
        QCOMPARE(expected.installationsWithoutMinutes, 300 - withMinutes);
    }

    void impactCodeRoundTrip_data()
    {
        QTest::addColumn<int>("minutes"); // -1: not given
        QTest::addColumn<int>("patients");
        QTest::addColumn<QString>("fallback");
        QTest::newRow("all") << 1440 << 500 << u"other"_s;
        QTest::newRow("zeros") << 0 << 0 << u"none"_s;
        QTest::newRow("minutes only") << 25 << -1 << QString();
        QTest::newRow("patients only") << -1 << 3 << QString();
        QTest::newRow("fallback only") << -1 << -1 << u"paper"_s;
        QTest::newRow("later") << 60 << 2 << u"later"_s;
    }
    void impactCodeRoundTrip()
    {
        QFETCH(int, minutes);
        QFETCH(int, patients);
        QFETCH(QString, fallback);
        Impact impact;
        if (minutes >= 0)
            impact.minutesLost = minutes;
        if (patients >= 0)
            impact.patients = patients;
        impact.fallback = fallback;
        const std::optional<int> code = AnalysisColumns::impactCode(impact);
        QVERIFY(code && *code > 0);
        AnalysisRow read;
        AnalysisColumns::unpackImpact(*code, read);
        QCOMPARE(read.minutesLost, minutes);
        QCOMPARE(read.patients, patients);
        QCOMPARE(read.fallback, quint8(knownFallbacks().indexOf(fallback) + 1));
        QVERIFY(read.hasImpact());
    }

    void noImpactNoCode()
    {
        QVERIFY(!AnalysisColumns::impactCode(Impact()));
        AnalysisRow read;
        AnalysisColumns::unpackImpact(0, read);
        QVERIFY(!read.hasImpact());
    }
};

QTEST_GUILESS_MAIN(TestImpactTally)
#include "tst_impacttally.moc"
