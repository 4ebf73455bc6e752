#pragma once

#include "analysis/episodes.h"

#include <QList>
#include <QTimeZone>

#include <array>
#include <vector>

namespace ehb::analysis::detail {

// The local days the reports fall in, to measure a service's usual level of unrelated reports.
struct DayGrid
{
    std::vector<qint64> starts; // local midnights (UTC ms), ascending, plus the end of the last
    std::vector<char> weekday;  // per day: Monday to Friday, not a holiday
    int weekdays = 0;
    // How busy each local hour is against a working hour, over every service (one service's
    // own few reports would give a noisy profile): [0, 24) the hours of working days, [24, 48)
    // those of weekends and holidays. 1 everywhere until measured.
    static constexpr int profileSlots = 48;
    std::array<double, profileSlots> profile = filledProfile();

    // Sets the profile from a sample of the observations' cover starts.
    void measureProfile(const QList<Observation> &observations,
                        const EpisodeParameters &parameters);
    // The profile slot of a moment (0 outside the grid).
    int profileSlot(qint64 ms) const;
    static std::array<double, profileSlots> filledProfile();

    static DayGrid build(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                         const HolidayCalendar &holidays);
    // The day of a moment, or -1 outside the grid.
    int dayOf(qint64 ms) const;
};

} // namespace ehb::analysis::detail
