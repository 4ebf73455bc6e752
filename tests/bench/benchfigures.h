#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace ehb::bench {

// The value below which `fraction` of the samples lie (nearest rank); 0 without samples.
template <typename T> T percentile(QList<T> samples, double fraction)
{
    if (samples.isEmpty())
        return T{};
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = std::min(samples.size() - 1, qsizetype(fraction * samples.size()));
    return samples.at(rank);
}

template <typename T> T median(const QList<T> &samples)
{
    return percentile(samples, 0.5);
}

inline QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace ehb::bench
