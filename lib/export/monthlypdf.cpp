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

// A single short word ("Patients", "eHealthBox") is never broken inside: in a narrow column Qt
// would rather cut it than widen the column.
bool oneWord(const QString &text)
{
    return text.size() <= 16 &&
           std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Tables of many columns (the impact per service) are set smaller, so that French and Dutch
// headers wrap between words, not inside them.
constexpr int manyColumns = 7;

QString cellStyle(bool oneLine, bool compact)
{
    if (!oneLine && !compact)
        return {};
    return QLatin1String(" style=\"") +
           (oneLine ? QLatin1String("white-space: nowrap; ") : QLatin1String()) +
           (compact ? QLatin1String("font-size: 7pt;") : QLatin1String()) + QLatin1Char('"');
}

QString tableStart(const Table &table, bool newPage)
{
    const bool compact = table.headers.size() >= manyColumns;
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                  "border-color: #9a9a9a;") +
                   (newPage ? QLatin1String(" page-break-before: always;") : QLatin1String()) +
                   QLatin1String("\">");
    if (!table.headers.isEmpty()) {
        html += QLatin1String("<thead><tr>");
        for (const QString &header : table.headers)
            html += QLatin1String("<th bgcolor=\"#e6e6e6\" align=\"left\"") +
                    cellStyle(oneWord(header), compact) + QLatin1Char('>') + escaped(header) +
                    QLatin1String("</th>");
        html += QLatin1String("</tr></thead>");
    }
    return html;
}

QString rowHtml(const QVariantList &row, const QLocale &locale)
{
    const bool compact = row.size() >= manyColumns;
    QString html = QLatin1String("<tr>");
    for (const QVariant &cell : row) {
        const QString text = ExportCells::display(cell, locale);
        // The lengths ExportCells::minutes() keeps together stay on one line.
        const bool number = ExportCells::isNumber(cell);
        const bool oneLine = text.contains(QChar(QChar::Nbsp)) || oneWord(text);
        html +=
            QLatin1String("<td") + (number ? QLatin1String(" align=\"right\"") : QLatin1String()) +
            cellStyle(oneLine, compact) + QLatin1Char('>') + escaped(text) + QLatin1String("</td>");
    }
    return html + QLatin1String("</tr>");
}

// Writes the report's HTML, numbering its headings and tables as PageBreaks::find() does, and
// breaking the page before the headings and table rows the rules name: a table breaks into
// pieces, each under the header again.
class HtmlWriter
{
public:
    explicit HtmlWriter(const PageBreakRules &rules)
        : m_rules(rules)
    {}

    QString heading(int level, const QString &text)
    {
        const bool newPage = m_rules.headings.contains(m_headings++);
        return QStringLiteral("<h%1%2>").arg(level).arg(
                   newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString()) +
               escaped(text) + QStringLiteral("</h%1>").arg(level);
    }

    QString table(const Table &table, const QLocale &locale)
    {
        const int logical = m_tables++;
        QString html;
        m_pieces.append({logical, 0, table.headers.isEmpty() ? 0 : 1});
        html += tableStart(table, false);
        for (qsizetype row = 0; row < table.rows.size(); ++row) {
            if (row > 0 && m_rules.rows.contains({logical, int(row)})) {
                html += QLatin1String("</table>") + tableStart(table, true);
                m_pieces.append({logical, int(row), table.headers.isEmpty() ? 0 : 1});
            }
            html += rowHtml(table.rows.at(row), locale);
        }
        return html + QLatin1String("</table>");
    }

    // A table written otherwise (one-line rows, never split): it counts among the document's.
    void untracked() { m_pieces.append({-1, 0, 0}); }

    // A problem found in the laid-out document, in the writer's terms: its table pieces are
    // numbered as written, the rules count rows of the whole table without its header.
    PageBreakProblems logical(const PageBreakProblems &found) const
    {
        PageBreakProblems problems;
        problems.headings = found.headings;
        for (const auto &[piece, row] : found.rows) {
            if (piece < 0 || piece >= m_pieces.size() || row < m_pieces.at(piece).headerRows)
                continue;
            const Piece &at = m_pieces.at(piece);
            if (at.table < 0)
                continue;
            problems.rows.append({at.table, at.firstRow + row - at.headerRows});
        }
        return problems;
    }

private:
    struct Piece
    {
        int table;
        int firstRow;
        int headerRows;
    };
    const PageBreakRules &m_rules;
    int m_headings = 0;
    int m_tables = 0;
    QList<Piece> m_pieces;
};

} // namespace

QString MonthlyPdf::title(const MonthlyReport &report)
{
    return tr("eHealth Bugs — monthly report, %1").arg(monthName(report.locale, report.month));
}

namespace {

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

QString summaryTable(const QList<QStringList> &lines, HtmlWriter &writer)
{
    writer.untracked();
    QString html = QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QStringList &line : lines) {
        html += QLatin1String("<tr><td>") + escaped(line.value(0)) +
                QLatin1String("</td><td width=\"16\"></td><td><b>") + escaped(line.value(1)) +
                QLatin1String("</b></td></tr>");
    }
    return html + QLatin1String("</table>");
}

QString impactHtml(const MonthlyReport &report, HtmlWriter &writer)
{
    const QLocale &locale = report.locale;
    QString html = writer.heading(2, MonthlyPdf::tr("What it cost"));
    if (!report.impactProblem.isEmpty())
        return html + paragraph(MonthlyPdf::tr("The impact figures could not be fetched: %1")
                                    .arg(report.impactProblem));
    if (!report.impactSummary.isEmpty())
        html += summaryTable(report.impactSummary, writer);
    if (!report.impactNote.isEmpty())
        html += paragraph(report.impactNote);
    if (!report.impactServices.rows.isEmpty()) {
        html += writer.heading(3, MonthlyPdf::tr("By service"));
        html += writer.table(report.impactServices, locale);
    }
    html += writer.heading(3, MonthlyPdf::tr("The largest episodes by minutes lost"));
    if (report.impactEpisodes.rows.isEmpty())
        html += paragraph(MonthlyPdf::tr("No episode with minutes lost this month."));
    else
        html += writer.table(report.impactEpisodes, locale);
    html += writer.heading(3, MonthlyPdf::tr("How these figures are made"));
    html += paragraph(MethodNote::impactText());
    return html;
}

QString officialHtml(const MonthlyReport &report, HtmlWriter &writer)
{
    const QLocale &locale = report.locale;
    QString html = writer.heading(2, MonthlyPdf::tr("The official record"));
    if (!report.officialProblem.isEmpty())
        return html + paragraph(MonthlyPdf::tr("The official record could not be fetched: %1")
                                    .arg(report.officialProblem));
    if (!report.officialSummary.isEmpty())
        html += summaryTable(report.officialSummary, writer);
    if (!report.officialServices.rows.isEmpty()) {
        html += writer.heading(3, MonthlyPdf::tr("By service"));
        html += writer.table(report.officialServices, locale);
    }
    html += writer.heading(3, MonthlyPdf::tr("Outages never admitted"));
    if (report.officialUnadmitted.rows.isEmpty())
        html += paragraph(MonthlyPdf::tr("The official status page admitted every outage "
                                         "episode of this month."));
    else
        html += writer.table(report.officialUnadmitted, locale);
    html += writer.heading(3, MonthlyPdf::tr("Official outages that no GP reported"));
    if (report.officialUnreported.rows.isEmpty())
        html += paragraph(MonthlyPdf::tr("None this month."));
    else
        html += writer.table(report.officialUnreported, locale);
    html += writer.heading(3, MonthlyPdf::tr("How these figures are made"));
    html += paragraph(MethodNote::officialText(locale, report.officialLateWindowMinutes));
    return html;
}

QString reportHtml(const MonthlyReport &report, const QSizeF &bodyCss, QTextDocument &document,
                   HtmlWriter &writer)
{
    const QLocale &locale = report.locale;
    const QDate first(report.month.year(), report.month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    //: Date format of the monthly report's period line (QDate::toString format).
    const QString dateFormat = MonthlyPdf::tr("d MMMM yyyy");

    QString html = QLatin1String("<html><body>") + writer.heading(1, MonthlyPdf::title(report));
    html += paragraph(
        MonthlyPdf::tr("Period: %1 to %2 included, local time in the time zone %3.")
            .arg(locale.toString(first, dateFormat), locale.toString(last, dateFormat), report.tz));

    if (!report.summary.isEmpty()) {
        html += writer.heading(2, MonthlyPdf::tr("Summary"));
        html += summaryTable(report.summary, writer);
    }
    if (report.ranges) {
        //: %1 is an example, "162 min, 150–171".
        html += paragraph(MonthlyPdf::tr("A length in minutes is followed by its range, as in "
                                         "“%1”: from the shortest to the longest the reports "
                                         "allow; the shortest is the least they show.")
                              .arg(ExportCells::minutesRange(locale, 162, 150, 171)));
    }

    const QString charts = chartsHtml(report, bodyCss, document);
    if (!charts.isEmpty())
        html += writer.heading(2, MonthlyPdf::tr("Charts")) + charts;

    html += writer.heading(2, MonthlyPdf::tr("Availability by service"));
    html += paragraph(MonthlyPdf::tr("Service level target: an availability of at least %1, over "
                                     "the whole month and in working hours.")
                          .arg(MethodNote::percent(locale, report.method.slaTarget)));
    html += writer.table(report.availability, locale);

    html += writer.heading(2, MonthlyPdf::tr("Outage episodes"));
    if (report.episodes.rows.isEmpty())
        html += paragraph(MonthlyPdf::tr("No outage episode this month."));
    else
        html += writer.table(report.episodes, locale);

    if (report.hasImpact || !report.impactProblem.isEmpty())
        html += impactHtml(report, writer);
    if (report.hasOfficial || !report.officialProblem.isEmpty())
        html += officialHtml(report, writer);

    html += writer.heading(2, MonthlyPdf::tr("Method"));
    const QStringList paragraphs =
        MethodNote::text(locale, report.method).split(QLatin1String("\n\n"), Qt::SkipEmptyParts);
    for (const QString &text : paragraphs)
        html += paragraph(text);
    return html + QLatin1String("</body></html>");
}

} // namespace

namespace {

// Lays the report out for `writer`, one page body at a time with the bottom of each page left
// for the footer; with `keepTogether`, again and again until no heading ends a page and no
// table row is cut (or nothing more can be done). Returns what is still wrong.
PageBreakProblems layOut(const MonthlyReport &report, QPdfWriter &writer, QTextDocument &document,
                         const QFont &font, bool keepTogether)
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&writer);
    const QRectF paintRect = writer.pageLayout().paintRectPixels(resolutionDpi);
    const qreal footerHeight = QFontMetricsF(font, &writer).height() * 2.5;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(body);
    const QSizeF bodyCss = body * (cssPixelsPerInch / resolutionDpi);

    PageBreakRules rules;
    // Each pass moves at least one more heading or row to a new page; a report has far fewer.
    for (int pass = 0; pass < 64; ++pass) {
        HtmlWriter html(rules);
        document.setHtml(reportHtml(report, bodyCss, document, html));
        const PageBreakProblems found = PageBreaks::find(document);
        if (!keepTogether || found.isEmpty() || !rules.add(html.logical(found)))
            return found;
    }
    return PageBreaks::find(document);
}

void setUpWriter(QPdfWriter &writer, const QString &title)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(resolutionDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("eHealth Bugs " EHB_VERSION));
}

} // namespace

PageBreakProblems MonthlyPdf::layoutProblems(const MonthlyReport &report, bool keepTogether)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, title(report));
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPointSize);
    QTextDocument document;
    return layOut(report, writer, document, font, keepTogether);
}

Result<QByteArray> MonthlyPdf::render(const MonthlyReport &report)
{
    if (!report.month.isValid())
        return fail(tr("The report has no valid month."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, title(report));

    // The document is laid out for the PDF device itself, in its pixels, one page body at a
    // time; the bottom of each page is left for the footer.
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPointSize);
    QTextDocument document;
    layOut(report, writer, document, font, true);
    const QSizeF body = document.pageSize();
    const qreal footerHeight = QFontMetricsF(font, &writer).height() * 2.5;

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
