#include "export/monthlypdf.h"

#include "export/exportfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace ehb::exporting {

namespace {

constexpr int resolutionDpi = 300;
constexpr qreal bodyPointSize = 9.5;
// Sizes in QTextDocument HTML are CSS pixels (1/96 inch), scaled to the device when laid out.
constexpr qreal cssPixelsPerInch = 96.0;

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString monthName(const QLocale &locale, const QDate &month)
{
    return locale.standaloneMonthName(month.month()) + QLatin1Char(' ') +
           QString::number(month.year());
}

QString tableHtml(const Table &table, const QLocale &locale)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                  "border-color: #9a9a9a;\">");
    if (!table.headers.isEmpty()) {
        html += QLatin1String("<thead><tr>");
        for (const QString &header : table.headers)
            html += QLatin1String("<th bgcolor=\"#e6e6e6\" align=\"left\">") + escaped(header) +
                    QLatin1String("</th>");
        html += QLatin1String("</tr></thead>");
    }
    for (const QVariantList &row : table.rows) {
        html += QLatin1String("<tr>");
        for (const QVariant &cell : row) {
            const QString text = ExportCells::display(cell, locale);
            // The lengths ExportCells::minutes() keeps together stay on one line.
            const bool number = ExportCells::isNumber(cell);
            const bool oneLine = text.contains(QChar(QChar::Nbsp));
            html += QLatin1String("<td") +
                    (number ? QLatin1String(" align=\"right\"") : QLatin1String()) +
                    (oneLine ? QLatin1String(" style=\"white-space: nowrap;\"") : QLatin1String()) +
                    QLatin1Char('>') + escaped(text) + QLatin1String("</td>");
        }
        html += QLatin1String("</tr>");
    }
    return html + QLatin1String("</table>");
}

} // namespace

QString MonthlyPdf::title(const MonthlyReport &report)
{
    return tr("eHealth Bugs — monthly report, %1").arg(monthName(report.locale, report.month));
}

namespace {

QString heading(const QString &text)
{
    return QLatin1String("<h2>") + escaped(text) + QLatin1String("</h2>");
}

QString paragraph(const QString &text)
{
    return QLatin1String("<p>") + escaped(text) + QLatin1String("</p>");
}

// The charts as <img> elements whose images go into the document's resources, scaled down to
// fit a page body of `bodyCss` (CSS pixels) with room left for the caption.
QString chartsHtml(const MonthlyReport &report, const QSizeF &bodyCss, QTextDocument &document)
{
    QString html;
    for (qsizetype i = 0; i < report.charts.size(); ++i) {
        const QImage &image = report.charts.at(i).second;
        if (image.isNull())
            continue;
        const QSizeF natural = image.deviceIndependentSize();
        const qreal scale = std::min(
            {1.0, bodyCss.width() / natural.width(), 0.8 * bodyCss.height() / natural.height()});
        const QUrl url(QStringLiteral("ehb-chart-%1.png").arg(i));
        document.addResource(QTextDocument::ImageResource, url, image);
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" "
                               "height=\"%3\"><br><i>%4</i></p>")
                    .arg(url.toString())
                    .arg(qRound(natural.width() * scale))
                    .arg(qRound(natural.height() * scale))
                    .arg(escaped(report.charts.at(i).first));
    }
    return html;
}

QString reportHtml(const MonthlyReport &report, const QSizeF &bodyCss, QTextDocument &document)
{
    const QLocale &locale = report.locale;
    const QDate first(report.month.year(), report.month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    //: Date format of the monthly report's period line (QDate::toString format).
    const QString dateFormat = MonthlyPdf::tr("d MMMM yyyy");

    QString html = QLatin1String("<html><body><h1>") + escaped(MonthlyPdf::title(report)) +
                   QLatin1String("</h1>");
    html += paragraph(
        MonthlyPdf::tr("Period: %1 to %2 included, local time in the time zone %3.")
            .arg(locale.toString(first, dateFormat), locale.toString(last, dateFormat), report.tz));

    if (!report.summary.isEmpty()) {
        html += heading(MonthlyPdf::tr("Summary"));
        html += QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const QStringList &line : report.summary) {
            html += QLatin1String("<tr><td>") + escaped(line.value(0)) +
                    QLatin1String("</td><td width=\"16\"></td><td><b>") + escaped(line.value(1)) +
                    QLatin1String("</b></td></tr>");
        }
        html += QLatin1String("</table>");
    }
    if (report.ranges) {
        //: %1 is an example, "162 min, 150–171".
        html += paragraph(MonthlyPdf::tr("A length in minutes is followed by its range, as in "
                                         "“%1”: from the shortest to the longest the reports "
                                         "allow (a first estimate).")
                              .arg(ExportCells::minutesRange(locale, 162, 150, 171)));
    }

    const QString charts = chartsHtml(report, bodyCss, document);
    if (!charts.isEmpty())
        html += heading(MonthlyPdf::tr("Charts")) + charts;

    html += heading(MonthlyPdf::tr("Availability by service"));
    html += paragraph(MonthlyPdf::tr("Service level target: an availability of at least %1, over "
                                     "the whole month and in working hours.")
                          .arg(MethodNote::percent(locale, report.method.slaTarget)));
    html += tableHtml(report.availability, locale);

    html += heading(MonthlyPdf::tr("Outage episodes"));
    if (report.episodes.rows.isEmpty())
        html += paragraph(MonthlyPdf::tr("No outage episode this month."));
    else
        html += tableHtml(report.episodes, locale);

    html += heading(MonthlyPdf::tr("Method"));
    const QStringList paragraphs =
        MethodNote::text(locale, report.method).split(QLatin1String("\n\n"), Qt::SkipEmptyParts);
    for (const QString &text : paragraphs)
        html += paragraph(text);
    return html + QLatin1String("</body></html>");
}

} // namespace

Result<QByteArray> MonthlyPdf::render(const MonthlyReport &report)
{
    if (!report.month.isValid())
        return fail(tr("The report has no valid month."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(resolutionDpi);
    writer.setTitle(title(report));
    writer.setCreator(QStringLiteral("eHealth Bugs " EHB_VERSION));

    // The document is laid out for the PDF device itself, in its pixels, one page body at a
    // time; the bottom of each page is left for the footer.
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPointSize);
    QTextDocument document;
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&writer);
    const QRectF paintRect = writer.pageLayout().paintRectPixels(resolutionDpi);
    const qreal footerHeight = QFontMetricsF(font, &writer).height() * 2.5;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(body);
    document.setHtml(reportHtml(report, body * (cssPixelsPerInch / resolutionDpi), document));

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("Could not start the PDF document."));
    const int pages = document.pageCount();
    const QString footerLeft = title(report);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF source(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -source.top());
        document.drawContents(&painter, source);
        painter.restore();

        painter.setFont(font);
        painter.setPen(Qt::darkGray);
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return fail(tr("Could not finish the PDF document."));
    buffer.close();
    return bytes;
}

Result<void> writeMonthlyPdf(const MonthlyReport &report, const QString &path)
{
    const Result<QByteArray> pdf = MonthlyPdf::render(report);
    if (!pdf)
        return fail(pdf.error());
    return writeFile(path, *pdf);
}

} // namespace ehb::exporting
