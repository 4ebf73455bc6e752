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
// Impact, March 2025, hourly value 90 EUR: recip-e 20 reports, 8 with an impact, 14 practices,
// 240 min reported by 8 (median 30), 6 practices without minutes (estimate 180), 40 patients
// (median 5), fallback none 1, paper 4, later 2, other 1; ehealthbox 6 reports, 2 with an
// impact, 5 practices, 45 min by 2 (median 22.5), 3 without (estimate 67.5), 6 patients (median
// 3), paper 2; the other services nothing (medians and estimates null). Episodes as in
// episodes(): recip-e 210 min by 7, 5 without (estimate 150); ehealthbox 45 min, 2 without
// (estimate 45). Totals 26 reports, 10 with an impact, 19 practices, 285 min (median 25), 9
// without (estimate 225), 46 patients. Without `hourlyValue`, hourly_value is null and there are
// no money figures.
QByteArray impact(bool hourlyValue = true);
// The official record beside episodes(): recip-e's episode admitted 25 min late (a partial
// outage 08:25-09:40 UTC, 40 min after the episode's end), ehealthbox's never (official status
// operational, 30 min never admitted); a major outage of chapter-iv on 12 March 10:00-11:30 UTC
// that no GP reported (90 min). Per service: recip-e 1 admitted, median lag 25; ehealthbox 1
// not admitted, 30 min; the rest 0 (median null).
QByteArray official();
// The change log behind official(), from 2000: recip-e and ehealthbox operational from
// 1 February 2025; recip-e partial 5 March 08:25-09:40 UTC; chapter-iv known from 10 March
// 00:00 UTC (no record before), major 12 March 10:00-11:30 UTC; ehealthbox unknown 25 March
// 06:00-08:00 UTC; an unmapped component (service null) in a major outage.
QByteArray officialChanges();
// recip-e outage (5 reports, 4 practices), ehealthbox possible (counts hidden), the rest normal.
QByteArray live();

} // namespace ehb::test::samples
