#pragma once

#include "server/http/httplimits.h"

#include <QByteArrayView>
#include <QHash>

#include <functional>
#include <mutex>

namespace ehb::server {

// Token buckets by key (a client address, an installation), shared by every worker thread.
// Keys are kept only as a keyed hash, in memory. Memory is bounded: past maxKeys, full buckets
// (which a new one would equal) are dropped first, then those untouched the longest.
class RateLimiter
{
public:
    // Milliseconds on a monotonic clock; tests pass a fake one.
    using Clock = std::function<qint64()>;

    static constexpr qsizetype defaultMaxKeys = 100'000;

    struct Decision
    {
        bool allowed = true;
        // When refused: whole seconds until one token is back (at least 1).
        int retryAfterSeconds = 0;
    };

    explicit RateLimiter(RateLimit limit, Clock clock = {}, qsizetype maxKeys = defaultMaxKeys);
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    // Takes one token from `key`'s bucket.
    Decision take(QByteArrayView key);

    qsizetype size() const;
    RateLimit limit() const { return m_limit; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updated = 0;
    };

    double refilled(const Bucket &bucket, qint64 now) const;
    void makeRoom(qint64 now);

    const RateLimit m_limit;
    const Clock m_clock;
    const qsizetype m_maxKeys;
    const size_t m_seed;
    mutable std::mutex m_mutex;
    QHash<size_t, Bucket> m_buckets;
};

} // namespace ehb::server
