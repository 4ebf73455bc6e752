#pragma once

#include "analysis/observation.h"

#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace ehb::analysis::test {

constexpr qint64 minuteMs = 60000;
constexpr qint64 hourMs = 60 * minuteMs;

// How GPs report during an outage. The defaults are the imprecise reporters of the issue:
// rounded "since" choices (mostly rounded back), "resolved" clicked late (sometimes hours or a
// day late) or never, and some practices sending the same problem more than once.
struct ReporterModel
{
    double noticeEarly = 0.6;                // share noticing soon after the start...
    qint64 noticeEarlyMeanMs = 8 * minuteMs; // ... after an exponential delay of this mean;
                                             // the others notice at a uniform time in the outage
    qint64 reportDelayMeanMs = 3 * minuteMs; // from noticing to sending
    // "Since" when reporting, elapsed being the time from noticing to sending: the smallest
    // quick choice (now, 15, 30, 60 min) >= elapsed ("rounded back"), "1 h" whatever happened,
    // the exact time (custom), or else the nearest quick choice.
    double sinceRoundedBack = 0.35;
    double sinceSloppyHour = 0.05;
    double sinceExact = 0.1;
    double resolvedClicked = 0.35;             // "resolved" clicked at all (else no end)
    qint64 resolvedDelayMeanMs = 8 * minuteMs; // usual delay after the true end
    double resolvedHoursLate = 0.2;            // of the clicks: 1-6 h late
    double resolvedNextDay = 0.05;             // of the clicks: 14-30 h late
    double repeats = 0.2;                      // practices sending 1-3 more reports
};

// A seeded generator of synthetic reports with a known truth.
class ScenarioGenerator
{
public:
    explicit ScenarioGenerator(quint32 seed, int poolSize = 2000);

    QUuid installation(int index) const { return m_pool.at(index); }
    int poolSize() const { return int(m_pool.size()); }

    // The reports of an outage of `service` over [start, end) seen by `installations` distinct
    // practices of the pool.
    void outage(int service, qint64 start, qint64 end, int installations, QList<Observation> &out,
                const ReporterModel &model = {});

    // A practice's local problem: `reports` reports from one installation around `at`, some
    // with an end, some without.
    void localProblem(int service, int installation, qint64 at, int reports,
                      QList<Observation> &out);

    // Unrelated single reports (each from a random practice) at `perHour` on average over
    // [from, to), Poisson arrivals, a third of them with an end 5-60 min later.
    void background(int service, qint64 from, qint64 to, double perHour, QList<Observation> &out);

    QRandomGenerator &random() { return m_random; }
    double uniform() { return m_random.generateDouble(); }
    qint64 exponential(qint64 meanMs);
    qint64 between(qint64 lowMs, qint64 highMs); // uniform in [low, high)

private:
    QRandomGenerator m_random;
    QList<QUuid> m_pool;
};

} // namespace ehb::analysis::test
