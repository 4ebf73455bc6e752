#include "analysis/daygrid.h"

#include <algorithm>
#include <numeric>

namespace ehb::analysis::detail {

DayGrid DayGrid::build(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                       const HolidayCalendar &holidays)
{
    DayGrid grid;
    if (toMs <= fromMs)
        return grid;
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, tz).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs - 1, tz).date();
    for (QDate day = first; day <= last.addDays(1); day = day.addDays(1)) {
        grid.starts.push_back(QDateTime(day, QTime(0, 0), tz).toMSecsSinceEpoch());
        if (day <= last) {
            grid.weekday.push_back(day.dayOfWeek() <= 5 && !holidays.isHoliday(day));
            grid.weekdays += grid.weekday.back();
        }
    }
    return grid;
}

std::array<double, DayGrid::profileSlots> DayGrid::filledProfile()
{
    std::array<double, profileSlots> filled;
    filled.fill(1);
    return filled;
}

int DayGrid::profileSlot(qint64 ms) const
{
    const int day = dayOf(ms);
    if (day < 0)
        return 0;
    constexpr qint64 hourMs = 3600000;
    const auto hour = int(std::clamp<qint64>((ms - starts[std::size_t(day)]) / hourMs, 0, 23));
    return (weekday[std::size_t(day)] ? 0 : 24) + hour;
}

void DayGrid::measureProfile(const QList<Observation> &observations,
                             const EpisodeParameters &parameters)
{
    // Counts per day and hour; a sample of about 100,000 is plenty.
    const std::size_t dayCount = weekday.size();
    if (weekdays < 5 || dayCount == 0)
        return; // too few to tell: every hour alike
    std::vector<double> counts(dayCount * 24, 0);
    const qsizetype stride = std::max<qsizetype>(1, observations.size() / 100000);
    double sampled = 0;
    for (qsizetype i = 0; i < observations.size(); i += stride) {
        const qint64 start = coverOf(observations.at(i), parameters).start;
        const int day = dayOf(start);
        if (day < 0)
            continue;
        ++counts[std::size_t(day) * 24 + std::size_t(profileSlot(start) % 24)];
        ++sampled;
    }
    if (sampled < 500)
        return;
    // Per hour, the mean over the days of its kind without the busiest tenth of them: the days
    // of an outage do not make its hours look busy.
    std::array<double, profileSlots> perDay{};
    std::vector<double> column;
    for (int slot = 0; slot < profileSlots; ++slot) {
        column.clear();
        for (std::size_t d = 0; d < dayCount; ++d) {
            if (bool(weekday[d]) == (slot < 24))
                column.push_back(counts[d * 24 + std::size_t(slot % 24)]);
        }
        if (column.empty())
            continue;
        std::sort(column.begin(), column.end());
        const std::size_t kept = column.size() - column.size() / 10;
        perDay[std::size_t(slot)] =
            std::accumulate(column.begin(), column.begin() + std::ptrdiff_t(kept), 0.0) /
            double(kept);
    }
    double working = 0;
    for (int h = workingDayStartHour; h < workingDayEndHour; ++h)
        working += perDay[std::size_t(h)];
    working /= workingDayEndHour - workingDayStartHour;
    if (working <= 0)
        return;
    for (int slot = 0; slot < profileSlots; ++slot) {
        // Never quite zero (a report at 3 a.m. is rare, not impossible), and no hour of a
        // practice's day is more than twice as busy as its working hours on average: more is
        // outages, not practices at work.
        profile[std::size_t(slot)] = std::clamp(perDay[std::size_t(slot)] / working, 0.02, 2.0);
    }
}

int DayGrid::dayOf(qint64 ms) const
{
    if (starts.size() < 2 || ms < starts.front() || ms >= starts.back())
        return -1;
    // Days are 23 to 25 hours long: guess from 24 and step to the right one.
    constexpr qint64 dayMs = 24 * 3600000LL;
    auto day = std::min<qint64>((ms - starts.front()) / dayMs, qint64(starts.size()) - 2);
    while (day > 0 && ms < starts[std::size_t(day)])
        --day;
    while (day + 2 < qint64(starts.size()) && ms >= starts[std::size_t(day) + 1])
        ++day;
    return int(day);
}

} // namespace ehb::analysis::detail
