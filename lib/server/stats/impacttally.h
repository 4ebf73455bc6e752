#pragma once

#include "server/stats/analysisrow.h"

#include <QList>

#include <optional>
#include <vector>

namespace ehb::server {

// The impact figures of one scope: a service over a period, an episode, or every service
// (docs/architecture.md, "Analysis", impact figures). Each report counts once, as its latest
// revision stored it.
struct ImpactFigures
{
    qint64 reports = 0;
    qint64 reportsWithImpact = 0; // gave minutes lost, patients or a fallback
    qint64 installations = 0;     // distinct installations that reported
    qint64 minutesLostReported = 0;
    qint64 minutesLostReports = 0; // reports that gave minutes lost: the median's basis
    std::optional<double> minutesLostMedian;
    qint64 patientsReported = 0;
    qint64 patientsReports = 0;
    std::optional<double> patientsMedian;
    QList<qint64> fallback; // reports per fallback, in knownFallbacks() order
    // The estimate for the practices that reported without giving an impact: the distinct
    // installations none of whose reports in the scope gave minutes lost, times the median
    // minutes lost per report of those that gave one. Empty when no report gave minutes lost.
    qint64 installationsWithoutMinutes = 0;
    std::optional<double> minutesLostEstimated;
};

// Installation keys, each with whether one of its reports gave minutes lost. Open addressing:
// a year's million rows pass here, and a QHash cost more than all the rest of a row's work.
class InstallationMarks
{
public:
    void mark(qint64 key, bool gaveMinutes);
    qint64 size() const { return m_size; }
    qint64 withoutMinutes() const;
    // Marks every installation of `other` here too.
    void merge(const InstallationMarks &other);

private:
    struct Slot
    {
        qint64 key = 0;
        quint8 state = 0; // 0: empty; 1: no minutes lost given; 2: given
    };
    void grow();

    std::vector<Slot> m_slots; // a power of two, at most half full
    int m_shift = 64;          // 64 - log2(m_slots.size())
    qint64 m_size = 0;
};

// Adds up the impact of the reports of one scope, one row at a time.
class ImpactTally
{
public:
    ImpactTally();
    void add(const AnalysisRow &row);
    // Adds what `other` counted, as if its rows had been added here (a practice in both counts
    // once).
    void merge(const ImpactTally &other);
    ImpactFigures figures() const;

    // The median of the values counted in `histogram` (histogram[v]: how many reports gave
    // v), the mean of the two middle ones for an even count; empty when there is none.
    static std::optional<double> median(const std::vector<qint64> &histogram);
    // installationsWithoutMinutes × medianMinutes; empty without a median.
    static std::optional<double> estimate(qint64 installationsWithoutMinutes,
                                          std::optional<double> medianMinutes);
    // The money value of `minutes` at `hourlyValue` (EUR) an hour, rounded to the cent.
    static double moneyValue(double minutes, double hourlyValue);

private:
    qint64 m_reports = 0;
    qint64 m_withImpact = 0;
    qint64 m_minutesSum = 0;
    qint64 m_patientsSum = 0;
    QList<qint64> m_fallback;
    std::vector<qint64> m_minutes;  // by minutes lost, 0..1440
    std::vector<qint64> m_patients; // by patients, 0..500
    InstallationMarks m_installations;
};

} // namespace ehb::server
