// Outage analysis over a year (issue 4): how long analyzeEpisodes takes for 1,000,000 reports of
// 14 services in 2025 (target: well under 1 s), median of several runs, wall clock and the
// process's CPU time (on a shared machine the wall clock also counts other people's work): the
// search on one thread and on all cores, with QUuids and with the server's 64-bit installation
// keys, the runs of the four alternating, and the summary alone (what the server does on a cached
// search). It checks that the four give the same analysis. The year
// is made by the seeded generator of the analysis tests: outages of 4 to 1,500 practices with
// imprecise reporters (rounded "since", "resolved" late or never, repeats), unrelated single
// reports on every service and single practices' local problems. Prints how many of the outages it
// found.
//
//   bench_episodes [--reports 1000000] [--runs 7] [--seed 2025] [--dump file]
//
// --dump writes every episode and every service's figures (exact doubles), to compare builds.
#include "analysis/episodes.h"
#include "benchfigures.h"
#include "benchmachine.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace ehb;
using namespace ehb::analysis;
using namespace ehb::analysis::test;
using namespace ehb::bench;

namespace {

constexpr int serviceCount = 14;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The process's CPU time, all threads: on a shared machine the wall clock also counts other
// people's work.
qint64 cpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Year
{
    QList<Observation> reports;
    int outages = 0;
    double outageMinutes = 0;
};

// 2025 in Brussels, plus the 7 days before it that the server also reads.
Year makeYear(qint64 count, quint32 seed)
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    ScenarioGenerator generator(seed, 8000);
    Year year;
    year.reports.reserve(count + 2000);
    const QDate first(2024, 12, 25);
    const QDate last(2025, 12, 31);
    const auto at = [&](const QDate &date, int minuteOfDay) {
        return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), brussels)
            .toMSecsSinceEpoch();
    };
    // Unrelated single reports (half an hour's worth... 0.5 an hour per service over working
    // hours) and 2,000 local problems of 2 to 20 reports.
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (date.dayOfWeek() > 5)
            continue;
        for (int service = 0; service < serviceCount; ++service)
            generator.background(service, at(date, 8 * 60), at(date, 18 * 60), 0.5, year.reports);
    }
    const int days = int(first.daysTo(last)) + 1;
    for (int i = 0; i < 2000; ++i)
        generator.localProblem(int(generator.random().bounded(serviceCount)),
                               int(generator.random().bounded(generator.poolSize())),
                               at(first.addDays(generator.random().bounded(days)),
                                  7 * 60 + int(generator.random().bounded(12 * 60))),
                               2 + int(generator.random().bounded(19)), year.reports);
    // Outages until the count is reached: mostly on weekdays in working hours, sizes spread
    // evenly on a log scale from 4 to 1,500 practices, 10 minutes to 8 hours.
    while (year.reports.size() < count) {
        const QDate date = first.addDays(generator.random().bounded(days));
        const int service = int(generator.random().bounded(serviceCount));
        const qint64 start = at(date, 7 * 60 + int(generator.random().bounded(11 * 60)));
        const qint64 minutes = qint64(
            std::exp(std::log(10.0) + generator.uniform() * (std::log(480.0) - std::log(10.0))));
        const int practices =
            int(std::exp(std::log(4.0) + generator.uniform() * (std::log(1500.0) - std::log(4.0))));
        generator.outage(service, start, start + minutes * minuteMs, practices, year.reports);
        ++year.outages;
        year.outageMinutes += minutes;
    }
    year.reports.resize(count);
    return year;
}

// The server's installation key: 60 bits of the UUID (lib/server/stats/analysiscolumns.cpp).
quint64 keyOf(const QUuid &installation)
{
    return (quint64(installation.data1) << 28) | (quint64(installation.data2) << 12) |
           quint64(installation.data3 & 0x0FFF);
}

// Every figure, exactly: "E" lines for episodes, "S" lines for services.
QByteArray dump(const EpisodeAnalysis &analysis)
{
    QByteArray text;
    char line[512];
    for (const Episode &e : analysis.episodes) {
        std::snprintf(line, sizeof line, "E %d %lld %lld %d %d %d\n", e.service,
                      static_cast<long long>(e.start), static_cast<long long>(e.end), e.reports,
                      e.installations, e.peakInstallations);
        text += line;
    }
    for (const ServiceAvailability &s : analysis.services) {
        std::snprintf(line, sizeof line, "S %d %d %.17g %.17g %.17g %.17g %d %.17g %d %d\n",
                      s.service, s.episodes, s.downtimeMinutes, s.availability,
                      s.workingDowntimeMinutes, s.workingAvailability, int(s.meetsSla),
                      s.backgroundPerHour, s.minOverlap, s.minInstallations);
        text += line;
    }
    return text;
}

struct Mode
{
    const char *name;
    bool keys;
    int threads; // findEpisodes' maxThreads
    QList<qint64> times = {};
    QList<qint64> cpuTimes = {};
    QByteArray result = {};
};

void printTimes(const char *name, const QList<qint64> &times, const QList<qint64> &cpuTimes)
{
    out() << "  " << name << ": median " << fixed(median(times) / 1e6, 1) << " ms (min "
          << fixed(*std::min_element(times.begin(), times.end()) / 1e6, 1) << ", max "
          << fixed(*std::max_element(times.begin(), times.end()) / 1e6, 1) << ") over "
          << times.size() << " runs; CPU time median " << fixed(median(cpuTimes) / 1e6, 1) << " ms"
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Reports in the year."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated year."),
                                        QStringLiteral("n"), QStringLiteral("2025"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Write every figure to this file."),
                                        QStringLiteral("file"));
    parser.addOptions({reportsOption, runsOption, seedOption, dumpOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    out() << "bench_episodes: machine: " << cpuModel() << ", " << QThread::idealThreadCount()
          << " cores, " << QSysInfo::prettyProductName() << ", Qt " << qVersion()
          << "; the figures are only as good as the machine is idle" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const Year year = makeYear(count, parser.value(seedOption).toUInt());
    out() << "  generated " << year.reports.size() << " reports (" << year.outages << " outages, "
          << fixed(year.outageMinutes / 60, 0) << " h) in " << fixed(timer.elapsed() / 1000.0)
          << " s" << Qt::endl;

    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const Period period{QDateTime(QDate(2025, 1, 1), QTime(0, 0), brussels),
                        QDateTime(QDate(2026, 1, 1), QTime(0, 0), brussels), brussels};
    QList<Observation> keyed = year.reports;
    for (Observation &report : keyed)
        report.installationKey = keyOf(report.installation);
    Mode modes[] = {{"analyzeEpisodes, QUuids, one thread", false, 1},
                    {"analyzeEpisodes, QUuids, all cores", false, 0},
                    {"analyzeEpisodes, installation keys, one thread", true, 1},
                    {"analyzeEpisodes, installation keys, all cores", true, 0}};
    QList<qint64> summaryTimes;
    QList<qint64> summaryCpuTimes;
    EpisodeAnalysis analysis;
    for (int run = 0; run < runs; ++run) {
        for (Mode &mode : modes) {
            QList<Observation> copy = mode.keys ? keyed : year.reports;
            copy.detach(); // the caller's list is not shared in real use either
            const qint64 cpu = cpuNs();
            timer.restart();
            const EpisodeFindings findings =
                findEpisodes(std::move(copy), serviceCount, period, {}, mode.threads);
            analysis = summarizeEpisodes(findings, serviceCount, period);
            mode.times.append(timer.nsecsElapsed());
            mode.cpuTimes.append(cpuNs() - cpu);
            mode.result = dump(analysis);
            if (mode.keys && mode.threads == 0) { // the server on a cached search
                const qint64 summaryCpu = cpuNs();
                timer.restart();
                analysis = summarizeEpisodes(findings, serviceCount, period);
                summaryTimes.append(timer.nsecsElapsed());
                summaryCpuTimes.append(cpuNs() - summaryCpu);
            }
        }
    }
    out() << "  " << serviceCount << " services, a year:" << Qt::endl;
    bool same = true;
    for (const Mode &mode : modes) {
        printTimes(mode.name, mode.times, mode.cpuTimes);
        same = same && mode.result == modes[0].result;
    }
    printTimes("summarizeEpisodes alone", summaryTimes, summaryCpuTimes);
    out() << "  the four give " << (same ? "the same analysis" : "DIFFERENT ANALYSES") << Qt::endl;
    if (parser.isSet(dumpOption)) {
        QFile file(parser.value(dumpOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(modes[0].result) < 0) {
            out() << "  cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
    }
    double downtime = 0;
    for (const ServiceAvailability &service : std::as_const(analysis.services))
        downtime += service.downtimeMinutes;
    out() << "  found " << analysis.episodes.size() << " episodes, " << fixed(downtime / 60, 0)
          << " h of downtime (generated: " << year.outages << " outages, "
          << fixed(year.outageMinutes / 60, 0) << " h, some overlapping on one service)"
          << Qt::endl;
    return same ? 0 : 1; // a benchmark, not a timed assertion; but different analyses are a bug
}
