#include "server/http/ratelimiter.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace ehb::server {

namespace {

qint64 steadyMilliseconds()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RateLimiter::RateLimiter(RateLimit limit, Clock clock, qsizetype maxKeys)
    : m_limit(limit)
    , m_clock(clock ? std::move(clock) : Clock(steadyMilliseconds))
    , m_maxKeys(std::max<qsizetype>(maxKeys, 8))
    // A secret seed: nobody can aim collisions at a bucket, and the table names no key.
    , m_seed(size_t(QRandomGenerator::system()->generate64()))
{}

RateLimiter::Decision RateLimiter::take(QByteArrayView key)
{
    if (!m_limit.enabled())
        return {};
    const qint64 now = m_clock();
    const size_t hash = qHash(key, m_seed);

    const std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(hash);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            makeRoom(now);
        it = m_buckets.insert(hash, Bucket{double(m_limit.burst), now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = refilled(bucket, now);
    bucket.updated = std::max(bucket.updated, now);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double seconds = std::ceil((1.0 - bucket.tokens) / m_limit.perSecond);
    return {false, int(std::clamp(seconds, 1.0, 86400.0))};
}

qsizetype RateLimiter::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

double RateLimiter::refilled(const Bucket &bucket, qint64 now) const
{
    const qint64 elapsed = std::max<qint64>(0, now - bucket.updated);
    return std::min(double(m_limit.burst),
                    bucket.tokens + double(elapsed) * m_limit.perSecond / 1000.0);
}

// Called with the lock held, when the table is full. Frees at least an eighth of it, so that
// the sweep costs O(1) per new key on average.
void RateLimiter::makeRoom(qint64 now)
{
    m_buckets.removeIf(
        [&](const auto &entry) { return refilled(entry.value(), now) >= double(m_limit.burst); });
    const qsizetype target = m_maxKeys - m_maxKeys / 8;
    if (m_buckets.size() <= target)
        return;
    std::vector<qint64> ages;
    ages.reserve(size_t(m_buckets.size()));
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        ages.push_back(it.value().updated);
    const auto cut = ages.begin() + (m_buckets.size() - target);
    std::nth_element(ages.begin(), cut, ages.end());
    const qint64 oldestKept = *cut;
    m_buckets.removeIf([&](const auto &entry) { return entry.value().updated < oldestKept; });
    // Equal ages around the cut: drop more of them until below the target.
    for (auto it = m_buckets.begin(); it != m_buckets.end() && m_buckets.size() > target;) {
        if (it.value().updated == oldestKept)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace ehb::server
