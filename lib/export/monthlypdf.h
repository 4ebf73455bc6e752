#pragma once

#include "core/result.h"
#include "export/exportcells.h"
#include "export/methodnote.h"
#include "export/pagebreaks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ehb::exporting {

// What the monthly PDF report shows. The words come from the installed translators (Qt looks
// translations up globally), so the caller installs the report's language first; numbers, dates
// and month names follow `locale`.
struct MonthlyReport
{
    QLocale locale;
    QDate month;                // any day of the month reported on
    QString tz;                 // the IANA time zone the figures were computed in
    MethodParameters method;    // the analysis parameters, SLA target included
    QList<QStringList> summary; // label, value (formatted by the caller)
    // The downtime and the episodes' lengths come with their range (ExportCells::minutesRange):
    // the summary then says what the range means.
    bool ranges = false;
    QList<QPair<QString, QImage>> charts; // caption, image (at most a page high)
    Table availability; // service, downtime, availability, working hours, meets the SLA (bool)
    Table episodes;     // service, start, end, minutes (with their range), reports, installations
    // What the outages cost GPs ("What it cost"): left out when hasImpact is false and there
    // is no impactProblem; with impactProblem (why the figures could not be fetched), the
    // section says so.
    bool hasImpact = false;
    QString impactProblem;
    QList<QStringList> impactSummary; // label, value: the totals
    QString impactNote;               // the estimate's basis and the hourly value, if any
    Table impactServices;             // per service
    Table impactEpisodes;             // the largest episodes by minutes lost
    // The official status page's record beside the episodes ("The official record"): left out
    // when hasOfficial is false and there is no officialProblem (why it could not be fetched,
    // which the section then says).
    bool hasOfficial = false;
    QString officialProblem;
    int officialLateWindowMinutes = 60;
    QList<QStringList> officialSummary; // label, value: admitted, median lag, never admitted
    Table officialServices;             // per service, then all services
    Table officialUnadmitted;           // the episodes never admitted
    Table officialUnreported;           // official outages that no GP reported
};

class MonthlyPdf
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyPdf)

public:
    // "eHealth Bugs — monthly report, March 2024" (month name of the report's locale).
    static QString title(const MonthlyReport &report);
    // The report as an A4 PDF document: title, period and time zone, summary, charts with their
    // captions, availability against the SLA target, episodes, and the method note. Needs a
    // QGuiApplication (fonts).
    static Result<QByteArray> render(const MonthlyReport &report);
    // The page breaks the report is laid out with in render(): what is still wrong once headings
    // are kept with what follows them and table rows whole (nothing, but for content taller than
    // a page), or, with `keepTogether` false, what Qt's own pagination gets wrong. For tests.
    static PageBreakProblems layoutProblems(const MonthlyReport &report, bool keepTogether = true);
};

// MonthlyPdf::render written to `path` whole or not at all (writeFile).
Result<void> writeMonthlyPdf(const MonthlyReport &report, const QString &path);

} // namespace ehb::exporting
