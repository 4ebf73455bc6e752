#pragma once

#include <QUuid>

#include <optional>

namespace ehb::analysis {

// One report as the analysis sees it. Times are UTC, in milliseconds since the epoch.
struct Observation
{
    int service = 0; // index into the caller's service list
    QUuid installation;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
    qint64 reportedAt = 0;
};

} // namespace ehb::analysis
