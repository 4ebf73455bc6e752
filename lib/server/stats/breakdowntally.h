#pragma once

#include "server/stats/analysisrow.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ehb::server {

// What GET /api/v1/stats/breakdown counts, before names are grouped.
struct BreakdownCounts
{
    qint64 reports = 0;
    QList<qint64> symptoms;          // reports per symptom, in knownSymptoms() order
    QHash<QString, qint64> software; // reports per software name as sent; "" when none
    QHash<int, qint64> postcodes;    // reports per postcode; 0 when none
};

// The breakdown's counters, before names and bits are spelt out.
class BreakdownTally
{
public:
    BreakdownTally();
    void add(const AnalysisRow &row);
    // The counts, with software ids spelt out by `softwareNames`.
    BreakdownCounts counts(const QHash<qint64, QString> &softwareNames) const;

private:
    std::vector<qint64> m_perMask;     // by symptom bit mask
    std::vector<qint64> m_perPostcode; // by postcode; [0]: none
    QHash<qint64, qint64> m_perSoftware;
    qint64 m_reports = 0;
};

} // namespace ehb::server
