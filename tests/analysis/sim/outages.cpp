// The month's true outages: when, how long, which service, how widely felt. Their reporters come
// after (reporters.cpp).
#include "sim/simdetail.h"

#include <QDateTime>

#include <algorithm>

namespace ehb::sim::detail {

namespace {

// Two outages of one service closer than this would look like one flapping outage.
constexpr qint64 separationMs = 45 * minuteMs;

// Start times drawn with the share of practices at work: outages under load get noticed, and
// failures come with load too.
class ActivityStarts
{
public:
    ActivityStarts(const Calendar &calendar, const std::vector<double> &plain, qint64 from,
                   qint64 to)
        : m_calendar(calendar)
    {
        m_first = std::max(0, calendar.slotOf(std::max(from, calendar.start)));
        const int last = to >= calendar.end ? calendar.slotCount() : calendar.slotOf(to);
        double sum = 0;
        for (int slot = m_first; slot < last; ++slot) {
            sum += plain[std::size_t(slot)];
            m_cumulative.push_back(sum);
        }
    }
    qint64 draw(Rng &rng) const
    {
        if (m_cumulative.empty())
            return m_calendar.start;
        const double u = rng.uniform() * m_cumulative.back();
        const auto index =
            std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u) - m_cumulative.begin();
        const int slot =
            m_first + int(std::min<qsizetype>(index, qsizetype(m_cumulative.size()) - 1));
        return m_calendar.slotStart(slot) + toSeconds(double(rng.bounded(Month::slotMs)));
    }

private:
    const Calendar &m_calendar;
    int m_first = 0;
    std::vector<double> m_cumulative;
};

bool fits(const QList<TrueOutage> &placed, const TrueOutage &candidate)
{
    for (const TrueOutage &other : placed) {
        if (other.service == candidate.service && candidate.start < other.end + separationMs &&
            other.start < candidate.end + separationMs)
            return false;
    }
    return true;
}

qint64 minutes(double value)
{
    return toSeconds(value * double(minuteMs));
}

} // namespace

QList<TrueOutage> placeOutages(const MonthSpec &spec, const Month &month,
                               const Population &population, const Calendar &calendar,
                               const std::vector<double> &plain, Rng &rng)
{
    QList<TrueOutage> placed;
    if (!spec.outages)
        return placed;
    if (spec.fixedOutages) {
        for (const FixedOutage &fixed : *spec.fixedOutages) {
            TrueOutage outage;
            outage.service = fixed.service;
            outage.start = fixed.start;
            outage.end = fixed.end;
            outage.kind = fixed.flapGroup >= 0 ? OutageKind::Flapping : OutageKind::Fixed;
            outage.province = fixed.province;
            outage.flapGroup = fixed.flapGroup;
            outage.nominalReporters = fixed.nominalReporters;
            placed.append(outage);
        }
    } else {
        std::vector<double> serviceWeights;
        for (const ServiceSpec &service : spec.services)
            serviceWeights.push_back(service.outageWeight);
        const ActivityStarts inMonth(calendar, plain, month.from, month.to);
        const qint64 contextTo = month.from - 12 * hourMs;
        const ActivityStarts inContext(calendar, plain, month.simFrom + dayMs, contextTo);
        const double monthDays = double(month.to - month.from) / double(dayMs);
        const int events = rng.poisson(spec.outagesPerMonth);
        const int contextEvents = rng.poisson(spec.outagesPerMonth * spec.contextDays / monthDays);
        int flapGroups = 0;
        for (int event = 0; event < events + contextEvents; ++event) {
            // A few attempts to place it where its service has no outage yet.
            for (int attempt = 0; attempt < 20; ++attempt) {
                const double kindDraw = rng.uniform();
                OutageKind kind = OutageKind::Ordinary;
                double edge = spec.lateAfternoonShare;
                if (event >= events)
                    kind = OutageKind::Context;
                else if (kindDraw < edge)
                    kind = OutageKind::LateAfternoon;
                else if (kindDraw < (edge += spec.anyTimeShare))
                    kind = OutageKind::AnyTime;
                else if (kindDraw < (edge += spec.flappingShare))
                    kind = OutageKind::Flapping;
                else if (kindDraw < (edge += spec.edgeShare))
                    kind = rng.chance(0.5) ? OutageKind::StartEdge : OutageKind::EndEdge;
                const int service = rng.pick(serviceWeights);
                const double nominal = rng.logUniform(spec.minReporters, spec.maxReporters);
                int province = -1;
                if (rng.chance(spec.services[service].regionalShare))
                    province = population
                                   .practices[std::size_t(
                                       rng.bounded(qint64(population.practices.size())))]
                                   .province;
                qint64 duration = minutes(rng.logUniform(spec.minMinutes, spec.maxMinutes));
                std::vector<std::pair<qint64, qint64>> parts;
                qint64 start = 0;
                switch (kind) {
                case OutageKind::LateAfternoon: {
                    QDate day = month.month.addDays(rng.bounded(month.month.daysInMonth()));
                    while (day.dayOfWeek() > 5)
                        day = day.addDays(1);
                    if (day.month() != month.month.month())
                        day = day.addDays(-7);
                    start = QDateTime(day, QTime(16, 30), month.zone).toMSecsSinceEpoch() +
                            minutes(rng.between(0, 75));
                    // It must run past 18:00, into the evening.
                    const double least = std::max(
                        60.0, double(QDateTime(day, QTime(18, 15), month.zone).toMSecsSinceEpoch() -
                                     start) /
                                  double(minuteMs));
                    duration = minutes(rng.logUniform(least, std::max(least, spec.maxMinutes)));
                    break;
                }
                case OutageKind::AnyTime:
                    start = month.from + toSeconds(double(rng.bounded(month.to - month.from)));
                    break;
                case OutageKind::StartEdge:
                case OutageKind::EndEdge:
                    duration = minutes(rng.logUniform(std::max(30.0, spec.minMinutes),
                                                      std::max(30.0, spec.maxMinutes)));
                    start = (kind == OutageKind::StartEdge ? month.from : month.to) -
                            toSeconds(rng.between(0.1, 0.9) * double(duration));
                    break;
                case OutageKind::Context:
                    start = inContext.draw(rng);
                    break;
                default:
                    start = inMonth.draw(rng);
                    break;
                }
                if (kind == OutageKind::Flapping) {
                    // 2-3 outages of 15-60 minutes, 15-30 minutes apart.
                    const int count = rng.chance(0.7) ? 2 : 3;
                    for (int i = 0; i < count; ++i) {
                        const qint64 length = minutes(rng.between(15, 60));
                        parts.push_back({start, start + length});
                        start += length + minutes(rng.between(15, 30));
                    }
                } else {
                    parts.push_back({start, start + duration});
                }
                QList<TrueOutage> group;
                for (const auto &[partStart, partEnd] : parts) {
                    TrueOutage outage;
                    outage.service = service;
                    outage.start = partStart;
                    outage.end = partEnd;
                    outage.kind = kind;
                    outage.province = province;
                    outage.flapGroup = kind == OutageKind::Flapping ? flapGroups : -1;
                    outage.nominalReporters = nominal;
                    group.append(outage);
                }
                // Cascade: with eHealth's authentication down, prescriptions fail too.
                if (spec.services.size() > 1 && service == 0 && kind != OutageKind::Flapping &&
                    rng.chance(spec.cascadeShare)) {
                    TrueOutage follower = group.front();
                    follower.service = 1;
                    follower.kind = OutageKind::Cascade;
                    follower.nominalReporters = nominal * rng.between(0.3, 0.8);
                    group.append(follower);
                }
                if (std::all_of(group.begin(), group.end(),
                                [&](const TrueOutage &o) { return fits(placed, o); })) {
                    placed.append(group);
                    flapGroups += kind == OutageKind::Flapping;
                    break;
                }
            }
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const TrueOutage &a, const TrueOutage &b) {
        return a.start != b.start ? a.start < b.start : a.service < b.service;
    });
    return placed;
}

} // namespace ehb::sim::detail
