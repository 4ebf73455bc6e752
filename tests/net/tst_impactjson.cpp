// The impact figures' JSON (GET /api/v1/stats/impact) read into plain values: every figure of a
// known answer, money only with an hourly value, figures an older or newer server leaves out or
// adds, and the wrong ones named.
#include "core/timeutil.h"
#include "net/statsjson.h"
#include "statssamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ehb;

class TestImpactJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFigures();
    void impactWithoutMoney();
    void impactIsTolerant_data();
    void impactIsTolerant();
    void impactRefusesWrongFigures_data();
    void impactRefusesWrongFigures();
};

void TestImpactJson::parsesTheFigures()
{
    const Result<stats::Impact> parsed = stats::StatsJson::impact(test::samples::impact());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const stats::Impact &answer = parsed.value();
    QCOMPARE(answer.tz, QStringLiteral("Europe/Brussels"));
    QCOMPARE(answer.hourlyValue, std::optional<double>(90));
    QCOMPARE(answer.services.size(), 14);
    const stats::ServiceImpact *recipe = answer.findService(QStringLiteral("recip-e"));
    QVERIFY(recipe);
    QCOMPARE(recipe->figures.reports, 20);
    QCOMPARE(recipe->figures.reportsWithImpact, 8);
    QCOMPARE(recipe->figures.installations, 14);
    QCOMPARE(recipe->figures.minutesLostReported, 240.0);
    QCOMPARE(recipe->figures.minutesLostMedian, std::optional<double>(30));
    QCOMPARE(recipe->figures.minutesLostReports, 8);
    QCOMPARE(recipe->figures.installationsWithoutMinutes, 6);
    QCOMPARE(recipe->figures.minutesLostEstimated, std::optional<double>(180));
    QCOMPARE(recipe->figures.patientsReported, 40.0);
    QCOMPARE(recipe->figures.patientsMedian, std::optional<double>(5));
    QCOMPARE(recipe->figures.fallback, (std::array<qint64, 4>{1, 4, 2, 1}));
    QCOMPARE(recipe->figures.valueLostReported, std::optional<double>(360));
    QCOMPARE(recipe->figures.valueLostEstimated, std::optional<double>(270));
    const stats::ServiceImpact *other = answer.findService(QStringLiteral("chapter-iv"));
    QVERIFY(other);
    QCOMPARE(other->figures.reports, 0);
    QVERIFY(!other->figures.minutesLostMedian);
    QVERIFY(!other->figures.minutesLostEstimated);
    QVERIFY(!other->figures.valueLostEstimated);
    QCOMPARE(answer.episodes.size(), 2);
    // Found by service and start as the episodes endpoint gives them.
    const stats::EpisodeImpact *episode =
        answer.findEpisode(QStringLiteral("recip-e"), utcDateTime(QDate(2025, 3, 5), QTime(8, 0)));
    QVERIFY(episode);
    QCOMPARE(episode->id, QStringLiteral("recip-e@2025-03-05T08:00:00Z"));
    QCOMPARE(episode->figures.minutesLostReported, 210.0);
    QCOMPARE(episode->figures.minutesLostEstimated, std::optional<double>(150));
    QVERIFY(!answer.findEpisode(QStringLiteral("ehealthbox"),
                                utcDateTime(QDate(2025, 3, 5), QTime(8, 0))));
    QCOMPARE(answer.totals.reports, 26);
    QCOMPARE(answer.totals.minutesLostReported, 285.0);
    QCOMPARE(answer.totals.minutesLostEstimated, std::optional<double>(225));
    QCOMPARE(answer.totals.fallback, (std::array<qint64, 4>{1, 6, 2, 1}));
}

void TestImpactJson::impactWithoutMoney()
{
    const Result<stats::Impact> parsed = stats::StatsJson::impact(test::samples::impact(false));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QVERIFY(!parsed->hourlyValue);
    QVERIFY(!parsed->totals.valueLostReported);
    QVERIFY(!parsed->totals.valueLostEstimated);
    QCOMPARE(parsed->totals.minutesLostReported, 285.0);
}

void TestImpactJson::impactIsTolerant_data()
{
    QTest::addColumn<QString>("remove"); // a key of the totals to take out
    QTest::newRow("no patients") << QStringLiteral("patients_reported");
    QTest::newRow("no fallback") << QStringLiteral("fallback");
    QTest::newRow("no median") << QStringLiteral("minutes_lost_median");
    QTest::newRow("no estimate") << QStringLiteral("minutes_lost_estimated");
    QTest::newRow("no count without minutes") << QStringLiteral("installations_without_minutes");
}

void TestImpactJson::impactIsTolerant()
{
    QFETCH(QString, remove);
    QJsonObject body = QJsonDocument::fromJson(test::samples::impact()).object();
    QJsonObject totals = body.value(QStringLiteral("totals")).toObject();
    totals.remove(remove);
    // Something a newer server might add, in the figures and in a fallback mix.
    totals.insert(QStringLiteral("hours_lost_future"), 3);
    QJsonObject fallback = totals.value(QStringLiteral("fallback")).toObject();
    if (!fallback.isEmpty()) {
        fallback.insert(QStringLiteral("fax"), 2);
        totals.insert(QStringLiteral("fallback"), fallback);
    }
    body.insert(QStringLiteral("totals"), totals);
    const Result<stats::Impact> parsed =
        stats::StatsJson::impact(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed->totals.reports, 26);
    QCOMPARE(parsed->totals.minutesLostReported, 285.0);
    QCOMPARE(parsed->totals.patientsReported,
             remove == QLatin1String("patients_reported") ? 0 : 46);
    QCOMPARE(parsed->totals.minutesLostMedian.has_value(),
             remove != QLatin1String("minutes_lost_median"));
    QCOMPARE(parsed->totals.fallback.at(1), remove == QLatin1String("fallback") ? 0 : 6);
}

void TestImpactJson::impactRefusesWrongFigures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("at");
    QTest::newRow("reports missing")
        << QStringLiteral("reports") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("totals.reports");
    QTest::newRow("reports as text")
        << QStringLiteral("reports") << QJsonValue(QStringLiteral("26"))
        << QStringLiteral("totals.reports");
    QTest::newRow("reports not whole")
        << QStringLiteral("reports") << QJsonValue(2.5) << QStringLiteral("totals.reports");
    QTest::newRow("negative minutes") << QStringLiteral("minutes_lost_reported") << QJsonValue(-4)
                                      << QStringLiteral("totals.minutes_lost_reported");
    QTest::newRow("median as text")
        << QStringLiteral("minutes_lost_median") << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("totals.minutes_lost_median");
    QTest::newRow("more with impact than reports")
        << QStringLiteral("reports_with_impact") << QJsonValue(27)
        << QStringLiteral("totals.reports_with_impact");
    QTest::newRow("fallback as a list") << QStringLiteral("fallback") << QJsonValue(QJsonArray{1})
                                        << QStringLiteral("totals.fallback");
}

void TestImpactJson::impactRefusesWrongFigures()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, at);
    QJsonObject body = QJsonDocument::fromJson(test::samples::impact()).object();
    QJsonObject totals = body.value(QStringLiteral("totals")).toObject();
    if (value.isUndefined())
        totals.remove(key);
    else
        totals.insert(key, value);
    body.insert(QStringLiteral("totals"), totals);
    const Result<stats::Impact> parsed =
        stats::StatsJson::impact(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(QLatin1Char('"') + at + QLatin1Char('"')),
             qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestImpactJson)
#include "tst_impactjson.moc"
