#pragma once

#include <QList>
#include <QPair>
#include <QSet>

class QTextDocument;

namespace ehb::exporting {

// Where a paginated QTextDocument breaks badly, and what to break earlier instead. Qt moves a
// table row to the next page only when none of its cells' first lines fits, so a row whose
// service name wraps can be cut between its lines; and nothing keeps a heading with what
// follows it. PageBreaks finds both in a laid-out document; the caller then starts the heading,
// or the table from that row on, on a new page ("page-break-before") and lays out again.
struct PageBreakProblems
{
    QList<int> headings;         // headings (h1-h6, in document order) ending a page
    QList<QPair<int, int>> rows; // (table in document order, row) cut across pages
    bool isEmpty() const { return headings.isEmpty() && rows.isEmpty(); }
};

// What the HTML is to break before; grows with each pass.
struct PageBreakRules
{
    QSet<int> headings;
    QSet<QPair<int, int>> rows; // (table, row): a new table from that row on, on a new page
    // Adds the problems; false when they were all there already (no progress to be had).
    bool add(const PageBreakProblems &problems);
};

class PageBreaks
{
public:
    // The span [top, bottom) in document coordinates lies on more than one page.
    static bool crosses(double top, double bottom, double pageHeight);
    // The document must have its page size set (it lays itself out when asked).
    static PageBreakProblems find(QTextDocument &document);
};

} // namespace ehb::exporting
