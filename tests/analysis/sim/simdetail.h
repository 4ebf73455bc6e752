#pragma once

// The generator's parts, shared by its files: random draws, the calendar of 15-minute slots,
// the practices with their weekly activity.
#include "sim/outagesim.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace ehb::sim::detail {

// splitmix64: independent streams from one seed (population, each service's background,
// outages, reporters), so switching outages off leaves the background as it was.
quint64 mixSeed(quint64 seed, quint64 stream);

// Our own distributions over std::mt19937_64's raw 64-bit draws: the engine is specified by the
// standard, std's distributions are not.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    qint64 bounded(qint64 n); // [0, n), unbiased
    double exponential(double mean) { return -std::log(1.0 - uniform()) * mean; }
    double logUniform(double low, double high)
    {
        return low * std::exp(uniform() * std::log(high / low));
    }
    int poisson(double mean);
    // An index drawn with probability proportional to weights[i].
    int pick(const std::vector<double> &weights);

private:
    std::mt19937_64 m_engine;
};

// Whole seconds: the server stores seconds.
inline qint64 toSeconds(double ms)
{
    return qint64(std::floor(ms / double(secondMs))) * secondMs;
}

constexpr int quartersPerDay = 96;
constexpr int quartersPerWeek = 7 * quartersPerDay;

// The simulated window cut into 15-minute slots, each with its local (weekday, quarter).
// Brussels' offsets are whole hours, so a slot is also a local quarter of an hour.
struct Calendar
{
    QTimeZone zone;
    qint64 start = 0;
    qint64 end = 0;
    std::vector<std::uint16_t> weekQuarter; // (dayOfWeek - 1) * 96 + local quarter of the day

    // holidays: Belgian public holidays are Sundays.
    static Calendar build(qint64 start, qint64 end, const QTimeZone &zone, bool holidays);
    int slotCount() const { return int(weekQuarter.size()); }
    int slotOf(qint64 ms) const; // -1 outside
    qint64 slotStart(int slot) const { return start + qint64(slot) * Month::slotMs; }
};

// A practice's week: the chance of being at work per local quarter of an hour.
struct Profile
{
    std::array<float, quartersPerWeek> activity{};
};

struct Practice
{
    quint64 key = 0;
    int province = 0;
    int profile = 0;
    double reportChance = 0;  // reports an outage it ran into with this chance
    double proneness = 1;     // weight of its local problems
    qint64 clockOffsetMs = 0; // its clock minus the true time
};

struct Population
{
    std::vector<Practice> practices;
    std::vector<Profile> profiles;
    std::vector<std::vector<int>> byProvince;
    std::vector<double> pronenessCumulative; // to draw a practice by proneness
    double meanReportChance = 0;
    double activity(const Practice &practice, const Calendar &calendar, int slot) const
    {
        return profiles[std::size_t(practice.profile)]
            .activity[calendar.weekQuarter[std::size_t(slot)]];
    }
    // The first moment at or after `from` when the practice is at work (stepping slots), or -1
    // before `limit`.
    qint64 nextAtWork(const Practice &practice, const Calendar &calendar, qint64 from, qint64 limit,
                      Rng &rng) const;
    // The practice's first use of a service after `from`, uses coming at 1/meanMs while at work:
    // -1 when none before `until`.
    qint64 firstUse(const Practice &practice, const Calendar &calendar, qint64 from, qint64 until,
                    double meanMs, Rng &rng) const;
};

Population makePopulation(int installations, const ReporterSpec &reporters,
                          const BackgroundSpec &background, Rng &rng);
// The weighted (by proneness) and the plain share of practices at work, per slot.
void aggregateActivity(const Population &population, const Calendar &calendar,
                       std::vector<double> &weighted, std::vector<double> &plain);
// The weekday peak of the weighted activity over a typical week.
double peakActivity(const Population &population);

// What the parts add to the month.
struct Draft
{
    std::vector<analysis::Observation> observations;
    std::vector<ObservationOrigin> origins;
};

// The app's "Is it back for you?" (ReporterSpec::askAnswered) over the outages' reports.
void askIsItBack(const MonthSpec &spec, const Month &month, const Population &population,
                 const Calendar &calendar, quint64 seed, Draft &draft);

// Unrelated reports of one service over the calendar.
void generateBackground(int service, const ServiceModel &model, const Population &population,
                        const Calendar &calendar, const std::vector<double> &weighted,
                        const BackgroundSpec &spec, Rng &rng, Draft &draft, int &events);

// The true outages of the month (no reporters yet).
QList<TrueOutage> placeOutages(const MonthSpec &spec, const Month &month,
                               const Population &population, const Calendar &calendar,
                               const std::vector<double> &plain, Rng &rng);

// The reports of one outage and its truth figures (affected, reporters, eligibility).
void reportOutage(int index, TrueOutage &outage, const MonthSpec &spec, const Month &month,
                  const Population &population, const Calendar &calendar, Rng &rng, Draft &draft);

} // namespace ehb::sim::detail
