#include "scenario.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ehb::analysis::test {

ScenarioGenerator::ScenarioGenerator(quint32 seed, int poolSize)
    : m_random(seed)
{
    m_pool.reserve(poolSize);
    for (int i = 0; i < poolSize; ++i) {
        QUuid id;
        id.data1 = m_random.generate();
        id.data2 = ushort(m_random.bounded(65536));
        id.data3 = ushort(0x4000 | m_random.bounded(4096));
        for (uchar &byte : id.data4)
            byte = uchar(m_random.bounded(256));
        m_pool.append(id);
    }
}

qint64 ScenarioGenerator::exponential(qint64 meanMs)
{
    return qint64(-std::log(1.0 - uniform()) * double(meanMs));
}

qint64 ScenarioGenerator::between(qint64 lowMs, qint64 highMs)
{
    return highMs <= lowMs ? lowMs : lowMs + qint64(uniform() * double(highMs - lowMs));
}

void ScenarioGenerator::outage(int service, qint64 start, qint64 end, int installations,
                               QList<Observation> &out, const ReporterModel &model)
{
    const qint64 duration = end - start;
    QSet<int> chosen;
    while (chosen.size() < std::min(installations, poolSize()))
        chosen.insert(int(m_random.bounded(poolSize())));
    QList<int> practices(chosen.begin(), chosen.end());
    std::sort(practices.begin(), practices.end()); // QSet order is not seeded
    for (const int practice : std::as_const(practices)) {
        qint64 noticed = uniform() < model.noticeEarly
                             ? start + exponential(model.noticeEarlyMeanMs)
                             : start + between(0, duration);
        if (noticed >= end - minuteMs)
            noticed = start + between(0, duration - minuteMs);
        const qint64 reported = std::min(end - 1, noticed + exponential(model.reportDelayMeanMs));
        const qint64 elapsed = reported - noticed;
        static constexpr qint64 choices[] = {0, 15 * minuteMs, 30 * minuteMs, 60 * minuteMs};
        qint64 since = choices[3];
        const double how = uniform();
        if (how < model.sinceRoundedBack) {
            for (const qint64 choice : choices) {
                if (choice >= elapsed) {
                    since = choice;
                    break;
                }
            }
        } else if (how < model.sinceRoundedBack + model.sinceSloppyHour) {
            since = choices[3];
        } else if (how < model.sinceRoundedBack + model.sinceSloppyHour + model.sinceExact) {
            since = elapsed;
        } else {
            since = *std::min_element(std::begin(choices), std::end(choices),
                                      [elapsed](qint64 a, qint64 b) {
                                          return std::abs(a - elapsed) < std::abs(b - elapsed);
                                      });
        }
        Observation report{service, m_pool.at(practice), reported - since, std::nullopt, reported};

        QList<Observation> sent{report};
        if (uniform() < model.repeats) {
            const int more = 1 + int(m_random.bounded(3));
            qint64 at = reported;
            for (int i = 0; i < more; ++i) {
                at += between(5 * minuteMs, 30 * minuteMs);
                if (at >= end)
                    break;
                // Either the same "since" again or "now".
                const qint64 started = uniform() < 0.5 ? report.startedAt : at;
                sent.append({service, report.installation, started, std::nullopt, at});
            }
        }
        if (uniform() < model.resolvedClicked) {
            const double late = uniform();
            qint64 delay = exponential(model.resolvedDelayMeanMs);
            if (late < model.resolvedNextDay)
                delay = between(14 * hourMs, 30 * hourMs);
            else if (late < model.resolvedNextDay + model.resolvedHoursLate)
                delay = between(hourMs, 6 * hourMs);
            // "Resolved now" on the practice's latest report.
            sent.last().endedAt = end + delay;
        }
        out.append(sent);
    }
}

void ScenarioGenerator::localProblem(int service, int installation, qint64 at, int reports,
                                     QList<Observation> &out)
{
    qint64 when = at;
    for (int i = 0; i < reports; ++i) {
        Observation report{service, m_pool.at(installation), when - between(0, 30 * minuteMs),
                           std::nullopt, when};
        if (uniform() < 0.3)
            report.endedAt = when + between(5 * minuteMs, 3 * hourMs);
        out.append(report);
        when += between(minuteMs, 10 * minuteMs);
    }
}

void ScenarioGenerator::background(int service, qint64 from, qint64 to, double perHour,
                                   QList<Observation> &out)
{
    if (perHour <= 0)
        return;
    const qint64 mean = qint64(hourMs / perHour);
    for (qint64 at = from + exponential(mean); at < to; at += exponential(mean)) {
        const QUuid practice = m_pool.at(int(m_random.bounded(poolSize())));
        const qint64 since = uniform() < 0.5 ? 0 : 15 * minuteMs * (1 + m_random.bounded(4));
        Observation report{service, practice, at - since, std::nullopt, at};
        if (uniform() < 1.0 / 3)
            report.endedAt = at + between(5 * minuteMs, 60 * minuteMs);
        out.append(report);
    }
}

} // namespace ehb::analysis::test
