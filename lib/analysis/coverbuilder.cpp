#include "analysis/coverbuilder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <utility>

namespace ehb::analysis::detail {

namespace {

// splitmix64's finalizer: installation keys and UUIDs are random already, but not every
// caller's need be.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

quint64 hashOf(quint64 key)
{
    return mix(key);
}

quint64 hashOf(const InstallationNumbers::Uuid &uuid)
{
    return mix(uuid.high ^ mix(uuid.low));
}

template <typename Key> void InstallationNumbers::Table<Key>::clear()
{
    // Small to begin with (it grows): a large table costs cache misses on every lookup.
    constexpr std::size_t initialCapacity = 1024;
    if (m_slots.empty())
        m_slots.resize(initialCapacity);
    else if (m_size > 0)
        std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_size = 0;
}

template <typename Key> int InstallationNumbers::Table<Key>::insert(const Key &key, int next)
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hashOf(key) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.number < 0) {
            slot = {key, next};
            ++m_size;
            return next;
        }
        if (slot.key == key)
            return slot.number;
    }
}

template <typename Key> int InstallationNumbers::Table<Key>::number(const Key &key, int next)
{
    if ((m_size + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.number >= 0)
                insert(slot.key, slot.number);
        }
    }
    return insert(key, next);
}

void InstallationNumbers::clear()
{
    m_keys.clear();
    m_uuids.clear();
    m_count = 0;
}

int InstallationNumbers::number(const Observation &observation)
{
    int number = 0;
    if (observation.installationKey) {
        number = m_keys.number(observation.installationKey, m_count);
    } else {
        const QUuid &uuid = observation.installation;
        Uuid key{(quint64(uuid.data1) << 32) | (quint64(uuid.data2) << 16) | uuid.data3, 0};
        std::memcpy(&key.low, uuid.data4, sizeof key.low);
        number = m_uuids.number(key, m_count);
    }
    if (number == m_count)
        ++m_count;
    return number;
}

ReportCover reportCover(const Observation &observation, const EpisodeParameters &parameters,
                        int installation)
{
    const Cover cover = coverOf(observation, parameters);
    const qint64 sent = std::max(observation.startedAt, observation.reportedAt);
    // A report sent while the problem lasted says "down" at the moment it was sent, one sent
    // soon after ("it was down from 9:00 to 9:30") up to its end. One typed hours later is
    // sure only of its start; its (rounded) end counts as a "resolved" click, though not as a
    // bound (Episode::endLatest): a guess on the quarter hour, as often before the end as after.
    // "Still failing", answered when the app asked, says "down" then too, though it is not a
    // report sent (the pace of the reports, episodedips.cpp, does not count it).
    const bool live = sent <= cover.end + parameters.graceMs;
    const qint64 sentDown = live ? std::min(sent, cover.end) : cover.start;
    const qint64 confirmed = observation.confirmedAt
                                 ? std::clamp(*observation.confirmedAt, cover.start, cover.end)
                                 : noTime;
    // "Resolved now", answered when the app asked, is no click (see answersSwitch).
    const bool answered = observation.endedAt && observation.endAnswered;
    return {cover.start,
            cover.end,
            sentDown,
            std::max(sentDown, confirmed),
            observation.endedAt && !answered ? cover.end : noTime,
            live ? sentDown : noTime,
            answered ? std::max(cover.start, *observation.endedAt) : noTime,
            installation,
            observation.service};
}

const std::vector<ReportCover> &CoverBuilder::build(const Observation *observations,
                                                    const std::vector<IndexRange> &ranges,
                                                    const EpisodeParameters &parameters)
{
    std::size_t size = 0;
    for (const IndexRange &range : ranges)
        size += std::size_t(range.end - range.begin);
    m_numbers.clear();
    m_unsorted.clear();
    m_unsorted.reserve(size);
    for (const IndexRange &range : ranges) {
        for (const std::uint32_t *i = range.begin; i != range.end; ++i) {
            const Observation &observation = observations[*i];
            m_unsorted.push_back(
                reportCover(observation, parameters, m_numbers.number(observation)));
        }
    }
    sortByStart();
    return m_covers;
}

// An LSD radix sort on the starts (12 bits a pass, only as many passes as the spread of the
// starts needs: three for two years), stable, then one gather.
void CoverBuilder::sortByStart()
{
    const std::size_t size = m_unsorted.size();
    // Reports read from an index on (service, start) come nearly in order already.
    const auto byStart = [](const ReportCover &a, const ReportCover &b) {
        return a.start < b.start;
    };
    if (std::is_sorted(m_unsorted.begin(), m_unsorted.end(), byStart)) {
        m_covers.swap(m_unsorted);
        return;
    }
    m_keyed.resize(size);
    m_buffer.resize(size);
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const ReportCover &cover : m_unsorted)
        earliest = std::min(earliest, cover.start);
    quint64 spread = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const quint64 key = quint64(m_unsorted[i].start) - quint64(earliest);
        m_keyed[i] = {key, std::uint32_t(i)};
        spread |= key;
    }
    constexpr int bits = 12;
    constexpr std::size_t buckets = std::size_t(1) << bits;
    const int passes = (std::bit_width(spread) + bits - 1) / bits;
    std::array<std::uint32_t, buckets> counts{};
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = pass * bits;
        counts.fill(0);
        for (const Keyed &keyed : m_keyed)
            ++counts[(keyed.key >> shift) & (buckets - 1)];
        if (std::find(counts.begin(), counts.end(), std::uint32_t(size)) != counts.end())
            continue; // every key has this digit
        std::uint32_t sum = 0;
        for (std::uint32_t &count : counts) // each digit's first place
            sum += std::exchange(count, sum);
        for (const Keyed &keyed : m_keyed)
            m_buffer[counts[(keyed.key >> shift) & (buckets - 1)]++] = keyed;
        m_keyed.swap(m_buffer);
    }
    m_covers.resize(size);
    for (std::size_t i = 0; i < size; ++i)
        m_covers[i] = m_unsorted[m_keyed[i].index];
}

} // namespace ehb::analysis::detail
