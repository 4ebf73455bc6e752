#include "server/stats/impacttally.h"

#include "core/report.h"
#include "core/validation.h"

#include <cmath>

namespace ehb::server {

ImpactTally::ImpactTally()
    : m_fallback(knownFallbacks().size(), 0)
    , m_minutes(ReportValidator::maxMinutesLost + 1, 0)
    , m_patients(ReportValidator::maxPatients + 1, 0)
{}

void ImpactTally::add(const AnalysisRow &row)
{
    ++m_reports;
    bool &gaveMinutes = m_installations[row.installationKey];
    if (!row.hasImpact())
        return;
    ++m_withImpact;
    // Validation bounds what is stored (the PUT refuses the rest); the checks keep a damaged
    // row from writing out of bounds.
    if (row.minutesLost >= 0 && size_t(row.minutesLost) < m_minutes.size()) {
        gaveMinutes = true;
        m_minutesSum += row.minutesLost;
        ++m_minutes[size_t(row.minutesLost)];
    }
    if (row.patients >= 0 && size_t(row.patients) < m_patients.size()) {
        m_patientsSum += row.patients;
        ++m_patients[size_t(row.patients)];
    }
    if (row.fallback > 0 && row.fallback <= m_fallback.size())
        ++m_fallback[row.fallback - 1];
}

ImpactFigures ImpactTally::figures() const
{
    ImpactFigures figures;
    figures.reports = m_reports;
    figures.reportsWithImpact = m_withImpact;
    figures.installations = m_installations.size();
    figures.minutesLostReported = m_minutesSum;
    for (const qint64 count : m_minutes)
        figures.minutesLostReports += count;
    figures.minutesLostMedian = median(m_minutes);
    figures.patientsReported = m_patientsSum;
    for (const qint64 count : m_patients)
        figures.patientsReports += count;
    figures.patientsMedian = median(m_patients);
    figures.fallback = m_fallback;
    for (const bool gaveMinutes : m_installations)
        figures.installationsWithoutMinutes += gaveMinutes ? 0 : 1;
    figures.minutesLostEstimated =
        estimate(figures.installationsWithoutMinutes, figures.minutesLostMedian);
    return figures;
}

std::optional<double> ImpactTally::median(const std::vector<qint64> &histogram)
{
    qint64 count = 0;
    for (const qint64 n : histogram)
        count += n;
    if (count == 0)
        return std::nullopt;
    // The values at ranks (count - 1) / 2 and count / 2, from 0: the same one for an odd count.
    const qint64 lowRank = (count - 1) / 2;
    const qint64 highRank = count / 2;
    std::optional<qint64> low;
    qint64 seen = 0;
    for (size_t value = 0; value < histogram.size(); ++value) {
        seen += histogram[value];
        if (!low && seen > lowRank)
            low = qint64(value);
        if (seen > highRank)
            return (double(*low) + double(value)) / 2;
    }
    return std::nullopt; // not reached: the ranks are below count
}

std::optional<double> ImpactTally::estimate(qint64 installationsWithoutMinutes,
                                            std::optional<double> medianMinutes)
{
    if (!medianMinutes)
        return std::nullopt;
    return double(installationsWithoutMinutes) * *medianMinutes;
}

double ImpactTally::moneyValue(double minutes, double hourlyValue)
{
    return std::round(minutes * hourlyValue / 60 * 100) / 100;
}

} // namespace ehb::server
