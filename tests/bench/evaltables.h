#pragma once

// eval_episodes: the figures over many months, as aligned plain-text tables, a one-line summary
// and a CSV of the outages.
#include "evalmatch.h"

#include <QStringList>
#include <QTextStream>

namespace ehb::bench::eval {

// Columns of text: the first left-aligned, the others right-aligned.
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream &out, const QString &indent = QStringLiteral("  ")) const;

private:
    QList<QStringList> m_rows;
};

class Evaluation
{
public:
    void add(const MonthResult &month);
    void print(QTextStream &out) const;
    QString summary() const; // one line, key=value
    // One row per outage with a part in the month.
    bool writeCsv(const QString &file) const;

private:
    void printRecall(QTextStream &out) const;
    void printFalseEpisodes(QTextStream &out) const;
    void printDowntime(QTextStream &out) const;
    void printEdges(QTextStream &out) const;
    void printRanges(QTextStream &out) const;
    void printServiceMonths(QTextStream &out) const;
    void printFlapping(QTextStream &out) const;
    void printEvening(QTextStream &out) const;

    QList<OutageRecord> m_outages;
    QList<ServiceMonth> m_serviceMonths;           // outage months
    QList<ServiceMonth> m_backgroundServiceMonths; // background-only months
    int m_months = 0;
    int m_backgroundMonths = 0;
    int m_merges = 0;
    int m_splits = 0;
    int m_flapPairs = 0;
    int m_flapKept = 0;   // both found, no episode on both
    int m_flapMerged = 0; // one episode on both
    int m_flapMissed = 0; // one of them not found
    QList<double> m_analysisMs;
    QList<double> m_observations;
};

} // namespace ehb::bench::eval
