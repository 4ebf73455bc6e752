// The GBO Analysis view over 1,000,000 reports spread over a year (issue 4): a full refresh as
// the analyst has it, against the real server binary on a filled SQLite file. Timed from
// refresh() until every chart is drawn: the four statistics requests in parallel (frequency,
// heatmap, episodes, breakdown), parsing, setting the charts, and painting all seven panels
// offscreen; for the presets "last month" (November 2025, day bars) and "this year" (2025, week
// bars), with "now" at 31 December 2025, 23:00 in Brussels. Medians and 90th percentiles, with
// the time until the last answer and the painting apart. The server keeps what it read and
// found in memory (AnalysisCache): the first refresh after it started is shown too, and "this
// year" is also timed with a change to December's reports before each refresh.
//
// The year is bench_stats' generator with bench_analysisapi's EMR software names, in the same
// cached file as bench_analysisapi (the build tree's tests/bench/cache); --refill makes it again.
//
//   bench_analysisview [--reports 1000000] [--repetitions 15] [--cache DIR] [--refill]
//                      [--threads 4] [--screenshot FILE.png]   (also FILE-charts.png: all
//                      the charts, the whole scrolled content)
#include "analysisfill.h"
#include "benchfigures.h"
#include "benchmachine.h"
#include "core/timeutil.h"
#include "net/statsclient.h"
#include "server/api/stafftokens.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"
#include "serverprocess.h"
#include "statsfill.h"
#include "ui/analysis/analysisfilters.h"
#include "ui/analysis/analysisview.h"
#include "ui/analysis/chartpanel.h"
#include "ui/analysis/frequencychart.h"
#include "ui/analysis/rankingchart.h"
#include "ui/analysis/timelinechart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <array>

using namespace ehb;
using namespace ehb::bench;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);
// As bench_analysisapi: the same generator and software names, so the cached file is shared.
constexpr int generatorVersion = 1;
constexpr int fillYear = 2025;
constexpr int fillBatch = 10000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString machineNote()
{
    return QStringLiteral("%1 cores, %2, Qt %3, %4 platform; load average %5")
        .arg(QThread::idealThreadCount())
        .arg(cpuModel(), QLatin1String(qVersion()), QGuiApplication::platformName(), loadAverage());
}

struct Timing
{
    qint64 answersNs = 0; // refresh() until the last answer is in and set
    qint64 paintNs = 0;   // all panels painted offscreen
    // refresh() until each part's answer is in and set: frequency, heatmap, episodes, breakdown
    std::array<qint64, 4> partNs{};
    int failures = 0;
};

// One refresh, then every panel painted: what the analyst waits for.
Timing refreshOnce(AnalysisView &view)
{
    Timing timing;
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(&view, &AnalysisView::refreshed, &loop, [&](int failures) {
            timing.failures = failures;
            loop.quit();
        });
    QTimer::singleShot(120000, &loop, [&] {
        timing.failures = -1;
        loop.quit();
    });
    QElapsedTimer timer;
    // Connected after the view's own slots: these run once the chart has its data.
    StatsClient *client = view.client();
    const QList<QMetaObject::Connection> parts{
        QObject::connect(client, &StatsClient::frequencyReady, &loop,
                         [&] { timing.partNs[0] = timer.nsecsElapsed(); }),
        QObject::connect(client, &StatsClient::heatmapReady, &loop,
                         [&] { timing.partNs[1] = timer.nsecsElapsed(); }),
        QObject::connect(client, &StatsClient::episodesReady, &loop,
                         [&] { timing.partNs[2] = timer.nsecsElapsed(); }),
        QObject::connect(client, &StatsClient::breakdownReady, &loop,
                         [&] { timing.partNs[3] = timer.nsecsElapsed(); })};
    timer.start();
    view.refresh();
    loop.exec();
    timing.answersNs = timer.nsecsElapsed();
    QObject::disconnect(done);
    for (const QMetaObject::Connection &part : parts)
        QObject::disconnect(part);
    timer.restart();
    for (ChartPanel *panel : view.panels())
        (void)panel->grab();
    timing.paintNs = timer.nsecsElapsed();
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    // The offscreen platform says this for every grab(); it means nothing here.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")))
                previous(type, context, message);
        });
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Reports in the year."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Timed refreshes per preset."),
                                               QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Folder of the filled SQLite file."),
        QStringLiteral("dir"), QStringLiteral(EHB_BENCH_CACHE_DIR));
    const QCommandLineOption refillOption(QStringLiteral("refill"),
                                          QStringLiteral("Fill the cached file again."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("The server's worker threads."),
                                           QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the view after a 'last month' refresh to this PNG file."),
        QStringLiteral("file"));
    parser.addOptions({reportsOption, repetitionsOption, cacheOption, refillOption, threadsOption,
                       screenshotOption});
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(reportsOption).toLongLong());
    const int repetitions = std::max(5, parser.value(repetitionsOption).toInt());
    const int threads = std::max(1, parser.value(threadsOption).toInt());

    QDir().mkpath(parser.value(cacheOption));
    const QString cacheFile =
        QDir(parser.value(cacheOption))
            .filePath(QStringLiteral("analysis-%1-v%2.sqlite").arg(count).arg(generatorVersion));
    const QString database = QStringLiteral("sqlite:") + cacheFile;
    // A file without its marker is a fill that did not finish.
    if (parser.isSet(refillOption) || !QFile::exists(cacheFile + QStringLiteral(".complete")))
        removeSqlite(cacheFile);
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(database);
    if (!url) {
        out() << url.error() << Qt::endl;
        return 1;
    }
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    YearFiller filler(fillYear, brussels);
    out() << "bench_analysisview: " << count << " reports over " << fillYear << " in "
          << url->redacted() << Qt::endl;
    const QString machine = machineNote();
    out() << "  machine: " << machine << Qt::endl;

    QStringList summary{QStringLiteral("machine: ") + machine};
    QByteArray token;
    {
        auto repository = server::RepositoryFactory::openMigrated(url.value(), {brussels});
        if (!repository) {
            out() << repository.error() << Qt::endl;
            return 1;
        }
        const Result<qint64> stored = repository.value()->count();
        if (!stored) {
            out() << stored.error() << Qt::endl;
            return 1;
        }
        // bench_analysisapi adds live reports around its "now", outside 2025.
        if (stored.value() >= count) {
            summary.append(QStringLiteral("fill: reused the %1 reports already there").arg(count));
        } else if (stored.value() != 0) {
            out() << "  the database holds " << stored.value() << " reports, not 0 or " << count
                  << "; --refill makes it again" << Qt::endl;
            return 1;
        } else {
            WithSoftware named(*repository.value());
            const auto filled = filler.fill(named, count, fillBatch, [count](qint64 done) {
                if (done % 100000 == 0 || done == count)
                    out() << "  fill: " << done << " reports" << Qt::endl;
            });
            if (!filled) {
                out() << filled.error() << Qt::endl;
                return 1;
            }
            summary.append(QStringLiteral("fill: %1 reports in %2 s through putBatch")
                               .arg(filled->reports)
                               .arg(fixed(filled->seconds)));
            QFile marker(cacheFile + QStringLiteral(".complete"));
            marker.open(QIODevice::WriteOnly);
            marker.write(QByteArray::number(count) + '\n');
        }
        out() << "  " << summary.constLast() << Qt::endl;
        (void)repository.value()->revokeToken(QStringLiteral("bench-view"));
        const Result<QByteArray> created = server::StaffTokens::create(
            *repository.value(), QStringLiteral("bench-view"), utcNowSeconds());
        if (!created) {
            out() << created.error() << Qt::endl;
            return 1;
        }
        token = created.value();
    }
    out() << "  cached file: " << cacheFile << " ("
          << fixed(QFileInfo(cacheFile).size() / 1048576.0, 0) << " MiB)" << Qt::endl;

    test::ServerProcess server;
    server.start(serverBinary, test::ServerProcess::serveArguments(
                                   database, threads, test::ServerProcess::noRateLimits()));
    if (!server.waitListening(120000)) {
        out() << "the server did not start: " << server.errorOutput() << Qt::endl;
        return 1;
    }
    summary.append(QStringLiteral("server: ehealthbugs-server --threads %1 on the SQLite file, "
                                  "loopback; the view in this process, %2 platform, 1400x1000")
                       .arg(threads)
                       .arg(QGuiApplication::platformName()));

    AnalysisView view;
    view.resize(1400, 1000);
    view.show();
    // New Year's Eve, 23:00 in Brussels: "this year" is 2025, "last month" November.
    view.setClock([] { return utcDateTime(QDate(2025, 12, 31), QTime(22, 0)); });
    view.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                   QString::fromLatin1(token));
    QCoreApplication::processEvents();

    auto writer = server::RepositoryFactory::open(url.value(), {brussels});
    if (!writer) {
        out() << writer.error() << Qt::endl;
        return 1;
    }
    MovingReport moving(*writer.value(), fillYear);

    bool ok = true;
    struct Preset
    {
        QString name;
        AnalysisFilters::Preset preset;
        // A change to December's reports of recip-e before each timed refresh (as while an
        // outage is being reported): the server reads that month again and finds the
        // episodes anew.
        bool afterChange = false;
    };
    for (const Preset &preset :
         {Preset{QStringLiteral("last month (November, day bars)"),
                 AnalysisFilters::Preset::LastMonth},
          Preset{QStringLiteral("this year (2025, week bars)"), AnalysisFilters::Preset::ThisYear},
          Preset{QStringLiteral("this year, after a change"), AnalysisFilters::Preset::ThisYear,
                 true}}) {
        view.filters()->setPreset(preset.preset);
        // The first refresh after the server started (with nothing in memory) for last month;
        // this year's first one finds November in memory already.
        const Timing first = refreshOnce(view);
        const Timing warm = refreshOnce(view);
        if (warm.failures != 0) {
            out() << "  " << preset.name << ": " << warm.failures
                  << " parts failed: " << view.problems().join(QStringLiteral("; ")) << Qt::endl;
            ok = false;
            continue;
        }
        QList<qint64> totals;
        QList<qint64> answers;
        QList<qint64> paints;
        std::array<QList<qint64>, 4> partTimes;
        for (int i = 0; i < repetitions; ++i) {
            if (preset.afterChange && !moving.move()) {
                ok = false;
                break;
            }
            const Timing timing = refreshOnce(view);
            if (timing.failures != 0) {
                ok = false;
                break;
            }
            totals.append(timing.answersNs + timing.paintNs);
            answers.append(timing.answersNs);
            paints.append(timing.paintNs);
            for (size_t part = 0; part < partTimes.size(); ++part)
                partTimes[part].append(timing.partNs[part]);
        }
        qint64 reports = 0;
        for (const auto &series : view.frequencyChart()->data().services) {
            for (const qint64 value : series.reports)
                reports += value;
        }
        const QString line =
            QStringLiteral("%1: refresh to all charts painted: median %2 ms, p90 %3 ms (last "
                           "answer in %4 ms, painting %5 ms); first refresh %8 ms; %6 reports, "
                           "%7 episodes")
                .arg(preset.name.leftJustified(31), fixed(median(totals) / 1e6, 0),
                     fixed(percentile(totals, 0.9) / 1e6, 0), fixed(median(answers) / 1e6, 0),
                     fixed(median(paints) / 1e6, 0))
                .arg(reports)
                .arg(view.timelineChart()->data().episodes.size())
                .arg(fixed((first.answersNs + first.paintNs) / 1e6, 0));
        const QString parts =
            QStringLiteral("    each part drawn after (medians): frequency %1 ms, heatmap %2 ms, "
                           "episodes %3 ms, breakdown %4 ms")
                .arg(fixed(median(partTimes[0]) / 1e6, 0), fixed(median(partTimes[1]) / 1e6, 0),
                     fixed(median(partTimes[2]) / 1e6, 0), fixed(median(partTimes[3]) / 1e6, 0));
        out() << "  " << line << '\n' << "  " << parts << Qt::endl;
        summary.append(line);
        summary.append(parts);
        if (preset.preset == AnalysisFilters::Preset::LastMonth && parser.isSet(screenshotOption)) {
            const QString path = parser.value(screenshotOption);
            QCoreApplication::processEvents(); // pending layout requests
            if (view.grab().save(path, "PNG"))
                out() << "  screenshot: " << path << Qt::endl;
            // And every chart, the whole scrolled content.
            QString all = path;
            all.insert(all.lastIndexOf(QLatin1Char('.')), QStringLiteral("-charts"));
            if (auto *charts = view.findChild<QWidget *>(QStringLiteral("analysisCharts"));
                charts && charts->grab().save(all, "PNG"))
                out() << "  all charts: " << all << Qt::endl;
        }
    }
    server.terminate();
    out() << "summary (" << repetitions << " refreshes per preset after 2 to warm up):\n";
    for (const QString &line : std::as_const(summary))
        out() << "  " << line << '\n';
    out() << Qt::flush;
    return ok ? 0 : 1;
}
