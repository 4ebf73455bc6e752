#pragma once

// A simulated month of GP reports with a known truth, to evaluate lib/analysis (METHOD.md) on
// realistic months: thousands of practices with working hours, unrelated reports on every
// service, a handful of outages (regional, flapping, late-afternoon, at the month's edges) and
// imprecise people reporting them.
//
// Deterministic: the same MonthSpec and seed give the same month, byte for byte. Every draw comes
// from std::mt19937_64 (fully specified by the standard) through our own uniform, exponential
// and Poisson; no std distribution is used (their output differs between standard libraries).
// Belgium's public holidays are kept by the practices as Sundays (the analysis counts them as
// working days). All times are whole seconds; the only libm calls are log and exp, whose last-bit
// differences between platforms (or a compiler fusing multiply-adds) could in principle flip a draw
// (tst_outagesim pins a fingerprint of one month to notice that).
//
// The truth's `eligible`: an outage is one the method ought to find when
//   1. at least `eligibleMinReporters` (5) distinct practices reported it within 30 minutes:
//      the practices with a report of the outage whose reportedAt lies in [start, start + 30 min]
//      -- or, when the outage starts outside working hours (Mon-Fri 08:00-18:00 local), in any
//      window [t, t + 30 min] where t is the reportedAt of one of its reports before its end;
//   2. and that count is more than chance gives on that service then: count >= 1 + the 0.999
//      Poisson quantile of the expected number of distinct practices with unrelated reports in
//      that window (the integral of the service's background rate over the window; a practice's
//      local problem is counted once, at its first report).
// `chanceThreshold` holds 1 + that quantile, `windowReporters` the count of the window used.

#include "analysis/observation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ehb::sim {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// The 14 services in the order of the catalogue (resources/services.json): the observations'
// service is an index into this list.
QStringList serviceNames();
int serviceIndex(const QString &name); // -1 when unknown
// The 11 ISO 3166-2:BE codes (analysis::provinceCodes()); a province is an index into them.
QStringList provinceNames();

// Per service: how often practices report it for their own local problems, how prone it is to
// outages and how quickly a working GP runs into an outage of it.
struct ServiceSpec
{
    double perHourAtPeak = 1;     // unrelated reports an hour at the weekday peak, 5000 practices
    double outageWeight = 1;      // relative share of the month's outages
    double regionalShare = 0;     // share of its outages confined to one province
    double noticeMeanMinutes = 5; // mean time, while working, until a GP uses it and fails
};
QList<ServiceSpec> defaultServices(); // one per serviceNames() entry

// How people report (see reporters.cpp for how each is used).
struct ReporterSpec
{
    // Practices differ in how readily they report an outage they run into: the share of each
    // kind and its chance to report.
    double eagerShare = 0.4, eagerChance = 0.8;
    double neverShare = 0.15; // the rest report with moderateChance
    double moderateChance = 0.3;
    // A practice that did not report at its first failure may at a later one: each further use
    // while the service fails (at the service's notice pace), with this share of its chance.
    // 0: only the first failure counts (every report comes in the outage's first minutes).
    double laterChance = 0;
    double sendDelayMeanMinutes = 2; // from noticing to sending (retrying first)
    // "Since": now; rounded back (the smallest of 15 min, 30 min, 1 h covering the time since
    // the GP first ran into it); generous (the choice above that); "1 h" whatever happened; else
    // a typed time (custom), on 5 minutes.
    double sinceNow = 0.35, sinceRoundedBack = 0.3, sinceGenerous = 0.1, sinceHour = 0.05;
    double customMeanMinutes = 5; // a typed start lies this much before noticing, on average
    // "Resolved": clicked at all; of the clicks, prompt (minutes after the end, when at work),
    // next day (14-30 h late); the rest late (15 min to 6 h).
    double resolvedClicked = 0.3, resolvedPrompt = 0.35, resolvedNextDay = 0.15;
    double reportTwice = 0.1;  // a second report 3-20 minutes later while it still fails
    double retroactive = 0.05; // reported 1-8 h after the end, with a typed since and end
    // The app asks "Is it back for you?" once a service has looked normal for 10 minutes, of
    // each report still open: this share answers, when next at the PC, "Still failing"
    // (confirmedAt) or "Resolved now" (the end). 0: an app without the question.
    double askAnswered = 0;
    // 1: the report says that its end answered the question (Observation::endAnswered); 0: an
    // app that sends the answer as a "resolved" click.
    double askMarked = 1;
    // Clocks: this share of practices is off by up to clockMaxMinutes (either way), the others
    // by up to a minute.
    double clockSkewedShare = 0.15;
    double clockMaxMinutes = 5;
};

// Unrelated reports: one practice's own problem (its internet, its PC, a one-off error).
struct BackgroundSpec
{
    double resolvedClicked = 0.3;  // "resolved" 5 min to 4 h later
    double repeatShare = 0.15;     // the problem reported 1-3 more times within 90 minutes
    double persistentShare = 0.02; // ... or 4-15 more times over 1-4 hours
    double proneShare = 0.1;       // practices with 5 times the usual local problems
};

// An outage given by the caller (MonthSpec::fixedOutages).
struct FixedOutage
{
    int service = 0;
    qint64 start = 0; // UTC ms
    qint64 end = 0;
    double nominalReporters = 50; // practices that would report it on a weekday morning
    int province = -1;            // >= 0: regional
    int flapGroup = -1;           // >= 0: one of a flapping group
};

struct MonthSpec
{
    QDate month; // its first day; null: a random month of [firstYear, lastYear]
    int firstYear = 2025;
    int lastYear = 2026;
    int installations = 0; // 0: uniform in [minInstallations, maxInstallations]
    int minInstallations = 2000;
    int maxInstallations = 8000;
    int referenceInstallations = 5000; // ServiceSpec::perHourAtPeak is for this many
    double rateMultiplierMin = 0.5;    // each service's rates x log-uniform [min, max] a month
    double rateMultiplierMax = 2.0;
    QList<ServiceSpec> services = defaultServices();
    BackgroundSpec background;
    ReporterSpec reporters;

    bool outages = true;                            // false: background only (false-episode rates)
    std::optional<QList<FixedOutage>> fixedOutages; // set: exactly these outages, no random ones
    double outagesPerMonth = 6;                     // Poisson mean of outage events
    // Kinds of outage events (the rest ordinary: starting when practices work).
    double lateAfternoonShare = 0.15; // start 16:30-17:45 on a weekday, run into the evening
    double anyTimeShare = 0.12;       // start at any hour, nights and weekends included
    double flappingShare = 0.12;      // 2-3 outages 15-30 min apart, each 15-60 min
    double edgeShare = 0.08;          // across the month's first or last moment
    double cascadeShare = 0.3;        // of ehealth-auth's outages: recip-e fails with it
    double minMinutes = 10, maxMinutes = 480;     // log-uniform durations
    double minReporters = 5, maxReporters = 1000; // log-uniform nominal reporters
    bool publicHolidays = true;                   // practices close on them (as on Sundays)
    int contextDays = 8; // simulated before the month (the server reads 7 days before)
    int tailDays = 2;    // ... and after it (late "resolved" clicks and retroactive reports)
    int eligibleMinReporters = 5;
    double eligibleQuantile = 0.999;
};

enum class OutageKind
{
    Ordinary,
    LateAfternoon,
    AnyTime,
    Flapping,
    StartEdge,
    EndEdge,
    Cascade,
    Context,
    Fixed
};
QString kindName(OutageKind kind);

struct TrueOutage
{
    int service = 0;
    qint64 start = 0; // UTC ms, [start, end)
    qint64 end = 0;
    OutageKind kind = OutageKind::Ordinary;
    int province = -1;  // >= 0: only that province's practices were affected
    int flapGroup = -1; // >= 0: outages of one flapping group share it
    double nominalReporters = 0;
    int affected = 0;  // practices whose service failed
    int reporters = 0; // distinct practices that reported it
    int reports = 0;
    int reportersFirst30 = 0; // distinct practices reporting in [start, start + 30 min]
    // The eligibility rule of the header: the window's count and its chance threshold.
    qint64 windowStart = 0;
    int windowReporters = 0;
    double chanceMean = 0;
    int chanceThreshold = 0;
    bool eligible = false;
    double minutes() const { return double(end - start) / double(minuteMs); }
};

// A service's background model this month.
struct ServiceModel
{
    QString name;
    double multiplier = 1;       // the month's random factor
    double perHourAtPeak = 0;    // after the installations and the multiplier
    double perHourAllAtWork = 0; // the rate were every practice at work
    double noticeMeanMinutes = 0;
    int events = 0; // unrelated local problems generated (each one or more reports)
};

// Where an observation came from.
struct ObservationOrigin
{
    int outage = -1; // index into Month::outages, or -1: unrelated
    int event = -1;  // unrelated: the local problem's number within its service
    int practice = 0;
};

struct Month
{
    QDate month; // first day
    QTimeZone zone;
    qint64 from = 0; // the month, UTC ms [from, to)
    qint64 to = 0;
    qint64 simFrom = 0; // what was simulated, [simFrom, simTo)
    qint64 simTo = 0;
    int installations = 0;
    QList<quint64> keys;                       // per practice: its installationKey
    QList<int> province;                       // per practice
    QList<analysis::Observation> observations; // by reportedAt, installation, service, start
    QList<ObservationOrigin> origins;          // per observation
    QList<TrueOutage> outages;                 // by start, then service
    QList<ServiceModel> services;

    // The aggregate activity on the simulated 15-minute slots (UTC-aligned from simFrom):
    // the weighted share of practices at work (weights: proneness to local problems).
    static constexpr qint64 slotMs = 15 * minuteMs;
    QList<double> activity;
    // Expected unrelated local problems of a service in [a, b).
    double expectedUnrelated(int service, qint64 a, qint64 b) const;
};

Month simulate(const MonthSpec &spec, quint64 seed);

// 1 + the smallest k with P(X <= k) >= quantile, X Poisson with this mean.
int chanceThreshold(double mean, double quantile = 0.999);
// Mon-Fri 08:00-18:00 in the zone (lib/analysis/workinghours.h).
bool isWorkingTime(qint64 ms, const QTimeZone &zone);

} // namespace ehb::sim
