#include "export/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <optional>

namespace ehb::exporting {

namespace {

struct Span
{
    double top = 0;
    double bottom = 0;
};

int pageOf(double y, double pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// The lines of a block in document coordinates (blockBoundingRect places blocks in table cells
// too).
QList<Span> lineSpans(const QTextDocument &document, const QTextBlock &block)
{
    QList<Span> spans;
    const QTextLayout *layout = block.layout();
    if (!layout)
        return spans;
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QRectF line = layout->lineAt(i).rect();
        spans.append({rect.top() + line.top(), rect.top() + line.bottom()});
    }
    return spans;
}

// The lines of a table row: every line of every cell that starts in it.
std::optional<Span> rowSpan(const QTextDocument &document, QTextTable *table, int row)
{
    std::optional<Span> span;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            for (const Span &line : lineSpans(document, block)) {
                if (!span)
                    span = line;
                span->top = std::min(span->top, line.top);
                span->bottom = std::max(span->bottom, line.bottom);
            }
        }
    }
    return span;
}

} // namespace

bool PageBreakRules::add(const PageBreakProblems &problems)
{
    bool grew = false;
    for (const int heading : problems.headings) {
        if (!headings.contains(heading)) {
            headings.insert(heading);
            grew = true;
        }
    }
    for (const auto &row : problems.rows) {
        if (!rows.contains(row)) {
            rows.insert(row);
            grew = true;
        }
    }
    return grew;
}

bool PageBreaks::crosses(double top, double bottom, double pageHeight)
{
    if (pageHeight <= 0 || bottom <= top)
        return false;
    // The bottom edge itself belongs to the page above.
    return pageOf(top, pageHeight) != pageOf(std::nextafter(bottom, top), pageHeight);
}

PageBreakProblems PageBreaks::find(QTextDocument &document)
{
    PageBreakProblems problems;
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return problems;
    document.documentLayout()->documentSize(); // lays it out

    int headingIndex = -1;
    int tableIndex = -1;
    // A heading seen, waiting for the first line of what follows it.
    std::optional<std::pair<int, Span>> pending;
    const auto follows = [&](const Span &first) {
        if (pending && pageOf(pending->second.top, pageHeight) !=
                           pageOf(std::nextafter(first.bottom, first.top), pageHeight))
            problems.headings.append(pending->first);
        pending.reset();
    };

    QTextFrame *root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            ++tableIndex;
            // The heading stays with the table's first row after its header.
            const int headerRows = table->format().headerRowCount();
            for (int row = 0; row < table->rows(); ++row) {
                const std::optional<Span> span = rowSpan(document, table, row);
                if (!span)
                    continue;
                if (row == std::min(headerRows, table->rows() - 1))
                    follows(*span);
                if (crosses(span->top, span->bottom, pageHeight))
                    problems.rows.append({tableIndex, row});
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QList<Span> lines = lineSpans(document, block);
        if (lines.isEmpty())
            continue;
        follows(lines.constFirst());
        if (block.blockFormat().headingLevel() > 0) {
            ++headingIndex;
            pending = std::make_pair(headingIndex, lines.constLast());
        }
    }
    return problems;
}

} // namespace ehb::exporting
