#include "coverbuilder.h"

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

void InstallationNumbers::clear()
{
    // Small tables to begin with (they grow): a large one costs cache misses on every lookup.
    for (std::vector<Slot> *table : {&m_keys, &m_uuids}) {
        if (table->empty())
            table->assign(initialCapacity, Slot{});
        else if (m_count > 0)
            std::fill(table->begin(), table->end(), Slot{});
    }
    m_count = 0;
}

int InstallationNumbers::find(std::vector<Slot> &table, quint64 high, quint64 low, int next)
{
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = mix(high ^ mix(low)) & mask;; i = (i + 1) & mask) {
        Slot &slot = table[i];
        if (slot.number < 0) {
            slot = {high, low, next};
            return next;
        }
        if (slot.high == high && slot.low == low)
            return slot.number;
    }
}

void InstallationNumbers::grow(std::vector<Slot> &table)
{
    std::vector<Slot> old(table.size() * 2);
    old.swap(table);
    for (const Slot &slot : old) {
        if (slot.number >= 0)
            find(table, slot.high, slot.low, slot.number);
    }
}

int InstallationNumbers::number(const Observation &observation)
{
    std::vector<Slot> &table = observation.installationKey ? m_keys : m_uuids;
    quint64 high = observation.installationKey;
    quint64 low = 0;
    if (!observation.installationKey) {
        const QUuid &uuid = observation.installation;
        high = (quint64(uuid.data1) << 32) | (quint64(uuid.data2) << 16) | uuid.data3;
        std::memcpy(&low, uuid.data4, sizeof low);
    }
    // At most half full: m_count bounds either table's entries.
    if (std::size_t(m_count + 1) * 2 > table.size())
        grow(table);
    const int number = find(table, high, low, m_count);
    if (number == m_count)
        ++m_count;
    return number;
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
