// The practices: province, weekly working hours, readiness to report, proneness to local
// problems, clock offset; and the calendar of 15-minute slots they are looked up on.
#include "sim/simdetail.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace ehb::sim::detail {

quint64 mixSeed(quint64 seed, quint64 stream)
{
    quint64 x = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

qint64 Rng::bounded(qint64 n)
{
    if (n <= 1)
        return 0;
    const auto range = quint64(n);
    const quint64 threshold = (0 - range) % range; // rejects the incomplete last block
    for (;;) {
        const quint64 x = next();
        if (x >= threshold)
            return qint64(x % range);
    }
}

int Rng::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    // Knuth's product of uniforms, in pieces of at most 30 so that exp(-mean) stays accurate.
    const int pieces = int(std::ceil(mean / 30));
    const double limit = std::exp(-mean / pieces);
    int count = 0;
    for (int piece = 0; piece < pieces; ++piece) {
        double product = 1.0 - uniform();
        while (product > limit) {
            ++count;
            product *= 1.0 - uniform();
        }
    }
    return count;
}

int Rng::pick(const std::vector<double> &weights)
{
    double total = 0;
    for (const double w : weights)
        total += w;
    double u = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (u < weights[i])
            return int(i);
        u -= weights[i];
    }
    return int(weights.size()) - 1;
}

namespace {

// Easter Sunday (the anonymous Gregorian computus).
QDate easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    return QDate(year, month, (h + l - 7 * m + 114) % 31 + 1);
}

// Belgium's public holidays: practices keep them as Sundays (the analysis does not).
bool isPublicHoliday(const QDate &day)
{
    const int md = day.month() * 100 + day.day();
    if (md == 101 || md == 501 || md == 721 || md == 815 || md == 1101 || md == 1111 || md == 1225)
        return true;
    const QDate sunday = easter(day.year());
    return day == sunday.addDays(1) || day == sunday.addDays(39) || day == sunday.addDays(50);
}

} // namespace

Calendar Calendar::build(qint64 start, qint64 end, const QTimeZone &zone, bool holidays)
{
    Calendar calendar;
    calendar.zone = zone;
    calendar.start = start;
    const qint64 count = (end - start + Month::slotMs - 1) / Month::slotMs;
    calendar.end = start + count * Month::slotMs;
    calendar.weekQuarter.resize(std::size_t(count));
    // The offset only changes at transitions: look it up there, not per slot.
    qint64 changeAt = start;
    qint64 offsetMs = 0;
    for (qint64 slot = 0; slot < count; ++slot) {
        const qint64 ms = start + slot * Month::slotMs;
        if (ms >= changeAt) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            offsetMs = qint64(zone.offsetFromUtc(at)) * secondMs;
            const QTimeZone::OffsetData next = zone.nextTransition(at);
            changeAt = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
        }
        const qint64 local = ms + offsetMs;
        const qint64 day = local >= 0 ? local / dayMs : (local - dayMs + 1) / dayMs;
        int dayOfWeek = int((day + 3) % 7); // 1970-01-01 was a Thursday: 0 = Monday
        if (holidays && isPublicHoliday(QDate::fromJulianDay(day + 2440588))) // 1970-01-01
            dayOfWeek = 6;
        const int quarter = int((local - day * dayMs) / Month::slotMs);
        calendar.weekQuarter[std::size_t(slot)] =
            std::uint16_t(dayOfWeek * quartersPerDay + quarter);
    }
    return calendar;
}

int Calendar::slotOf(qint64 ms) const
{
    if (ms < start || ms >= end)
        return -1;
    return int((ms - start) / Month::slotMs);
}

namespace {

// A GP's week, in quarters of an hour: most open 08:00-18:00 with a lunch dip, some until
// 19-20h, some have a free afternoon or a Saturday morning; nights and Sundays almost nobody.
struct Hours
{
    int open = 32;
    int close = 72;
    int lunch = 48;         // 90 minutes from here
    int freeAfternoon = -1; // 0 = Monday ... 4 = Friday
    bool saturday = false;
    int code() const
    {
        return (((open * 100 + close) * 100 + lunch) * 10 + (freeAfternoon + 1)) * 2 +
               int(saturday);
    }
};

Profile profileOf(const Hours &hours)
{
    Profile profile;
    for (int day = 0; day < 7; ++day) {
        for (int q = 0; q < quartersPerDay; ++q) {
            // Nights: a GP on call here and there; days off: a little paperwork.
            float a = q >= 28 && q < 88 ? (day == 6 ? 0.01f : 0.015f) : 0.001f;
            if (day < 5) {
                if (q >= hours.open && q < hours.close)
                    a = q < hours.open + 2 ? 0.7f : 1.0f; // settling in
                if (q >= hours.lunch && q < hours.lunch + 6)
                    a = 0.3f;
                if (q >= hours.close && q < 88)
                    a = 0.04f; // paperwork in the evening
                if (day == hours.freeAfternoon && q >= 52 && q < 88)
                    a = 0.03f;
            } else if (day == 5 && hours.saturday && q >= 36 && q < 48) {
                a = 0.8f;
            }
            profile.activity[std::size_t(day * quartersPerDay + q)] = a;
        }
    }
    return profile;
}

} // namespace

Population makePopulation(int installations, const ReporterSpec &reporters,
                          const BackgroundSpec &background, Rng &rng)
{
    // Inhabitants (millions) in the order of analysis::provinceCodes(): practices follow them.
    const std::vector<double> provinceWeights = {1.25, 0.41, 1.16, 1.90, 0.89, 1.11,
                                                 0.50, 1.35, 0.29, 1.21, 1.54};
    Population population;
    population.byProvince.resize(provinceWeights.size());
    std::map<int, int> profileIndex;
    std::set<quint64> keys;
    double reportChances = 0;
    double proneness = 0;
    for (int i = 0; i < installations; ++i) {
        Practice practice;
        do {
            practice.key = rng.next();
        } while (practice.key == 0 || !keys.insert(practice.key).second);
        practice.province = rng.pick(provinceWeights);
        Hours hours;
        hours.open =
            std::vector<int>{30, 32, 34, 36}[std::size_t(rng.pick({0.15, 0.6, 0.15, 0.1}))];
        hours.close =
            std::vector<int>{68, 72, 76, 80}[std::size_t(rng.pick({0.15, 0.55, 0.2, 0.1}))];
        hours.lunch = rng.chance(0.6) ? 48 : 50;
        if (rng.chance(0.35))
            hours.freeAfternoon = rng.pick({0.1, 0.15, 0.4, 0.2, 0.15});
        hours.saturday = rng.chance(0.3);
        const auto [it, added] =
            profileIndex.emplace(hours.code(), int(population.profiles.size()));
        if (added)
            population.profiles.push_back(profileOf(hours));
        practice.profile = it->second;
        const double kind = rng.uniform();
        practice.reportChance = kind < reporters.eagerShare ? reporters.eagerChance
                                : kind < reporters.eagerShare + reporters.neverShare
                                    ? 0.0
                                    : reporters.moderateChance;
        practice.proneness = rng.chance(background.proneShare) ? 5.0 : 1.0;
        const double clock = rng.chance(reporters.clockSkewedShare) ? reporters.clockMaxMinutes : 1;
        practice.clockOffsetMs = toSeconds(rng.between(-clock, clock) * double(minuteMs));
        reportChances += practice.reportChance;
        proneness += practice.proneness;
        population.pronenessCumulative.push_back(proneness);
        population.byProvince[std::size_t(practice.province)].push_back(i);
        population.practices.push_back(practice);
    }
    population.meanReportChance = reportChances / std::max(1, installations);
    return population;
}

void aggregateActivity(const Population &population, const Calendar &calendar,
                       std::vector<double> &weighted, std::vector<double> &plain)
{
    std::vector<double> weight(population.profiles.size(), 0);
    std::vector<double> count(population.profiles.size(), 0);
    double totalWeight = 0;
    for (const Practice &practice : population.practices) {
        weight[std::size_t(practice.profile)] += practice.proneness;
        count[std::size_t(practice.profile)] += 1;
        totalWeight += practice.proneness;
    }
    // Per local quarter of the week first: slots only look it up.
    std::array<double, quartersPerWeek> byWeighted{};
    std::array<double, quartersPerWeek> byPlain{};
    for (std::size_t p = 0; p < population.profiles.size(); ++p) {
        for (int q = 0; q < quartersPerWeek; ++q) {
            byWeighted[std::size_t(q)] +=
                weight[p] * population.profiles[p].activity[std::size_t(q)];
            byPlain[std::size_t(q)] += count[p] * population.profiles[p].activity[std::size_t(q)];
        }
    }
    const double practices = double(std::max<std::size_t>(1, population.practices.size()));
    weighted.resize(std::size_t(calendar.slotCount()));
    plain.resize(std::size_t(calendar.slotCount()));
    for (int slot = 0; slot < calendar.slotCount(); ++slot) {
        const std::size_t q = calendar.weekQuarter[std::size_t(slot)];
        weighted[std::size_t(slot)] = byWeighted[q] / std::max(1e-9, totalWeight);
        plain[std::size_t(slot)] = byPlain[q] / practices;
    }
}

double peakActivity(const Population &population)
{
    Calendar week; // a week of quarters, Monday 00:00 on, no holidays
    for (int q = 0; q < quartersPerWeek; ++q)
        week.weekQuarter.push_back(std::uint16_t(q));
    week.end = week.start + quartersPerWeek * Month::slotMs;
    std::vector<double> weighted;
    std::vector<double> plain;
    aggregateActivity(population, week, weighted, plain);
    return std::max(1e-9, *std::max_element(weighted.begin(), weighted.end()));
}

qint64 Population::firstUse(const Practice &practice, const Calendar &calendar, qint64 from,
                            qint64 until, double meanMs, Rng &rng) const
{
    // Uses come at activity / mean: memoryless, so a fresh draw in each slot is exact.
    qint64 at = std::max(from, calendar.start);
    for (int slot = calendar.slotOf(at); slot >= 0 && slot < calendar.slotCount() && at < until;
         ++slot) {
        const double a = activity(practice, calendar, slot);
        const qint64 slotEnd = calendar.slotStart(slot + 1);
        if (a > 0) {
            const qint64 use = at + qint64(rng.exponential(meanMs / a));
            if (use < slotEnd)
                return use < until ? use : -1;
        }
        at = slotEnd;
    }
    return -1;
}

qint64 Population::nextAtWork(const Practice &practice, const Calendar &calendar, qint64 from,
                              qint64 limit, Rng &rng) const
{
    // At the PC, on average, every 10 minutes of work.
    return firstUse(practice, calendar, from, limit, 10.0 * double(minuteMs), rng);
}

} // namespace ehb::sim::detail
