// Outage analysis over a year (issue 4): how long analyzeEpisodes takes for 1,000,000 reports of
// 14 services in 2025 (target: well under 1 s), median of several runs, wall clock and this
// thread's CPU time (on a shared machine the wall clock also counts other people's work). The year
// is made by the seeded generator of the analysis tests: outages of 4 to 1,500 practices with
// imprecise reporters (rounded "since", "resolved" late or never, repeats), unrelated single
// reports on every service and single practices' local problems. Prints how many of the outages it
// found.
//
//   bench_episodes [--reports 1000000] [--runs 7] [--seed 2025]
#include "benchfigures.h"
#include "episodes.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cmath>
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

// This thread's CPU time: on a shared machine the wall clock also counts other people's work.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString cpuName()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
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
    parser.addOptions({reportsOption, runsOption, seedOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    out() << "bench_episodes: machine: " << cpuName() << ", " << QThread::idealThreadCount()
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
    QList<qint64> times;
    QList<qint64> cpuTimes;
    EpisodeAnalysis analysis;
    for (int run = 0; run < runs; ++run) {
        QList<Observation> copy = year.reports;
        copy.detach(); // the caller's list is not shared in real use either
        const qint64 cpu = threadCpuNs();
        timer.restart();
        analysis = analyzeEpisodes(std::move(copy), serviceCount, period, {});
        times.append(timer.nsecsElapsed());
        cpuTimes.append(threadCpuNs() - cpu);
    }
    double downtime = 0;
    for (const ServiceAvailability &service : std::as_const(analysis.services))
        downtime += service.downtimeMinutes;
    out() << "  analyzeEpisodes, " << serviceCount << " services, a year: median "
          << fixed(median(times) / 1e6, 1) << " ms (min "
          << fixed(*std::min_element(times.begin(), times.end()) / 1e6, 1) << ", max "
          << fixed(*std::max_element(times.begin(), times.end()) / 1e6, 1) << ") over " << runs
          << " runs; CPU time median " << fixed(median(cpuTimes) / 1e6, 1) << " ms" << Qt::endl;
    out() << "  found " << analysis.episodes.size() << " episodes, " << fixed(downtime / 60, 0)
          << " h of downtime (generated: " << year.outages << " outages, "
          << fixed(year.outageMinutes / 60, 0) << " h, some overlapping on one service)"
          << Qt::endl;
    return 0; // a benchmark, not a timed assertion
}
