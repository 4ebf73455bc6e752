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
    // When non-zero, this identifies the installation instead of `installation` (the server
    // has a 64-bit key per installation: cheaper to number than a QUuid). Observations with a
    // key and observations without one are never taken for the same installation, so a caller
    // fills it for all its observations or for none.
    quint64 installationKey = 0;
    // The latest time the GP confirmed it still failing ("Still failing" when the app asked
    // "Is it back for you?"): between startedAt and endedAt, not necessarily before reportedAt.
    std::optional<qint64> confirmedAt = std::nullopt;
    // endedAt is the GP's "Resolved now" when the app asked "Is it back for you?", not a click
    // of the GP's own: it says it worked by then, not when it came back (the app asks everyone
    // at once, so the answers come together whatever the end was).
    bool endAnswered = false;
};

} // namespace ehb::analysis
