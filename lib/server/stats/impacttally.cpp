#include "server/stats/impacttally.h"

#include "core/report.h"
#include "core/validation.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace ehb::server {

void InstallationMarks::mark(qint64 key, bool gaveMinutes)
{
    if (qint64(m_slots.size()) < 2 * (m_size + 1))
        grow();
    const size_t mask = m_slots.size() - 1;
    // Fibonacci hashing: the multiplication spreads keys that differ in any bits.
    for (size_t i = size_t((quint64(key) * 0x9E3779B97F4A7C15ULL) >> m_shift);;
         i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.state == 0) {
            slot = {key, quint8(gaveMinutes ? 2 : 1)};
            ++m_size;
            return;
        }
        if (slot.key == key) {
            if (gaveMinutes)
                slot.state = 2;
            return;
        }
    }
}

qint64 InstallationMarks::withoutMinutes() const
{
    qint64 count = 0;
    for (const Slot &slot : m_slots)
        count += slot.state == 1 ? 1 : 0;
    return count;
}

void InstallationMarks::merge(const InstallationMarks &other)
{
    for (const Slot &slot : other.m_slots) {
        if (slot.state != 0)
            mark(slot.key, slot.state == 2);
    }
}

void InstallationMarks::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    const size_t capacity = std::max<size_t>(64, old.size() * 2);
    m_slots.assign(capacity, Slot());
    m_shift = 64 - std::countr_zero(capacity);
    m_size = 0;
    for (const Slot &slot : old) {
        if (slot.state != 0)
            mark(slot.key, slot.state == 2);
    }
}

ImpactTally::ImpactTally()
    : m_fallback(knownFallbacks().size(), 0)
    , m_minutes(ReportValidator::maxMinutesLost + 1, 0)
    , m_patients(ReportValidator::maxPatients + 1, 0)
{}

void ImpactTally::add(const AnalysisRow &row)
{
    ++m_reports;
    // Validation bounds what is stored (the PUT refuses the rest); the checks keep a damaged
    // row from writing out of bounds.
    const bool gaveMinutes = row.minutesLost >= 0 && size_t(row.minutesLost) < m_minutes.size();
    m_installations.mark(row.installationKey, gaveMinutes);
    if (!row.hasImpact())
        return;
    ++m_withImpact;
    if (gaveMinutes) {
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

void ImpactTally::merge(const ImpactTally &other)
{
    m_reports += other.m_reports;
    m_withImpact += other.m_withImpact;
    m_minutesSum += other.m_minutesSum;
    m_patientsSum += other.m_patientsSum;
    for (qsizetype i = 0; i < m_fallback.size(); ++i)
        m_fallback[i] += other.m_fallback.at(i);
    for (size_t i = 0; i < m_minutes.size(); ++i)
        m_minutes[i] += other.m_minutes[i];
    for (size_t i = 0; i < m_patients.size(); ++i)
        m_patients[i] += other.m_patients[i];
    m_installations.merge(other.m_installations);
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
    figures.installationsWithoutMinutes = m_installations.withoutMinutes();
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
