#pragma once

#include "core/report.h"

#include <QDateTime>

namespace ehb::test {

// A fixed "now" for tests: 2024-01-15T08:00:00Z, a Monday.
QDateTime fixedNow();

// A valid report at fixedNow(): Recip-e, timeout since 15 minutes, every optional field set.
Report sampleReport();

// A valid report with only the required fields, at `now`.
Report minimalReport(const QDateTime &now = fixedNow());

} // namespace ehb::test
