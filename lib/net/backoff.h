#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace ehb {

// Capped exponential backoff with jitter, honouring a server's Retry-After.
struct BackoffPolicy
{
    std::chrono::milliseconds base{2000};
    std::chrono::milliseconds cap{15 * 60 * 1000};

    // The delay before try number `attempt` + 1 (attempt counts failures, from 1), for a
    // uniform random `jitter` in [0, 1): between half and all of min(cap, base·2^(attempt−1)).
    // A Retry-After wins when it is longer, but is itself capped at one hour.
    std::chrono::milliseconds delay(int attempt, double jitter,
                                    std::optional<std::chrono::milliseconds> retryAfter = {}) const;
};

// Parses a Retry-After header: delta-seconds or an HTTP-date, relative to `now`.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);

} // namespace ehb
