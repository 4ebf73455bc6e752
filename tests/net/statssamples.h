#pragma once

#include <QByteArray>

// Staff statistics answers with known figures, as the server would send them (API contract of
// issue 4), for client and GUI tests.
namespace ehb::test::samples {

// March 2025 in Europe/Brussels, day buckets 3, 4 and 5 March: recip-e 5, 10, 0 reports (4, 8,
// 0 practices), ehealthbox 2, 0, 7 (2, 0, 5).
QByteArray frequency();
// Monday 09:00 40 reports, Tuesday 14:00 10, Sunday 23:00 20; total 70.
QByteArray heatmap();
// March 2025: recip-e 5 March 08:00-09:00 UTC (60 min, 17 reports, 12 practices), ehealthbox
// 20 March 12:00-12:30 UTC (30 min, 5 reports, 4 practices); every catalogue service in
// "services", recip-e availability 0.998654 (SLA not met), ehealthbox 0.999327 (met), the
// rest 1 (met); SLA target 0.999.
QByteArray episodes();
// 100 reports: timeout 60, unreachable 30, slow 10; software HealthOne 50, CareConnect 30,
// "" 20; provinces BE-VAN 40, BE-BRU 25, BE-WLG 15, the other eight 0, "" 20.
QByteArray breakdown();
// recip-e outage (5 reports, 4 practices), ehealthbox possible (counts hidden), the rest normal.
QByteArray live();

} // namespace ehb::test::samples
