// People as they are: who runs into an outage, when they report it, what "since" they choose,
// whether and when they click "resolved", repeated and retroactive reports, clocks a few
// minutes off. Then the outage's truth figures and its eligibility (outagesim.h).
#include "sim/simdetail.h"

#include <algorithm>

namespace ehb::sim::detail {

namespace {

// About this share of the practices is at work at the weekday peak: an outage of nominal size n
// then reaches about n reporters on a weekday morning.
constexpr double atWorkAtPeak = 0.9;

qint64 floorTo(qint64 ms, qint64 step)
{
    return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step;
}

struct Sent
{
    qint64 reportedAt;
    int practice;
};

class Reporter
{
public:
    Reporter(const MonthSpec &spec, const Population &population, const Calendar &calendar,
             Rng &rng, Draft &draft, int outage, int service)
        : m_spec(spec.reporters)
        , m_population(population)
        , m_calendar(calendar)
        , m_rng(rng)
        , m_draft(draft)
        , m_outage(outage)
        , m_service(service)
    {}

    // The reports of one practice that ran into an outage ending at `end` at `notice` and
    // decided to report it at the failure at `decided`; returns how many it sent.
    int report(int index, qint64 notice, qint64 decided, qint64 end, std::vector<Sent> &sent)
    {
        const Practice &practice = m_population.practices[std::size_t(index)];
        const auto client = [&practice](qint64 ms) {
            return toSeconds(double(ms + practice.clockOffsetMs));
        };
        if (m_rng.chance(m_spec.retroactive)) {
            // Told hours later, with a typed start and end on quarter hours.
            qint64 at = end + qint64(m_rng.logUniform(1, 8) * double(hourMs));
            const qint64 working =
                m_population.nextAtWork(practice, m_calendar, at, at + 4 * dayMs, m_rng);
            at = working >= 0 ? working : at;
            const qint64 since = floorTo(
                client(notice -
                       qint64(m_rng.exponential(m_spec.customMeanMinutes * double(minuteMs)))),
                15 * minuteMs);
            const qint64 until = floorTo(
                client(end + qint64(m_rng.between(-15, 30) * double(minuteMs))), 15 * minuteMs);
            add(index, practice, since, std::max(since, until), client(at), sent);
            return 1;
        }
        std::vector<qint64> times{
            decided + qint64(m_rng.exponential(m_spec.sendDelayMeanMinutes * double(minuteMs)))};
        // Some send it again while it still fails.
        if (m_rng.chance(m_spec.reportTwice)) {
            const qint64 again = times.front() + qint64(m_rng.between(3, 20) * double(minuteMs));
            if (again < end + 5 * minuteMs)
                times.push_back(again);
        }
        std::optional<qint64> resolved;
        if (m_rng.chance(m_spec.resolvedClicked)) {
            const double kind = m_rng.uniform();
            qint64 click = 0;
            if (kind < m_spec.resolvedPrompt)
                click = end + qint64(m_rng.exponential(5 * double(minuteMs)));
            else if (kind < m_spec.resolvedPrompt + m_spec.resolvedNextDay)
                click = end + qint64(m_rng.between(14, 30) * double(hourMs));
            else
                click = end + qint64(m_rng.logUniform(15, 360) * double(minuteMs));
            // Clicked at the PC: the next time the practice works.
            const qint64 working =
                m_population.nextAtWork(practice, m_calendar, click, click + 4 * dayMs, m_rng);
            resolved = std::max(working >= 0 ? working : click, times.back() + minuteMs);
        }
        const bool resolveBoth = m_rng.chance(0.3);
        for (std::size_t i = 0; i < times.size(); ++i) {
            const qint64 reported = client(times[i]);
            const qint64 started = since(reported, client(notice), i > 0);
            std::optional<qint64> ended;
            if (resolved && (i + 1 == times.size() || resolveBoth))
                ended = std::max(started, client(*resolved));
            add(index, practice, started, ended, reported, sent);
        }
        return int(times.size());
    }

private:
    // The "since" chosen when sending (ReporterSpec). A second report mostly says "now".
    qint64 since(qint64 reported, qint64 noticed, bool again)
    {
        const double choice = m_rng.uniform();
        if (again)
            return choice < 0.6 ? reported : reported - 15 * minuteMs;
        static constexpr qint64 quick[] = {15 * minuteMs, 30 * minuteMs, hourMs};
        const qint64 elapsed = reported - noticed;
        int covering = 0;
        while (covering < 2 && quick[covering] < elapsed)
            ++covering;
        double edge = m_spec.sinceNow;
        if (choice < edge)
            return reported;
        if (choice < (edge += m_spec.sinceRoundedBack))
            return reported - quick[covering];
        if (choice < (edge += m_spec.sinceGenerous))
            return reported - quick[std::min(2, covering + 1)];
        if (choice < (edge += m_spec.sinceHour))
            return reported - hourMs;
        const qint64 typed =
            noticed - qint64(m_rng.exponential(m_spec.customMeanMinutes * double(minuteMs)));
        return std::min(reported, floorTo(typed, 5 * minuteMs));
    }

    void add(int index, const Practice &practice, qint64 started, std::optional<qint64> ended,
             qint64 reported, std::vector<Sent> &sent)
    {
        // The server's rules: started_at <= reported_at + 5 min, >= reported_at - 7 days,
        // ended_at >= started_at.
        started = std::clamp(started, reported - 7 * dayMs, reported + 5 * minuteMs);
        analysis::Observation observation;
        observation.service = m_service;
        observation.installationKey = practice.key;
        observation.startedAt = started;
        observation.reportedAt = reported;
        if (ended)
            observation.endedAt = std::max(started, *ended);
        m_draft.observations.push_back(observation);
        m_draft.origins.push_back({m_outage, -1, index});
        sent.push_back({reported, index});
    }

    const ReporterSpec &m_spec;
    const Population &m_population;
    const Calendar &m_calendar;
    Rng &m_rng;
    Draft &m_draft;
    int m_outage;
    int m_service;
};

// Distinct practices with a report in [from, from + 30 min]; `sent` by time.
int reportersIn(const std::vector<Sent> &sent, qint64 from, std::vector<int> &stamp,
                int &stampValue)
{
    ++stampValue;
    int count = 0;
    auto it = std::lower_bound(sent.begin(), sent.end(), from,
                               [](const Sent &s, qint64 at) { return s.reportedAt < at; });
    for (; it != sent.end() && it->reportedAt <= from + 30 * minuteMs; ++it) {
        if (stamp[std::size_t(it->practice)] != stampValue) {
            stamp[std::size_t(it->practice)] = stampValue;
            ++count;
        }
    }
    return count;
}

} // namespace

void reportOutage(int index, TrueOutage &outage, const MonthSpec &spec, const Month &month,
                  const Population &population, const Calendar &calendar, Rng &rng, Draft &draft)
{
    const auto all = int(population.practices.size());
    const std::vector<int> *scope = nullptr;
    if (outage.province >= 0 && outage.province < int(population.byProvince.size()))
        scope = &population.byProvince[std::size_t(outage.province)];
    const int scopeSize = scope ? int(scope->size()) : all;
    // The share of the practices whose service fails, so that about `nominal` would report it
    // on a weekday morning; fewer do in the evening, at night or when it is short.
    const double share =
        std::min(1.0, outage.nominalReporters /
                          std::max(1e-9, scopeSize * population.meanReportChance * atWorkAtPeak));
    const double noticeMs = month.services[outage.service].noticeMeanMinutes * double(minuteMs);
    Reporter reporter(spec, population, calendar, rng, draft, index, outage.service);
    std::vector<Sent> sent;
    for (int i = 0; i < scopeSize; ++i) {
        const int practiceIndex = scope ? (*scope)[std::size_t(i)] : i;
        if (!rng.chance(share))
            continue;
        ++outage.affected;
        const Practice &practice = population.practices[std::size_t(practiceIndex)];
        const qint64 notice =
            population.firstUse(practice, calendar, outage.start, outage.end, noticeMs, rng);
        if (notice < 0)
            continue;
        // Reported at the first failure, or perhaps at a later one while it still fails.
        qint64 decided = rng.chance(practice.reportChance) ? notice : -1;
        const double later = practice.reportChance * spec.reporters.laterChance;
        for (qint64 use = notice; decided < 0 && later > 0;) {
            use =
                population.firstUse(practice, calendar, use + minuteMs, outage.end, noticeMs, rng);
            if (use < 0)
                break;
            if (rng.chance(later))
                decided = use;
        }
        if (decided < 0)
            continue;
        ++outage.reporters;
        outage.reports += reporter.report(practiceIndex, notice, decided, outage.end, sent);
    }

    // Eligibility (outagesim.h): enough practices within 30 minutes, more than chance gives.
    std::stable_sort(sent.begin(), sent.end(),
                     [](const Sent &a, const Sent &b) { return a.reportedAt < b.reportedAt; });
    std::vector<int> stamp(std::size_t(all), 0);
    int stampValue = 0;
    const auto judge = [&](qint64 windowStart) {
        const int count = reportersIn(sent, windowStart, stamp, stampValue);
        const double mean =
            month.expectedUnrelated(outage.service, windowStart, windowStart + 30 * minuteMs);
        const int threshold = chanceThreshold(mean, spec.eligibleQuantile);
        return std::tuple{count, mean, threshold};
    };
    const auto keep = [&outage, &spec](qint64 windowStart, int count, double mean, int threshold) {
        outage.windowStart = windowStart;
        outage.windowReporters = count;
        outage.chanceMean = mean;
        outage.chanceThreshold = threshold;
        outage.eligible = count >= std::max(spec.eligibleMinReporters, threshold);
    };
    const auto [first, firstMean, firstThreshold] = judge(outage.start);
    outage.reportersFirst30 = first;
    keep(outage.start, first, firstMean, firstThreshold);
    if (!isWorkingTime(outage.start, month.zone)) {
        // Nobody was there at the start: the best 30 minutes of it count.
        int bestMargin = first - std::max(spec.eligibleMinReporters, firstThreshold);
        for (const Sent &s : sent) {
            if (s.reportedAt < outage.start || s.reportedAt >= outage.end)
                continue;
            const auto [count, mean, threshold] = judge(s.reportedAt);
            const int margin = count - std::max(spec.eligibleMinReporters, threshold);
            if (margin > bestMargin) {
                bestMargin = margin;
                keep(s.reportedAt, count, mean, threshold);
            }
        }
    }
}

} // namespace ehb::sim::detail
