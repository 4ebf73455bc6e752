#pragma once

#include "analysis/episodefinder.h"

#include <cstdint>
#include <vector>

namespace ehb::analysis::detail {

// Numbers installations densely (0, 1, ...) in the order they are met: an open-addressing table
// on the 64-bit installation key or, without one, on the QUuid's 128 bits. Per service, so that
// services can be numbered on different threads (the finder needs no more than that).
class InstallationNumbers
{
public:
    void clear();
    int number(const Observation &observation);
    int count() const { return m_count; }

    struct Uuid // a QUuid's 128 bits
    {
        quint64 high;
        quint64 low;
        bool operator==(const Uuid &) const = default;
    };

private:
    // An open-addressing table, at most half full, its capacity a power of two.
    template <typename Key> class Table
    {
    public:
        void clear();
        int number(const Key &key, int next);

    private:
        struct Slot
        {
            Key key{};
            int number = -1; // -1: empty
        };
        int insert(const Key &key, int next);
        std::vector<Slot> m_slots;
        std::size_t m_size = 0;
    };
    Table<quint64> m_keys;
    Table<Uuid> m_uuids;
    int m_count = 0;
};

// A run of indices into the observations.
struct IndexRange
{
    const std::uint32_t *begin;
    const std::uint32_t *end;
};

// One service's covers, by start (stable: reports starting together keep their order), with
// installation numbers of its own. Reusable from one service to the next, not across threads.
// The finder's result depends on neither the numbering nor the order of covers that start
// together (it groups by installation, takes maxima, counts, and reads times in order), so the
// services can be built and searched apart, on any thread, with the same result.
class CoverBuilder
{
public:
    // The covers of the observations the ranges give, in that order before sorting.
    const std::vector<ReportCover> &build(const Observation *observations,
                                          const std::vector<IndexRange> &ranges,
                                          const EpisodeParameters &parameters);
    int installationCount() const { return m_numbers.count(); }

private:
    struct Keyed
    {
        quint64 key; // start minus the earliest start
        std::uint32_t index;
    };
    void sortByStart();

    InstallationNumbers m_numbers;
    std::vector<ReportCover> m_unsorted;
    std::vector<ReportCover> m_covers;
    std::vector<Keyed> m_keyed;
    std::vector<Keyed> m_buffer;
};

} // namespace ehb::analysis::detail
