#pragma once

#include <QString>

namespace ehb::bench {

// The CPU model from /proc/cpuinfo (the architecture when there is none).
QString cpuModel();
// The three load averages from /proc/loadavg, "unknown" when unreadable.
QString loadAverage();
// Removes a SQLite file with its -wal and -shm files and the benchmarks' ".complete" marker;
// false when one of them stays.
bool removeSqlite(const QString &file);

} // namespace ehb::bench
