// The official record's storage (migration 9) on SQLite, and on PostgreSQL as
// tst_officialrecord_pg: each change recorded once, also after a restart and with two servers
// recording the same fetches at the same moment.
#include "core/timeutil.h"
#include "postgrestestsupport.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"

#include <QTemporaryDir>
#include <QTest>

#include <barrier>
#include <thread>

using namespace ehb;
using namespace ehb::server;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start = utcDateTime(QDate(2026, 3, 2), QTime(8, 0));

QList<OfficialObservation> observations(int components, const QString &status)
{
    QList<OfficialObservation> list;
    for (int i = 0; i < components; ++i) {
        list.append({QString::number(i), u"Component %1"_s.arg(i),
                     i == 0 ? QString() : u"recip-e"_s, status});
    }
    return list;
}

} // namespace

class TestOfficialRecord final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_url = testDatabaseUrlOrSqlite(m_dir, u"official-%1.sqlite"_s.arg(m_run++));
        QVERIFY(!m_url.isEmpty());
        if (!testDatabaseUrl().isEmpty()) {
            const Result<void> reset = resetPostgresDatabase(m_url);
            QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error()));
        }
        m_parsed = DatabaseUrl::parse(m_url).value();
    }

    void changesRecordedOnceAcrossRestarts()
    {
        {
            auto repository = RepositoryFactory::openMigrated(m_parsed, {});
            QVERIFY(repository.ok());
            auto first =
                repository.value()->recordOfficialStatus(observations(3, u"operational"_s), start);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(first->size(), 3);
            QVERIFY(first->at(0).oldStatus.isEmpty());
            QCOMPARE(first->at(0).sequence, 1);
            // The same again, later: nothing changed.
            QCOMPARE(
                repository.value()
                    ->recordOfficialStatus(observations(3, u"operational"_s), start.addSecs(60))
                    ->size(),
                0);
            auto changed = observations(3, u"operational"_s);
            changed[1].status = u"major_outage"_s;
            const auto second =
                repository.value()->recordOfficialStatus(changed, start.addSecs(120));
            QVERIFY(second.ok());
            QCOMPARE(second->size(), 1);
            QCOMPARE(second->at(0).componentId, u"1"_s);
            QCOMPARE(second->at(0).oldStatus, u"operational"_s);
            QCOMPARE(second->at(0).newStatus, u"major_outage"_s);
            QCOMPARE(second->at(0).sequence, 2);
        }
        // A restart: a new connection sees the same state and records nothing new.
        auto repository = RepositoryFactory::openMigrated(m_parsed, {});
        QVERIFY(repository.ok());
        auto changed = observations(3, u"operational"_s);
        changed[1].status = u"major_outage"_s;
        QCOMPARE(repository.value()->recordOfficialStatus(changed, start.addSecs(180))->size(), 0);
        // A fetch older than the state recorded (a slow server's) changes nothing.
        QCOMPARE(repository.value()
                     ->recordOfficialStatus(observations(3, u"operational"_s), start.addSecs(90))
                     ->size(),
                 0);

        // A component the feed gives no name: recorded all the same.
        const auto nameless = repository.value()->recordOfficialStatus(
            {{u"9"_s, QString(), QString(), u"unknown"_s}}, start.addDays(2));
        QVERIFY2(nameless.ok(), qPrintable(nameless.error()));
        QCOMPARE(nameless->size(), 1);

        const auto log = repository.value()->officialChanges(start, start.addDays(1));
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 4);
        QCOMPARE(log->at(3).componentId, u"1"_s);
        QCOMPARE(log->at(3).seenAt, start.addSecs(120));
        QCOMPARE(log->at(0).service, QString()); // component 0 is unmapped: NULL
        QCOMPARE(log->at(1).service, u"recip-e"_s);
        QCOMPARE(repository.value()->officialChanges(start.addSecs(1), start.addSecs(120))->size(),
                 0);
    }

    void twoServersRecordEachChangeOnce()
    {
        // Two connections (two servers) record the same fetches in lockstep: every change is
        // recorded by one of them, never by both.
        constexpr int steps = 30;
        constexpr int components = 8;
        std::barrier sync(2);
        QList<int> recorded(2, 0);
        QStringList errors(2);
        const auto server = [&](int index) {
            auto repository = RepositoryFactory::open(m_parsed, {});
            for (int step = 0; step < steps; ++step) {
                sync.arrive_and_wait();
                if (!repository)
                    continue;
                const auto changes = repository.value()->recordOfficialStatus(
                    observations(components, step % 3 ? u"major_outage"_s : u"operational"_s),
                    start.addSecs(step * 60));
                if (changes)
                    recorded[index] += int(changes->size());
                else
                    errors[index] = changes.error();
            }
            if (!repository)
                errors[index] = repository.error();
        };
        QVERIFY(RepositoryFactory::openMigrated(m_parsed, {}).ok());
        std::thread other(server, 1);
        server(0);
        other.join();
        QCOMPARE(errors, QStringList(2));
        // Per component: the first state, then a change at each step where step % 3 goes to
        // or from 0: steps 1, 3, 4, 6, 7, ... (19 changes in 30 steps).
        int expected = 1;
        for (int step = 1; step < steps; ++step)
            expected += (step % 3 == 0) != ((step - 1) % 3 == 0) ? 1 : 0;
        QCOMPARE(recorded[0] + recorded[1], expected * components);
        auto repository = RepositoryFactory::open(m_parsed, {});
        const auto log = repository.value()->officialChanges(start, start.addDays(1));
        QCOMPARE(log->size(), expected * components);
        // Each component's log is a chain: old status = the previous new status.
        for (int component = 0; component < components; ++component) {
            QString previous;
            qint64 sequence = 0;
            for (const OfficialChange &change : log.value()) {
                if (change.componentId != QString::number(component))
                    continue;
                QCOMPARE(change.oldStatus, previous);
                QCOMPARE(change.sequence, ++sequence);
                previous = change.newStatus;
            }
        }
    }

    void incidentsAllOrNothing()
    {
        auto repository = RepositoryFactory::openMigrated(m_parsed, {});
        QVERIFY(repository.ok());
        const OfficialIncident one{
            0, u"recip-e"_s, start, start.addSecs(3600), u"major_outage"_s, u"Le Soir"_s, true};
        OfficialIncident open{
            0, u"ehealthbox"_s, start.addDays(1), {}, u"partial_outage"_s, QString(), false};
        const auto ids = repository.value()->addOfficialIncidents({one, open});
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 2);
        QVERIFY(ids->at(0) != ids->at(1));

        // One row the database refuses (started_at NOT NULL): none of the batch is stored.
        OfficialIncident bad = one;
        bad.start = QDateTime();
        QVERIFY(!repository.value()->addOfficialIncidents({one, bad}).ok());

        const auto all = repository.value()->officialIncidents(start.addDays(-1), start.addDays(9));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).source, u"Le Soir"_s);
        QVERIFY(all->at(0).imported);
        QVERIFY(!all->at(1).end.isValid());
        QVERIFY(!all->at(1).imported);
        // Overlap: the open one overlaps any later period, the closed one only its hour.
        QCOMPARE(repository.value()->officialIncidents(start.addDays(5), start.addDays(6))->size(),
                 1);
        QCOMPARE(
            repository.value()->officialIncidents(start.addSecs(3600), start.addSecs(7200))->size(),
            0);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    QString m_url;
    DatabaseUrl m_parsed;
};

QTEST_GUILESS_MAIN(TestOfficialRecord)
#include "tst_officialrecord.moc"
