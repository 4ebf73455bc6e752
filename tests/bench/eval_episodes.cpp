// The outage analysis (lib/analysis, METHOD.md) on simulated months with a known truth
// (tests/analysis/sim): recall, false episodes, downtime, start and end errors, whether the
// truth lies inside the episodes' ranges, per service-month downtime (and its range), flapping,
// evening outages. For comparing methods, not pass/fail: every figure is printed, with a
// one-line SUMMARY at the end.
//
//   eval_episodes [--months 200] [--background-months 100] [--seed 1] [--threads 0]
//                 [--csv FILE] [--dump N | --dump bN] [--dump-reports] [--set NAME=VALUE]...
//                 [--method NAME=VALUE]...
//
// Month i has seed mix(seed, i) (background-only months their own), so a month can be looked at
// alone: --dump N prints month N's truth, episodes and matches (bN: background month N) and
// stops; --dump-reports adds every report near each outage. --set changes a realism parameter
// of the simulation (e.g. --set reporters.resolvedClicked=0.5; a wrong name lists them all),
// to see how a method's figures depend on it; --method changes a parameter of the method
// (lib/analysis/episodes.h; durations in minutes). The analysis runs as the server
// runs it: default EpisodeParameters, the reports started from 7 days before the month to its
// end, the month as the period in Europe/Brussels.
#include "analysis/episodes.h"
#include "benchfigures.h"
#include "benchmachine.h"
#include "evalfigures.h"
#include "evalmatch.h"
#include "evaltables.h"
#include "sim/outagesim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

using namespace ehb;
using namespace ehb::bench;
using namespace ehb::bench::eval;

namespace {

constexpr quint64 backgroundStream = 0x6261636b67726f75ULL; // "backgrou"

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

quint64 monthSeed(quint64 seed, quint64 index)
{
    quint64 x = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The realism knobs --set can change, by name (outagesim.h explains each).
QList<QPair<QString, double *>> knobs(sim::MonthSpec &spec)
{
    sim::ReporterSpec &r = spec.reporters;
    sim::BackgroundSpec &b = spec.background;
    return {
        {QStringLiteral("outagesPerMonth"), &spec.outagesPerMonth},
        {QStringLiteral("rateMultiplierMin"), &spec.rateMultiplierMin},
        {QStringLiteral("rateMultiplierMax"), &spec.rateMultiplierMax},
        {QStringLiteral("lateAfternoonShare"), &spec.lateAfternoonShare},
        {QStringLiteral("anyTimeShare"), &spec.anyTimeShare},
        {QStringLiteral("flappingShare"), &spec.flappingShare},
        {QStringLiteral("edgeShare"), &spec.edgeShare},
        {QStringLiteral("cascadeShare"), &spec.cascadeShare},
        {QStringLiteral("minMinutes"), &spec.minMinutes},
        {QStringLiteral("maxMinutes"), &spec.maxMinutes},
        {QStringLiteral("minReporters"), &spec.minReporters},
        {QStringLiteral("maxReporters"), &spec.maxReporters},
        {QStringLiteral("background.resolvedClicked"), &b.resolvedClicked},
        {QStringLiteral("background.repeatShare"), &b.repeatShare},
        {QStringLiteral("background.persistentShare"), &b.persistentShare},
        {QStringLiteral("background.proneShare"), &b.proneShare},
        {QStringLiteral("reporters.eagerShare"), &r.eagerShare},
        {QStringLiteral("reporters.eagerChance"), &r.eagerChance},
        {QStringLiteral("reporters.neverShare"), &r.neverShare},
        {QStringLiteral("reporters.moderateChance"), &r.moderateChance},
        {QStringLiteral("reporters.laterChance"), &r.laterChance},
        {QStringLiteral("reporters.sendDelayMeanMinutes"), &r.sendDelayMeanMinutes},
        {QStringLiteral("reporters.sinceNow"), &r.sinceNow},
        {QStringLiteral("reporters.sinceRoundedBack"), &r.sinceRoundedBack},
        {QStringLiteral("reporters.sinceGenerous"), &r.sinceGenerous},
        {QStringLiteral("reporters.sinceHour"), &r.sinceHour},
        {QStringLiteral("reporters.customMeanMinutes"), &r.customMeanMinutes},
        {QStringLiteral("reporters.resolvedClicked"), &r.resolvedClicked},
        {QStringLiteral("reporters.resolvedPrompt"), &r.resolvedPrompt},
        {QStringLiteral("reporters.resolvedNextDay"), &r.resolvedNextDay},
        {QStringLiteral("reporters.reportTwice"), &r.reportTwice},
        {QStringLiteral("reporters.retroactive"), &r.retroactive},
        {QStringLiteral("reporters.askAnswered"), &r.askAnswered},
        {QStringLiteral("reporters.askMarked"), &r.askMarked},
        {QStringLiteral("reporters.clockSkewedShare"), &r.clockSkewedShare},
        {QStringLiteral("reporters.clockMaxMinutes"), &r.clockMaxMinutes},
    };
}

// NAME=VALUE onto both specs; false (with a message) when NAME is unknown.
bool applySetting(const QString &setting, sim::MonthSpec &a, sim::MonthSpec &b)
{
    const qsizetype equals = setting.indexOf(QLatin1Char('='));
    bool ok = equals > 0;
    const double value = ok ? setting.mid(equals + 1).toDouble(&ok) : 0;
    const QString name = setting.left(equals);
    if (ok && name == QLatin1String("publicHolidays")) { // the one switch
        a.publicHolidays = b.publicHolidays = value != 0;
        return true;
    }
    if (ok) {
        ok = false;
        for (sim::MonthSpec *spec : {&a, &b}) {
            for (const auto &[knob, field] : knobs(*spec)) {
                if (knob == name) {
                    *field = value;
                    ok = true;
                }
            }
        }
    }
    if (!ok) {
        QStringList names;
        for (const auto &knob : knobs(a))
            names.append(knob.first);
        names.append(QStringLiteral("publicHolidays"));
        out() << "--set " << setting << ": expected NAME=NUMBER, NAME one of " << names.join(u' ')
              << '\n';
    }
    return ok;
}

struct Run
{
    sim::Month month;
    analysis::EpisodeAnalysis analysis;
    MonthResult result;
};

// The method's parameters --method can change, by name (lib/analysis/episodes.h); the ones in
// milliseconds are given in minutes.
analysis::EpisodeParameters &method()
{
    static analysis::EpisodeParameters parameters;
    return parameters;
}

bool applyMethodSetting(const QString &setting)
{
    analysis::EpisodeParameters &p = method();
    const QList<QPair<QString, qint64 *>> minutes = {
        {QStringLiteral("grace"), &p.graceMs},
        {QStringLiteral("mergeGap"), &p.mergeGapMs},
        {QStringLiteral("maxCover"), &p.maxCoverMs},
        {QStringLiteral("clickReach"), &p.clickReachMs},
        {QStringLiteral("answerGap"), &p.answerGapMs},
        {QStringLiteral("lateSend"), &p.lateSendMs},
        {QStringLiteral("burstWindow"), &p.burstWindowMs},
    };
    const QList<QPair<QString, double *>> numbers = {
        {QStringLiteral("peakFraction"), &p.peakFraction},
        {QStringLiteral("edgeFraction"), &p.edgeFraction},
        {QStringLiteral("chanceLevel"), &p.chanceLevel},
        {QStringLiteral("dipChance"), &p.dipChance},
    };
    const QList<QPair<QString, bool *>> switches = {
        {QStringLiteral("likelyEnds"), &p.likelyEnds},
    };
    const qsizetype equals = setting.indexOf(QLatin1Char('='));
    bool ok = equals > 0;
    const double value = ok ? setting.mid(equals + 1).toDouble(&ok) : 0;
    const QString name = setting.left(equals);
    bool known = false;
    for (const auto &[knob, field] : minutes) {
        if (ok && knob == name) {
            *field = qint64(value * 60000);
            known = true;
        }
    }
    for (const auto &[knob, field] : numbers) {
        if (ok && knob == name) {
            *field = value;
            known = true;
        }
    }
    for (const auto &[knob, field] : switches) {
        if (ok && knob == name) {
            *field = value != 0;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const auto &knob : minutes)
            names.append(knob.first);
        for (const auto &knob : numbers)
            names.append(knob.first);
        for (const auto &knob : switches)
            names.append(knob.first);
        out() << "--method " << setting << ": expected NAME=NUMBER, NAME one of "
              << names.join(u' ') << '\n';
    }
    return known;
}

Run runMonth(const sim::MonthSpec &spec, quint64 seed, int index, int threads)
{
    Run run;
    run.month = sim::simulate(spec, seed);
    const QList<analysis::Observation> view = serverView(run.month);
    const analysis::Period period{QDateTime::fromMSecsSinceEpoch(run.month.from, run.month.zone),
                                  QDateTime::fromMSecsSinceEpoch(run.month.to, run.month.zone),
                                  run.month.zone};
    QElapsedTimer timer;
    timer.start();
    const analysis::EpisodeFindings findings =
        analysis::findEpisodes(view, int(run.month.services.size()), period, method(), threads);
    run.analysis = analysis::summarizeEpisodes(findings, int(run.month.services.size()), period);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    run.result = evaluateMonth(run.month, run.analysis);
    run.result.seed = seed;
    run.result.index = index;
    run.result.background = !spec.outages;
    run.result.observations = int(view.size());
    run.result.analysisMs = ms;
    for (OutageRecord &record : run.result.outages) {
        record.seed = seed;
        record.monthIndex = index;
    }
    return run;
}

QString local(const sim::Month &month, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, month.zone).toString(QStringLiteral("MM-dd HH:mm"));
}

QString localSeconds(const sim::Month &month, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, month.zone)
        .toString(QStringLiteral("MM-dd HH:mm:ss"));
}

void dumpReports(const Run &run, int outage)
{
    // The outage's own reports, then the other reports of its service around it.
    const sim::Month &month = run.month;
    const sim::TrueOutage &truth = month.outages.at(outage);
    for (const bool own : {true, false}) {
        out() << (own ? "      its reports:\n" : "      unrelated reports of the service +-2 h:\n");
        for (qsizetype i = 0; i < month.observations.size(); ++i) {
            const analysis::Observation &o = month.observations.at(i);
            const sim::ObservationOrigin &origin = month.origins.at(i);
            if (o.service != truth.service || (origin.outage == outage) != own)
                continue;
            if (!own && (o.reportedAt < truth.start - 2 * sim::hourMs ||
                         o.startedAt > truth.end + 2 * sim::hourMs))
                continue;
            out() << "        practice " << origin.practice
                  << (origin.outage >= 0 && !own ? QStringLiteral(" (outage %1)").arg(origin.outage)
                                                 : QString())
                  << ": since " << localSeconds(month, o.startedAt) << " until "
                  << (o.endedAt ? localSeconds(month, *o.endedAt) : QStringLiteral("-")) << " sent "
                  << localSeconds(month, o.reportedAt) << '\n';
        }
    }
}

void dump(const Run &run, bool reports)
{
    const sim::Month &month = run.month;
    const QStringList names = sim::serviceNames();
    out() << "Month " << month.month.toString(QStringLiteral("yyyy-MM")) << " (seed "
          << run.result.seed << ", " << (run.result.background ? "background month " : "month ")
          << run.result.index << "): " << month.installations << " practices, "
          << month.observations.size() << " reports simulated, " << run.result.observations
          << " analysed; local times (Europe/Brussels)\n\nServices:\n";
    Table services({QStringLiteral("service"), QStringLiteral("x"), QStringLiteral("peak/h"),
                    QStringLiteral("local problems"), QStringLiteral("measured/h"),
                    QStringLiteral("overlap/inst"), QStringLiteral("true min"),
                    QStringLiteral("episode min"), QStringLiteral("range min"),
                    QStringLiteral("false")});
    for (const ServiceMonth &s : run.result.services) {
        const sim::ServiceModel &model = month.services.at(s.service);
        services.add({model.name, fixed(model.multiplier, 2), fixed(model.perHourAtPeak, 2),
                      QString::number(model.events), fixed(s.measuredPerHour, 2),
                      QStringLiteral("%1/%2").arg(s.minOverlap).arg(s.minInstallations),
                      fixed(s.trueMinutes), fixed(s.episodeMinutes),
                      fixed(s.lowMinutes) + QStringLiteral(" - ") + fixed(s.highMinutes),
                      QString::number(s.falseEpisodes)});
    }
    services.print(out());

    out() << "\nOutages (window: the 30 minutes judged for eligibility, its reporters vs chance "
             "threshold):\n";
    for (qsizetype i = 0; i < month.outages.size(); ++i) {
        const sim::TrueOutage &o = month.outages.at(i);
        out() << "  #" << i << ' ' << names.value(o.service) << ' ' << sim::kindName(o.kind) << ' '
              << local(month, o.start) << " - " << local(month, o.end) << " ("
              << fixed(o.minutes(), 0) << " min)"
              << (o.province >= 0
                      ? QStringLiteral(" province ") + sim::provinceNames().value(o.province)
                      : QString())
              << (o.flapGroup >= 0 ? QStringLiteral(" flap group %1").arg(o.flapGroup) : QString())
              << ": nominal " << fixed(o.nominalReporters, 0) << ", affected " << o.affected
              << ", reporters " << o.reporters << " (" << o.reports << " reports), first 30 min "
              << o.reportersFirst30 << "; window " << local(month, o.windowStart) << ' '
              << o.windowReporters << " vs " << o.chanceThreshold << " (mean "
              << fixed(o.chanceMean, 2) << ") " << (o.eligible ? "ELIGIBLE" : "not eligible")
              << '\n';
        for (const OutageRecord &r : run.result.outages) {
            if (r.outage != i)
                continue;
            out() << "      in month " << fixed(r.minutes, 0) << " min; " << r.episodes
                  << " episode(s)" << (r.merged ? " MERGED" : "");
            if (r.found())
                out() << ", attributed " << fixed(r.matchedMinutes, 0) << " min ("
                      << local(month, r.matchedStart) << " - " << local(month, r.matchedEnd)
                      << "), error " << fixed(r.matchedMinutes - r.minutes, 0) << " min";
            if (r.hasRange) {
                // Where the truth lies against the range: inside, or before/after it.
                const auto side = [](int s) { return s < 0 ? "BEFORE" : s > 0 ? "AFTER" : "in"; };
                out() << "\n      range: start " << local(month, r.startEarliest) << " - "
                      << local(month, r.startLatest) << " ("
                      << (r.startClipped ? "cut" : side(startSide(r))) << "), end "
                      << local(month, r.endEarliest) << " - " << local(month, r.endLatest) << " ("
                      << (r.endClipped ? "cut" : side(endSide(r))) << "), minutes "
                      << fixed(r.lowMinutes, 0) << " - " << fixed(r.highMinutes, 0) << " ("
                      << (rangeJudged(r) ? side(minutesSide(r)) : "cut") << ')';
            }
            out() << '\n';
        }
        if (reports)
            dumpReports(run, int(i));
    }

    out() << "\nEpisodes:\n";
    for (const EpisodeRecord &e : run.result.episodes) {
        QStringList matched;
        for (const int o : e.outages)
            matched.append(QStringLiteral("#%1").arg(o));
        out() << "  " << names.value(e.episode.service) << ' ' << local(month, e.episode.start)
              << " - " << local(month, e.episode.end) << " (" << e.episode.minutes() << " min, "
              << e.episode.reports << " reports, " << e.episode.installations << " practices, peak "
              << e.episode.peakInstallations << "; start " << local(month, e.episode.startEarliest)
              << " - " << local(month, e.episode.startLatest) << ", end "
              << local(month, e.episode.endEarliest) << " - " << local(month, e.episode.endLatest)
              << ", " << e.episode.minutesLow() << "-" << e.episode.minutesHigh() << " min) -> "
              << (matched.isEmpty() ? QStringLiteral("FALSE") : matched.join(u' ')) << '\n';
        if (!reports || !matched.isEmpty())
            continue;
        // What made a false one: the reports of its service around it.
        for (qsizetype i = 0; i < month.observations.size(); ++i) {
            const analysis::Observation &o = month.observations.at(i);
            const sim::ObservationOrigin &origin = month.origins.at(i);
            if (o.service != e.episode.service ||
                o.startedAt > e.episode.end + 30 * sim::minuteMs ||
                o.reportedAt < e.episode.start - 30 * sim::minuteMs)
                continue;
            out() << "        practice " << origin.practice
                  << (origin.outage >= 0 ? QStringLiteral(" (outage %1)").arg(origin.outage)
                                         : QStringLiteral(" (local problem %1)").arg(origin.event))
                  << ": since " << localSeconds(month, o.startedAt) << " until "
                  << (o.endedAt ? localSeconds(month, *o.endedAt) : QStringLiteral("-")) << " sent "
                  << localSeconds(month, o.reportedAt) << '\n';
        }
    }
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluates the outage analysis on simulated months with a known truth."));
    parser.addHelpOption();
    const QCommandLineOption monthsOption(QStringLiteral("months"),
                                          QStringLiteral("Months with outages."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption backgroundOption(QStringLiteral("background-months"),
                                              QStringLiteral("Months without outages."),
                                              QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Base seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QStringLiteral("findEpisodes' maxThreads (0: it chooses)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("Write one row per outage to this file."),
                                       QStringLiteral("file"));
    const QCommandLineOption dumpOption(
        QStringLiteral("dump"),
        QStringLiteral("Print month N (bN: background month N) in detail and stop."),
        QStringLiteral("N"));
    const QCommandLineOption reportsOption(
        QStringLiteral("dump-reports"),
        QStringLiteral("With --dump: every report near each outage."));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QStringLiteral("Change a realism parameter of the simulation (repeatable)."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        QStringLiteral("Change a parameter of the method (repeatable; durations in minutes)."),
        QStringLiteral("NAME=VALUE"));
    parser.addOptions({monthsOption, backgroundOption, seedOption, threadsOption, csvOption,
                       dumpOption, reportsOption, setOption, methodOption});
    parser.process(app);
    const int months = std::max(0, parser.value(monthsOption).toInt());
    const int backgroundMonths = std::max(0, parser.value(backgroundOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();
    const int threads = std::max(0, parser.value(threadsOption).toInt());

    sim::MonthSpec outageSpec;
    sim::MonthSpec backgroundSpec;
    backgroundSpec.outages = false;
    for (const QString &setting : parser.values(setOption)) {
        if (!applySetting(setting, outageSpec, backgroundSpec))
            return 2;
    }
    for (const QString &setting : parser.values(methodOption)) {
        if (!applyMethodSetting(setting))
            return 2;
    }
    if (parser.isSet(dumpOption)) {
        QString which = parser.value(dumpOption);
        const bool background = which.startsWith(QLatin1Char('b'));
        const int index = (background ? which.mid(1) : which).toInt();
        const Run run =
            background
                ? runMonth(backgroundSpec, monthSeed(seed ^ backgroundStream, quint64(index)),
                           index, threads)
                : runMonth(outageSpec, monthSeed(seed, quint64(index)), index, threads);
        dump(run, parser.isSet(reportsOption));
        return 0;
    }

    out() << "eval_episodes: " << months << " months with outages, " << backgroundMonths
          << " background-only months, seed " << seed << ", threads " << threads << '\n'
          << "machine: " << cpuModel() << ", nproc " << QThread::idealThreadCount() << ", load "
          << loadAverage() << ", " << QSysInfo::prettyProductName() << ", Qt " << qVersion()
          << "\nmethod: default EpisodeParameters; reports started from 7 days before the month "
             "to its end; matching slack +-15 min\n";
    if (parser.isSet(setOption))
        out() << "simulation changed: " << parser.values(setOption).join(u' ') << '\n';
    if (parser.isSet(methodOption))
        out() << "method changed: " << parser.values(methodOption).join(u' ') << '\n';
    out().flush();
    Evaluation evaluation;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < months; ++i)
        evaluation.add(runMonth(outageSpec, monthSeed(seed, quint64(i)), i, threads).result);
    const double outageSeconds = total.elapsed() / 1000.0;
    for (int i = 0; i < backgroundMonths; ++i)
        evaluation.add(
            runMonth(backgroundSpec, monthSeed(seed ^ backgroundStream, quint64(i)), i, threads)
                .result);
    out() << "simulated and analysed in " << fixed(total.elapsed() / 1000.0, 1) << " s ("
          << fixed(outageSeconds, 1) << " s for the months with outages)\n";
    evaluation.print(out());
    out() << '\n' << evaluation.summary() << '\n';
    if (parser.isSet(csvOption)) {
        if (!evaluation.writeCsv(parser.value(csvOption))) {
            out() << "could not write " << parser.value(csvOption) << '\n';
            return 1;
        }
        out() << "outages written to " << parser.value(csvOption) << '\n';
    }
    return 0;
}
