// Each Analysis chart drawn offscreen with known figures: what it shows is checked in the
// picture (colours of bars, cells and episodes; the legend's scale) and in its geometry (bar
// heights, stacking order, time positions), its tooltips, its table for export, and that it
// takes its texts again on a language change.
#include "core/symptoms.h"
#include "core/timeutil.h"
#include "net/statsjson.h"
#include "statssamples.h"
#include "ui/analysis/availabilitymodel.h"
#include "ui/analysis/availabilityview.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace ehb;

namespace {

const QRectF Area(0, 0, 960, 420);

QImage render(const ChartWidget &chart)
{
    // Scale 1: one image pixel per chart unit, so geometry and pixels line up.
    return chart.exportImage(Area.size().toSize(), 1);
}

QColor pixel(const QImage &image, const QPointF &point)
{
    return image.pixelColor(point.toPoint());
}

// Colours compared channel by channel within `tolerance`.
bool near(const QColor &a, const QColor &b, int tolerance = 0)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}

QByteArray describe(const QColor &a, const QColor &b)
{
    return (a.name() + QStringLiteral(" vs ") + b.name()).toUtf8();
}

template <typename T> T parsed(Result<T> result)
{
    if (!result)
        qFatal("sample does not parse: %s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void frequencyStacksServicesInCatalogueOrder();
    void frequencyBarsFollowTheCounts();
    void frequencyTooltipAndTable();
    void heatmapCellsMatchTheLegend();
    void heatmapIsMondayFirstWithLocalHours();
    void timelinePlacesEpisodesInTime();
    void timelineDrawsTheRanges();
    void timelineRowsAndTooltip();
    void rankingsShowTranslatedLabels();
    void availabilityTableShowsTheSla();
    void emptyChartsSaySo();
    void languageChangeRetranslates();
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCharts::frequencyStacksServicesInCatalogueOrder()
{
    FrequencyChart chart;
    chart.setData(parsed(stats::StatsJson::frequency(test::samples::frequency())));
    // The server lists services alphabetically; the chart stacks them in catalogue order.
    QCOMPARE(chart.data().services.at(0).service, QStringLiteral("recip-e"));
    QCOMPARE(chart.data().services.at(1).service, QStringLiteral("ehealthbox"));

    const QRectF recipe = chart.barRect(0, 0, Area);
    const QRectF box = chart.barRect(0, 1, Area);
    QVERIFY(!recipe.isEmpty() && !box.isEmpty());
    // Recip-e at the bottom, eHealthBox right on top of it, in the same column.
    QVERIFY(qAbs(box.bottom() - recipe.top()) < 0.01);
    QCOMPARE(box.left(), recipe.left());

    const QImage image = render(chart);
    const QColor recipeColor = ChartStyle::serviceColor(QStringLiteral("recip-e"));
    const QColor boxColor = ChartStyle::serviceColor(QStringLiteral("ehealthbox"));
    QVERIFY(recipeColor != boxColor);
    QVERIFY2(near(pixel(image, recipe.center()), recipeColor),
             describe(pixel(image, recipe.center()), recipeColor).constData());
    QVERIFY2(near(pixel(image, box.center()), boxColor),
             describe(pixel(image, box.center()), boxColor).constData());
    // Above the stack: background.
    QVERIFY(
        near(pixel(image, box.topLeft() + QPointF(box.width() / 2, -3)), ChartStyle::background()));
}

void TestCharts::frequencyBarsFollowTheCounts()
{
    FrequencyChart chart;
    chart.setData(parsed(stats::StatsJson::frequency(test::samples::frequency())));
    // recip-e: 5, 10, 0; ehealthbox: 2, 0, 7.
    const double five = chart.barRect(0, 0, Area).height();
    const double ten = chart.barRect(1, 0, Area).height();
    const double two = chart.barRect(0, 1, Area).height();
    const double seven = chart.barRect(2, 1, Area).height();
    QVERIFY(five > 0);
    QVERIFY(qAbs(ten / five - 2.0) < 1e-6);
    QVERIFY(qAbs(seven / two - 3.5) < 1e-6);
    QVERIFY(chart.barRect(2, 0, Area).isEmpty()); // 0 reports: no bar
    QVERIFY(chart.barRect(1, 1, Area).isEmpty());
    // Bucket totals 7, 10, 7: the middle column is the tallest, the outer two are equal.
    const double top0 = chart.barRect(0, 1, Area).top();
    const double top1 = chart.barRect(1, 0, Area).top();
    const double top2 = chart.barRect(2, 1, Area).top();
    QVERIFY(top1 < top0);
    QVERIFY(qAbs(top0 - top2) < 0.01);
    // Columns left to right in time.
    QVERIFY(chart.barRect(0, 0, Area).left() < chart.barRect(1, 0, Area).left());
    QVERIFY(chart.barRect(1, 0, Area).left() < chart.barRect(2, 1, Area).left());
    // The colour is really there in the picture, from bottom to top of the bar.
    const QImage image = render(chart);
    const QRectF bar = chart.barRect(1, 0, Area);
    const QColor recipeColor = ChartStyle::serviceColor(QStringLiteral("recip-e"));
    QVERIFY(near(pixel(image, QPointF(bar.center().x(), bar.top() + 2)), recipeColor));
    QVERIFY(near(pixel(image, QPointF(bar.center().x(), bar.bottom() - 2)), recipeColor));
}

void TestCharts::frequencyTooltipAndTable()
{
    FrequencyChart chart;
    chart.setData(parsed(stats::StatsJson::frequency(test::samples::frequency())));
    QCOMPARE(chart.caption(), QStringLiteral("Reports per day"));
    QCOMPARE(chart.bucketLabel(1), QStringLiteral("4 Mar"));
    const QString tip = chart.toolTipAt(chart.barRect(0, 0, Area).center(), Area);
    // No translator is loaded: plural forms read as in the source, "report(s)".
    QCOMPARE(tip, QStringLiteral("3 Mar: 7 report(s)\neHealthBox: 2 (2 practice(s))\nRecip-e: 5 "
                                 "(4 practice(s))"));

    const DataTable table = chart.exportTable();
    QCOMPARE(table.headers, (QStringList{QStringLiteral("Period start"), QStringLiteral("Service"),
                                         QStringLiteral("Service id"), QStringLiteral("Reports"),
                                         QStringLiteral("Practices")}));
    QCOMPARE(table.rows.size(), 6);
    QCOMPARE(table.rows.at(0).at(0).toDate(), QDate(2025, 3, 3));
    QCOMPARE(table.rows.at(0).at(2).toString(), QStringLiteral("recip-e"));
    QCOMPARE(table.rows.at(0).at(3).toLongLong(), 5);
    QCOMPARE(table.rows.at(0).at(4).toLongLong(), 4);
    QCOMPARE(table.rows.at(5).at(0).toDate(), QDate(2025, 3, 5));
    QCOMPARE(table.rows.at(5).at(2).toString(), QStringLiteral("ehealthbox"));
    QCOMPARE(table.rows.at(5).at(3).toLongLong(), 7);
    QCOMPARE(chart.accessibleDescription(),
             QStringLiteral("24 reports in 3 periods; the most in 4 Mar (10)."));
}

void TestCharts::heatmapCellsMatchTheLegend()
{
    HeatmapChart chart;
    chart.setData(parsed(stats::StatsJson::heatmap(test::samples::heatmap())));
    QCOMPARE(chart.maximum(), 40);
    const QImage image = render(chart);

    // Monday 09:00 (40, the most) is the darkest; an empty hour the lightest.
    const QColor darkest = chart.colorFor(40);
    const QColor lightest = chart.colorFor(0);
    QVERIFY(darkest.lightness() < 80);
    QVERIFY(lightest.lightness() > 240);
    QVERIFY(near(pixel(image, chart.cellRect(0, 9, Area).center()), darkest));
    QVERIFY(near(pixel(image, chart.cellRect(3, 3, Area).center()), lightest));
    // Darker for more: 40 (Mon 9h) > 20 (Sun 23h) > 10 (Tue 14h) > 0.
    const auto lightnessAt = [&](int day, int hour) {
        return pixel(image, chart.cellRect(day, hour, Area).center()).lightness();
    };
    QVERIFY(lightnessAt(0, 9) < lightnessAt(6, 23));
    QVERIFY(lightnessAt(6, 23) < lightnessAt(1, 14));
    QVERIFY(lightnessAt(1, 14) < lightnessAt(2, 14));

    // Each cell's colour is the legend's colour at its count.
    for (const auto &[day, hour, count] : {std::tuple{0, 9, 40}, std::tuple{1, 14, 10},
                                           std::tuple{6, 23, 20}, std::tuple{4, 12, 0}}) {
        const QColor cell = pixel(image, chart.cellRect(day, hour, Area).center());
        QVERIFY2(near(cell, chart.colorFor(count)),
                 describe(cell, chart.colorFor(count)).constData());
        // The legend is painted in steps of a pixel: a neighbour's shade at most.
        QPointF onLegend = chart.legendPoint(count, Area);
        onLegend.setX(std::clamp(onLegend.x(), chart.legendBar(Area).left() + 1,
                                 chart.legendBar(Area).right() - 2));
        const QColor legend = pixel(image, onLegend);
        QVERIFY2(near(cell, legend, 6), describe(cell, legend).constData());
    }
}

void TestCharts::heatmapIsMondayFirstWithLocalHours()
{
    HeatmapChart chart;
    chart.setData(parsed(stats::StatsJson::heatmap(test::samples::heatmap())));
    QCOMPARE(HeatmapChart::weekdayName(0, false), QStringLiteral("Monday"));
    QCOMPARE(HeatmapChart::weekdayName(6, false), QStringLiteral("Sunday"));
    // Monday is the top row; hours go left to right.
    QVERIFY(chart.cellRect(0, 0, Area).top() < chart.cellRect(6, 0, Area).top());
    QVERIFY(chart.cellRect(0, 0, Area).left() < chart.cellRect(0, 23, Area).left());
    QCOMPARE(chart.toolTipAt(chart.cellRect(0, 9, Area).center(), Area),
             QStringLiteral("Monday 09:00–10:00: 40 report(s)"));
    QCOMPARE(chart.toolTipAt(chart.cellRect(6, 23, Area).center(), Area),
             QStringLiteral("Sunday 23:00–24:00: 20 report(s)"));
    const DataTable table = chart.exportTable();
    QCOMPARE(table.headers.size(), 25);
    QCOMPARE(table.headers.at(10), QStringLiteral("09:00"));
    QCOMPARE(table.rows.size(), 7);
    QCOMPARE(table.rows.at(0).at(0).toString(), QStringLiteral("Monday"));
    QCOMPARE(table.rows.at(0).at(10).toLongLong(), 40);
    QCOMPARE(table.rows.at(6).at(24).toLongLong(), 20);
}

void TestCharts::timelinePlacesEpisodesInTime()
{
    // One day, two episodes: the axis is linear in time.
    stats::Episodes day;
    day.from = utcDateTime(QDate(2025, 3, 5), QTime(0, 0));
    day.to = utcDateTime(QDate(2025, 3, 6), QTime(0, 0));
    day.tz = QStringLiteral("Europe/Brussels");
    day.episodes = {{QStringLiteral("recip-e"), utcDateTime(QDate(2025, 3, 5), QTime(6, 0)),
                     utcDateTime(QDate(2025, 3, 5), QTime(12, 0)), 360, 40, 30},
                    {QStringLiteral("recip-e"), utcDateTime(QDate(2025, 3, 5), QTime(18, 0)),
                     utcDateTime(QDate(2025, 3, 5), QTime(19, 0)), 60, 5, 4}};
    TimelineChart chart;
    chart.setData(day);
    const QRectF first = chart.episodeRect(0, Area);
    const QRectF second = chart.episodeRect(1, Area);
    const double left = chart.xFor(day.from, Area);
    const double width = chart.xFor(day.to, Area) - left;
    QVERIFY(width > 500);
    QVERIFY(qAbs(first.left() - (left + width * 6 / 24)) < 0.01);
    QVERIFY(qAbs(first.width() - width * 6 / 24) < 0.01);
    QVERIFY(qAbs(second.left() - (left + width * 18 / 24)) < 0.01);
    QVERIFY(qAbs(second.width() - width / 24) < 0.01);
    QCOMPARE(first.top(), second.top()); // one row: one service

    const QImage image = render(chart);
    const QColor recipe = ChartStyle::serviceColor(QStringLiteral("recip-e"));
    QVERIFY(near(pixel(image, first.center()), recipe));
    QVERIFY(near(pixel(image, second.center()), recipe));
    // Between the two episodes there is no bar.
    QVERIFY(!near(pixel(image, QPointF((first.right() + second.left()) / 2, first.center().y())),
                  recipe, 40));
}

void TestCharts::timelineRowsAndTooltip()
{
    TimelineChart chart;
    chart.setData(parsed(stats::StatsJson::episodes(test::samples::episodes())));
    QCOMPARE(chart.rows(), (QStringList{QStringLiteral("recip-e"), QStringLiteral("ehealthbox")}));
    const QRectF recipe = chart.episodeRect(0, Area); // 5 March
    const QRectF box = chart.episodeRect(1, Area);    // 20 March
    QVERIFY(recipe.top() < box.top());
    QVERIFY(recipe.left() < box.left());
    // An hour in a month is thin, but still drawn.
    QVERIFY(recipe.width() >= 2);
    const QImage image = render(chart);
    QVERIFY(
        near(pixel(image, box.center()), ChartStyle::serviceColor(QStringLiteral("ehealthbox"))));
    const QString tip = chart.toolTipAt(recipe.center(), Area);
    QVERIFY2(tip.startsWith(QLatin1String("Recip-e: ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("60 min (45–67), 17 report(s) from 12 practices")),
             qPrintable(tip));
    // Local time (Brussels, UTC+1 in March before the change): 09:00-10:00, the start between
    // 08:55 and 09:05, the end between 09:50 and 10:02.
    QVERIFY2(tip.contains(QLatin1String("09:00")) && tip.contains(QLatin1String("10:00")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String(" 08:55 and 09:05, end between 09:50 and 10:02.")),
             qPrintable(tip));
    QVERIFY2(tip.endsWith(ChartStyle::rangeMeaning()), qPrintable(tip));
    // With a service chosen, its row is there even without episodes.
    chart.setData(parsed(stats::StatsJson::episodes(test::samples::episodes())),
                  QStringLiteral("internet"));
    QCOMPARE(chart.rows().size(), 3);
    const DataTable table = chart.exportTable();
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(1).toString(), QStringLiteral("recip-e"));
    QCOMPARE(table.rows.at(0).at(2).toDateTime().time(), QTime(9, 0));
    QCOMPARE(table.rows.at(0).at(4).toDouble(), 60.0);
    // The minutes' range, then the edges' ranges in local time.
    QCOMPARE(table.headers.mid(4, 7),
             (QStringList{QStringLiteral("Minutes"), QStringLiteral("Minutes, low"),
                          QStringLiteral("Minutes, high"), QStringLiteral("Start, earliest"),
                          QStringLiteral("Start, latest"), QStringLiteral("End, earliest"),
                          QStringLiteral("End, latest")}));
    QCOMPARE(table.rows.at(0).at(5).toDouble(), 45.0);
    QCOMPARE(table.rows.at(0).at(6).toDouble(), 67.0);
    QCOMPARE(table.rows.at(0).at(7).toDateTime().time(), QTime(8, 55));
    QCOMPARE(table.rows.at(0).at(8).toDateTime().time(), QTime(9, 5));
    QCOMPARE(table.rows.at(0).at(9).toDateTime().time(), QTime(9, 50));
    QCOMPARE(table.rows.at(0).at(10).toDateTime().time(), QTime(10, 2));
    QCOMPARE(table.rows.at(0).at(12).toInt(), 12);
    QCOMPARE(chart.accessibleDescription(),
             QStringLiteral("2 outage episode(s), 90 min (48–97) in all."));
}

void TestCharts::timelineDrawsTheRanges()
{
    // One day, one episode from 08:00 to 12:00 UTC: it may have begun at 06:00 and must have by
    // 09:00; it surely lasted until 10:00 and may have until 14:00.
    const auto at = [](int hour) { return utcDateTime(QDate(2025, 3, 5), QTime(hour, 0)); };
    stats::Episodes day;
    day.from = at(0);
    day.to = at(0).addDays(1);
    day.tz = QStringLiteral("Europe/Brussels");
    stats::Episode episode{QStringLiteral("recip-e"), at(8), at(12), 240, 30, 20};
    episode.hasRange = true;
    episode.startEarliest = at(6);
    episode.startLatest = at(9);
    episode.endEarliest = at(10);
    episode.endLatest = at(14);
    episode.minutesLow = 60;
    episode.minutesHigh = 480;
    day.episodes = {episode};
    TimelineChart chart;
    chart.setData(day);
    QVERIFY(chart.hasRanges());
    const QRectF bar = chart.episodeRect(0, Area);
    const QRectF range = chart.episodeRangeRect(0, Area);
    const QRectF proven = chart.episodeProvenRect(0, Area);
    QVERIFY(qAbs(range.left() - chart.xFor(at(6), Area)) < 0.01);
    QVERIFY(qAbs(range.right() - chart.xFor(at(14), Area)) < 0.01);
    QVERIFY(qAbs(proven.left() - chart.xFor(at(9), Area)) < 0.01);
    QVERIFY(qAbs(proven.right() - chart.xFor(at(10), Area)) < 0.01);
    QVERIFY(range.contains(bar) && bar.contains(proven));

    const QImage image = render(chart);
    const QColor recipe = ChartStyle::serviceColor(QStringLiteral("recip-e"));
    // Proven: solid.
    QVERIFY2(near(pixel(image, proven.center()), recipe),
             describe(pixel(image, proven.center()), recipe).constData());
    // Allowed only (07:00 and 13:00): hatched over a light tint, never solid throughout.
    for (const int hour : {7, 13}) {
        int solid = 0;
        int light = 0;
        const double x = chart.xFor(at(hour), Area);
        for (double dx = -6; dx <= 6; ++dx) {
            const QColor color = pixel(image, QPointF(x + dx, range.center().y()));
            solid += near(color, recipe, 10) ? 1 : 0;
            light += color.lightness() > recipe.lightness() + 40 ? 1 : 0;
        }
        QVERIFY2(solid > 0 && light > 0 && solid < 13, qPrintable(QString::number(hour)));
    }
    // Outside the range: no bar.
    QVERIFY(!near(pixel(image, QPointF(chart.xFor(at(5), Area), range.center().y())), recipe, 60));
    QVERIFY(!near(pixel(image, QPointF(chart.xFor(at(15), Area), range.center().y())), recipe, 60));
    // The start and end found are marked, darker than the service's colour.
    const QColor tick = pixel(image, QPointF(bar.left() + 1, range.center().y()));
    QVERIFY2(tick.lightness() < recipe.lightness() - 30, describe(tick, recipe).constData());
    // Pointing at the hatched part tells of the episode and its ranges.
    const QString tip =
        chart.toolTipAt(QPointF(chart.xFor(at(13), Area), range.center().y()), Area);
    QVERIFY2(tip.contains(QStringLiteral("240 min (60–480)")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Start between 05/03/2025 07:00 and 10:00, end between "
                                        "11:00 and 15:00.")),
             qPrintable(tip));
    // A legend under the axis says what the parts mean, and the chart grows for it.
    TimelineChart plain;
    day.episodes.first().hasRange = false;
    plain.setData(day);
    QVERIFY(!plain.hasRanges());
    QVERIFY(chart.sizeHint().height() > plain.sizeHint().height());
    QCOMPARE(plain.episodeRangeRect(0, Area), plain.episodeRect(0, Area));
    QVERIFY(chart.episodeRect(0, Area).height() < plain.episodeRect(0, Area).height());
    // Over a quarter the same episode is too thin to show its parts: one bar, and no legend.
    day.to = day.from.addDays(92);
    day.episodes.first().hasRange = true;
    chart.setData(day);
    plain.setData([&] {
        stats::Episodes without = day;
        without.episodes.first().hasRange = false;
        return without;
    }());
    QCOMPARE(chart.episodeRect(0, Area), plain.episodeRect(0, Area));
    const QImage month = render(chart);
    const QRectF thin = chart.episodeRangeRect(0, Area);
    QVERIFY(near(pixel(month, thin.center()), recipe));
}

void TestCharts::rankingsShowTranslatedLabels()
{
    const stats::Breakdown breakdown =
        parsed(stats::StatsJson::breakdown(test::samples::breakdown()));
    RankingChart provinces(RankingChart::Kind::Provinces);
    provinces.setData(breakdown.provinces, breakdown.reports);
    QCOMPARE(provinces.label(QStringLiteral("BE-VAN")), QStringLiteral("Antwerp"));
    QCOMPARE(provinces.label(QStringLiteral("BE-WLG")), QStringLiteral("Liège"));
    QCOMPARE(provinces.label(QString()), QStringLiteral("No postcode"));
    // Bars are as long as the counts: Antwerp (40) the longest, Brussels (25) 5/8 of it.
    const double antwerp = provinces.barRect(3, Area).width();
    const double brussels = provinces.barRect(0, Area).width();
    QVERIFY(antwerp > 100);
    QVERIFY(qAbs(brussels / antwerp - 25.0 / 40.0) < 1e-6);
    QCOMPARE(provinces.barRect(1, Area).width(), 0.0);
    const QImage image = render(provinces);
    QVERIFY(near(pixel(image, provinces.barRect(3, Area).center()), ChartStyle::accent()));
    QCOMPARE(provinces.toolTipAt(provinces.barRect(3, Area).center(), Area),
             QStringLiteral("Antwerp: 40 report(s) (40.0 %)"));
    const DataTable table = provinces.exportTable();
    QCOMPARE(table.rows.size(), 12);
    QCOMPARE(table.rows.at(3).at(0).toString(), QStringLiteral("Antwerp"));
    QCOMPARE(table.rows.at(3).at(1).toString(), QStringLiteral("BE-VAN"));
    QCOMPARE(table.rows.at(3).at(3).toDouble(), 40.0);

    RankingChart symptoms(RankingChart::Kind::Symptoms);
    symptoms.setData(breakdown.symptoms, breakdown.reports);
    QCOMPARE(symptoms.label(QStringLiteral("timeout")), Labels::symptom(QStringLiteral("timeout")));
    QVERIFY(symptoms.barRect(0, Area).width() > symptoms.barRect(1, Area).width());
    QVERIFY(symptoms.barRect(1, Area).width() > symptoms.barRect(2, Area).width());

    RankingChart software(RankingChart::Kind::Software);
    software.setData(breakdown.software, breakdown.reports);
    QCOMPARE(software.label(QStringLiteral("HealthOne")), QStringLiteral("HealthOne"));
    QCOMPARE(software.label(QString()), QStringLiteral("Not given or other"));
    // "Not given or other" is grey, not a software of its own.
    const QImage softwareImage = render(software);
    QVERIFY(near(pixel(softwareImage, software.barRect(2, Area).center()), ChartStyle::axis()));
}

void TestCharts::availabilityTableShowsTheSla()
{
    AvailabilityView view;
    view.setData(parsed(stats::StatsJson::episodes(test::samples::episodes())));
    AvailabilityModel *model = view.model();
    QCOMPARE(model->rowCount(), 14);
    const auto text = [&](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    // The brief name in the cell; the full one for screen readers and in the tooltip.
    QCOMPARE(text(1, AvailabilityModel::ServiceColumn), QStringLiteral("Recip-e"));
    QCOMPARE(model->data(model->index(1, 0), Qt::AccessibleTextRole).toString(),
             QStringLiteral("Recip-e (electronic prescription)"));
    QCOMPARE(model->data(model->index(1, 0), Qt::ToolTipRole).toString(),
             QStringLiteral("Recip-e (electronic prescription)"));
    QCOMPARE(text(1, AvailabilityModel::EpisodesColumn), QStringLiteral("1"));
    QCOMPARE(text(1, AvailabilityModel::DowntimeColumn), QStringLiteral("60 min (45–67)"));
    QCOMPARE(text(1, AvailabilityModel::WorkingDowntimeColumn), QStringLiteral("60 min (45–67)"));
    QCOMPARE(
        model->data(model->index(1, AvailabilityModel::DowntimeColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("1 h 0 min found; at least 45 min, at most 1 h 7 min.\n") +
            ChartStyle::rangeMeaning());
    QVERIFY(model->headerData(AvailabilityModel::DowntimeColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .endsWith(ChartStyle::rangeMeaning()));
    QCOMPARE(text(1, AvailabilityModel::AvailabilityColumn), QStringLiteral("99.865 %"));
    QCOMPARE(text(1, AvailabilityModel::SlaColumn), QStringLiteral("✗ Not met"));
    QCOMPARE(model->data(model->index(1, AvailabilityModel::SlaColumn), Qt::BackgroundRole)
                 .value<QColor>(),
             AvailabilityModel::notMetColor());
    QCOMPARE(text(2, AvailabilityModel::ServiceColumn), QStringLiteral("eHealthBox"));
    QCOMPARE(text(2, AvailabilityModel::DowntimeColumn), QStringLiteral("30 min (3–30)"));
    // Known to the minute: no brackets.
    QCOMPARE(text(0, AvailabilityModel::DowntimeColumn), QStringLiteral("0 min"));
    QCOMPARE(text(2, AvailabilityModel::SlaColumn), QStringLiteral("✓ Met"));
    QCOMPARE(text(0, AvailabilityModel::AvailabilityColumn), QStringLiteral("100.000 %"));
    QCOMPARE(model->data(model->index(0, AvailabilityModel::SlaColumn), Qt::BackgroundRole)
                 .value<QColor>(),
             AvailabilityModel::metColor());
    QCOMPARE(model->headerData(AvailabilityModel::SlaColumn, Qt::Horizontal).toString(),
             QStringLiteral("SLA 99.9 %"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("availabilitySummary"))->text(),
             QStringLiteral("SLA target 99.9 %: met by 13 of 14 service(s). In brackets, the "
                            "downtime's range: from the shortest to the longest the reports "
                            "allow; the shortest is the least they show."));

    const DataTable table = view.exportTable();
    QCOMPARE(table.rows.size(), 14);
    QCOMPARE(table.rows.at(1).at(1).toString(), QStringLiteral("recip-e"));
    QCOMPARE(table.rows.at(1).at(3).toDouble(), 60.0);
    QCOMPARE(table.rows.at(1).at(4).toDouble(), 45.0);
    QCOMPARE(table.rows.at(1).at(5).toDouble(), 67.0);
    QCOMPARE(table.rows.at(1).at(6).toDouble(), 99.8654);
    QCOMPARE(table.rows.at(1).at(8).toDouble(), 45.0);
    QCOMPARE(table.rows.at(1).at(9).toDouble(), 67.0);
    QCOMPARE(table.rows.at(1).at(12).toBool(), false);

    // The exported picture shows the "not met" cell in its colour.
    const QImage image = view.exportImage(view.exportSize(), 1);
    QCOMPARE(image.size(), view.exportSize());
    bool notMetShown = false;
    for (int y = 0; y < image.height() && !notMetShown; ++y) {
        for (int x = 0; x < image.width() && !notMetShown; ++x)
            notMetShown = image.pixelColor(x, y) == AvailabilityModel::notMetColor();
    }
    QVERIFY(notMetShown);
}

void TestCharts::emptyChartsSaySo()
{
    FrequencyChart frequency;
    HeatmapChart heatmap;
    TimelineChart timeline;
    RankingChart symptoms(RankingChart::Kind::Symptoms);
    for (ChartWidget *chart :
         std::initializer_list<ChartWidget *>{&frequency, &heatmap, &timeline, &symptoms}) {
        QVERIFY(chart->isEmpty());
        const QImage image = render(*chart);
        // Only the background and the message's text: no bars or cells.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QColor color = image.pixelColor(x, y);
                coloured += color.saturation() > 60 ? 1 : 0;
            }
        }
        QCOMPARE(coloured, 0);
        QVERIFY(!chart->accessibleDescription().isEmpty());
    }
    frequency.setData(parsed(stats::StatsJson::frequency(test::samples::frequency())));
    QVERIFY(!frequency.isEmpty());
    frequency.clear();
    QVERIFY(frequency.isEmpty());
}

void TestCharts::languageChangeRetranslates()
{
    HeatmapChart chart;
    QCOMPARE(chart.accessibleName(), QStringLiteral("Reports by weekday and hour"));
    chart.setAccessibleName(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&chart, &change);
    QCOMPARE(chart.accessibleName(), QStringLiteral("Reports by weekday and hour"));

    AvailabilityView view;
    auto *summary = view.findChild<QLabel *>(QStringLiteral("availabilitySummary"));
    summary->setText(QStringLiteral("stale"));
    QApplication::sendEvent(&view, &change);
    QCOMPARE(summary->text(), QStringLiteral("No availability figures yet."));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
