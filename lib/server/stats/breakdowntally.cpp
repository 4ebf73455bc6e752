#include "server/stats/breakdowntally.h"

#include "core/report.h"

namespace ehb::server {

namespace {
constexpr int postcodeEnd = 10000;
} // namespace

BreakdownTally::BreakdownTally()
    : m_perMask(size_t(1) << knownSymptoms().size(), 0)
    , m_perPostcode(postcodeEnd, 0)
{}

void BreakdownTally::add(const AnalysisRow &row)
{
    ++m_perMask[size_t(row.symptoms) & (m_perMask.size() - 1)];
    ++m_perPostcode[row.postcode < postcodeEnd ? row.postcode : 0];
    ++m_perSoftware[row.softwareId];
    ++m_reports;
}

BreakdownCounts BreakdownTally::counts(const QHash<qint64, QString> &softwareNames) const
{
    const qsizetype symptomCount = knownSymptoms().size();
    BreakdownCounts counts;
    counts.reports = m_reports;
    counts.symptoms.fill(0, symptomCount);
    for (size_t mask = 1; mask < m_perMask.size(); ++mask) {
        for (qsizetype bit = 0; bit < symptomCount; ++bit) {
            if (mask & (size_t(1) << bit))
                counts.symptoms[bit] += m_perMask[mask];
        }
    }
    for (auto it = m_perSoftware.constBegin(); it != m_perSoftware.constEnd(); ++it)
        counts.software[softwareNames.value(it.key())] += it.value();
    for (int postcode = 0; postcode < postcodeEnd; ++postcode) {
        if (m_perPostcode[size_t(postcode)] > 0)
            counts.postcodes.insert(postcode, m_perPostcode[size_t(postcode)]);
    }
    return counts;
}

} // namespace ehb::server
