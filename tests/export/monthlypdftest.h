// What the monthly PDF tests share (tst_monthlypdf: the report's content; tst_monthlypdfpagebreaks:
// where its pages break): a synthetic March 2024 with its optional sections, and poppler's tools
// to read a PDF back.
#pragma once

#include "export/monthlypdf.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTimeZone>
#include <QtDebug>

namespace ehb::exporting::test {

// A chart as the Analysis view would grab it: bars on white.
inline QImage chartImage(const QColor &color, int bars)
{
    QImage image(800, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < bars; ++i)
        painter.fillRect(20 + i * 30, 340 - (i * 37) % 300, 20, (i * 37) % 300 + 1, color);
    return image;
}

inline MonthlyReport syntheticMarch(const QLocale &locale, int extraEpisodes)
{
    const QTimeZone brussels("Europe/Brussels");
    MonthlyReport report;
    report.locale = locale;
    report.month = QDate(2024, 3, 14);
    report.tz = QStringLiteral("Europe/Brussels");
    report.summary = {{QStringLiteral("Reports"), locale.toString(1234)},
                      {QStringLiteral("Outage episodes"), QStringLiteral("3")},
                      {QStringLiteral("Worst availability"), QStringLiteral("recip-e")}};
    report.charts = {{QStringLiteral("Reports per day, by service"), chartImage(Qt::darkBlue, 25)},
                     {QStringLiteral("Reports by weekday and hour"), chartImage(Qt::darkRed, 12)}};
    // The downtime and the episodes' minutes with their range, as the Analysis view fills them.
    report.ranges = true;
    const auto minutes = [&locale](double value, double low, double high) {
        return ExportCells::minutesRange(locale, value, low, high);
    };
    report.availability.headers = {
        QStringLiteral("Service"), QStringLiteral("Downtime"), QStringLiteral("Availability (%)"),
        QStringLiteral("Working hours (%)"), QStringLiteral("Meets SLA")};
    report.availability.rows = {
        {QStringLiteral("recip-e"), minutes(1234.4, 1200, 1300), 99.72, 98.61, false},
        {QStringLiteral("eHealthBox"), minutes(0, 0, 0), 100.0, 100.0, true},
        {QStringLiteral("MyCareNet"), minutes(12.25, 3, 12.5), 99.97, 99.9, true}};
    report.episodes.headers = {QStringLiteral("Service"), QStringLiteral("Start"),
                               QStringLiteral("End"),     QStringLiteral("Minutes"),
                               QStringLiteral("Reports"), QStringLiteral("Installations")};
    report.episodes.rows = {
        {QStringLiteral("recip-e"), QDateTime(QDate(2024, 3, 5), QTime(8, 10), brussels),
         QDateTime(QDate(2024, 3, 5), QTime(9, 52), brussels), minutes(102, 95, 110), 17, 12},
        {QStringLiteral("recip-e"), QDateTime(QDate(2024, 3, 31), QTime(1, 40), brussels),
         QDateTime(QDate(2024, 3, 31), QTime(4, 0), brussels), minutes(20, 20, 20), 4, 3},
        {QStringLiteral("MyCareNet"), QDateTime(QDate(2024, 3, 12), QTime(14, 0), brussels),
         QDateTime(QDate(2024, 3, 12), QTime(14, 12), brussels), minutes(12, 3, 12), 9, 6}};
    for (int i = 0; i < extraEpisodes; ++i) {
        const QDateTime start(QDate(2024, 3, 1 + i % 28), QTime(10, i % 60), brussels);
        report.episodes.rows.append({QStringLiteral("eForms %1").arg(i), start, start.addSecs(600),
                                     minutes(10, 2, 12), 5, 3});
    }
    return report;
}

inline QString run(const char *program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(program), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext's text with ligatures spelled out (the font's "ff" glyph reads back as U+FB00) and
// every run of white space, non-breaking ones too, made one space.
inline QString flattened(const QString &text)
{
    QString flat = text.normalized(QString::NormalizationForm_KC);
    flat.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return flat.simplified();
}

// The "What it cost" section as the Analysis view fills it.
inline void addImpact(MonthlyReport &report)
{
    const QTimeZone brussels("Europe/Brussels");
    report.hasImpact = true;
    report.impactSummary = {
        {QStringLiteral("Reports that gave an impact"), QStringLiteral("10 of 26")},
        {QStringLiteral("Minutes lost, as reported"), QStringLiteral("4 h 45 min")},
        {QStringLiteral("Estimate for the practices that gave no minutes"),
         QStringLiteral("≈ 3 h 45 min (an estimate)")}};
    report.impactNote =
        QStringLiteral("Estimate: 9 practices without minutes lost × median 25 min.");
    report.impactServices.headers = {QStringLiteral("Service"), QStringLiteral("Reports"),
                                     QStringLiteral("Minutes lost, reported")};
    report.impactServices.rows = {{QStringLiteral("recip-e"), 20, QStringLiteral("4 h 0 min")},
                                  {QStringLiteral("eHealthBox"), 6, QStringLiteral("45 min")}};
    report.impactEpisodes.headers = {QStringLiteral("Service"), QStringLiteral("Start"),
                                     QStringLiteral("Minutes lost, reported")};
    report.impactEpisodes.rows = {{QStringLiteral("recip-e"),
                                   QDateTime(QDate(2024, 3, 5), QTime(8, 10), brussels),
                                   QStringLiteral("3 h 30 min")}};
}

// "The official record" as the Analysis view fills it.
inline void addOfficial(MonthlyReport &report)
{
    const QTimeZone brussels("Europe/Brussels");
    report.hasOfficial = true;
    report.officialSummary = {
        {QStringLiteral("Outage episodes admitted by the official status page"),
         QStringLiteral("1 of 2")},
        {QStringLiteral("Median lag before it admitted one"), QStringLiteral("25 min")},
        {QStringLiteral("Minutes of outage never admitted"), QStringLiteral("30 min")}};
    report.officialServices.headers = {QStringLiteral("Service"), QStringLiteral("Admitted"),
                                       QStringLiteral("Not admitted")};
    report.officialServices.rows = {
        {QStringLiteral("Recip-e"), QStringLiteral("1"), QStringLiteral("0")},
        {QStringLiteral("eHealthBox"), QStringLiteral("0"), QStringLiteral("1")}};
    report.officialUnadmitted.headers = {QStringLiteral("Service"), QStringLiteral("Start"),
                                         QStringLiteral("Duration")};
    report.officialUnadmitted.rows = {{QStringLiteral("eHealthBox"),
                                       QDateTime(QDate(2024, 3, 20), QTime(13, 0), brussels),
                                       QStringLiteral("30 min")}};
    report.officialUnreported.headers = {QStringLiteral("Service"), QStringLiteral("Start"),
                                         QStringLiteral("Official status")};
    report.officialUnreported.rows = {{QStringLiteral("Chapter IV"),
                                       QDateTime(QDate(2024, 3, 12), QTime(11, 0), brussels),
                                       QStringLiteral("Major outage")}};
}

// A report whose "Method" heading moves down the pages as `filler` summary lines are added.
inline MonthlyReport withFiller(int filler)
{
    MonthlyReport report = syntheticMarch(QLocale(QLocale::English), 0);
    for (int i = 0; i < filler; ++i)
        report.summary.append({QStringLiteral("Filler %1").arg(i), QString::number(i)});
    return report;
}

} // namespace ehb::exporting::test
