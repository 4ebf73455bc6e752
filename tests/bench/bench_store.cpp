// How long saving one report takes in the GP's local store (one transaction: the report and its
// delivery row, WAL, synchronous=FULL), next to the raw cost of one SQLite row commit with the
// same settings, measured in the same run. Prints medians and 90th percentiles.
#include "core/timeutil.h"
#include "samples.h"
#include "store/reportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace ehb;

namespace {

struct Figures
{
    double median;
    double p90;
};

Figures summarize(QList<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return {nanos.at(nanos.size() / 2) / 1e6, nanos.at(nanos.size() * 9 / 10) / 1e6};
}

QList<qint64> rawCommits(const QString &path, int count)
{
    QList<qint64> samples;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        const QString body(600, QLatin1Char('x'));
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            insert.addBindValue(QString::number(i));
            insert.addBindValue(body);
            insert.exec();
            db.commit();
            samples.append(timer.nsecsElapsed());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 500;
    QTemporaryDir dir;
    QTextStream out(stdout);

    const Figures raw = summarize(rawCommits(dir.filePath(QStringLiteral("raw.sqlite")), count));

    auto store = ReportStore::open(dir.filePath(QStringLiteral("reports.sqlite")));
    if (!store)
        return 1;
    QList<qint64> saves;
    QList<qint64> resolves;
    for (int i = 0; i < count; ++i) {
        const Report report = test::sampleReport();
        QElapsedTimer timer;
        timer.start();
        if (!store.value()->create(report))
            return 1;
        saves.append(timer.nsecsElapsed());
        timer.restart();
        if (!store.value()->markResolved(report.id, utcNowSeconds()))
            return 1;
        resolves.append(timer.nsecsElapsed());
    }
    const Figures save = summarize(saves);
    const Figures resolve = summarize(resolves);
    out << "bench_store: " << count << " samples each, times in ms\n";
    out << QStringLiteral("  raw SQLite one-row commit (baseline): median %1, p90 %2\n")
               .arg(raw.median, 0, 'f', 3)
               .arg(raw.p90, 0, 'f', 3);
    out << QStringLiteral("  save a new report:                    median %1, p90 %2\n")
               .arg(save.median, 0, 'f', 3)
               .arg(save.p90, 0, 'f', 3);
    out << QStringLiteral("  mark resolved (edit):                 median %1, p90 %2\n")
               .arg(resolve.median, 0, 'f', 3)
               .arg(resolve.p90, 0, 'f', 3);
    return 0;
}
