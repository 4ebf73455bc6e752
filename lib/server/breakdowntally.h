#pragma once

#include "analysisrow.h"
#include "reportrepository.h"

#include <QHash>

#include <vector>

namespace ehb::server {

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
