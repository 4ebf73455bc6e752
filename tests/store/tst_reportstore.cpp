#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "samples.h"
#include "store/reportstore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ehb;

namespace {

std::unique_ptr<ReportStore> openStore(const QString &path)
{
    Result<std::unique_ptr<ReportStore>> store = ReportStore::open(path);
    if (!store)
        qFatal("cannot open store: %s", qPrintable(store.error()));
    return std::move(store).value();
}

// The child of crashDuringSave: saves and edits reports as fast as it can until killed.
int runWriter(const QString &path)
{
    std::unique_ptr<ReportStore> store = openStore(path);
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    const QString padding(800, QLatin1Char('x'));
    for (int i = 0;; ++i) {
        Report report = test::minimalReport(utcNowSeconds());
        report.comment = padding;
        if (!store->create(report))
            return 3;
        if (i % 2 == 0 && !store->markResolved(report.id, utcNowSeconds()))
            return 4;
        if (i % 50 == 0)
            out << "saved " << i << Qt::endl;
    }
}

} // namespace

class TestReportStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            auto store = openStore(path);
            QCOMPARE(store->version(), ReportStore::schemaVersion);
            QCOMPARE(store->all().size(), 0);
            QCOMPARE(store->pendingCount(), 0);
            QVERIFY(!store->nextAttempt().isValid());
        }
        // Opening again runs no migration twice and keeps the version.
        auto again = openStore(path);
        QCOMPARE(again->version(), ReportStore::schemaVersion);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto store = ReportStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("99")), qPrintable(store.error()));
    }

    void keepsReportsAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        const Report report = test::sampleReport();
        {
            auto store = openStore(path);
            QVERIFY(store->create(report).ok());
        }
        auto store = openStore(path);
        const auto found = store->find(report.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->report, report);
        QCOMPARE(found->delivery.state, Delivery::State::Saved);
        QCOMPARE(store->pendingCount(), 1);
    }

    void refusesDuplicateId()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("dup.sqlite")));
        const Report report = test::sampleReport();
        QVERIFY(store->create(report).ok());
        const Result<void> again = store->create(report);
        QVERIFY(!again.ok());
        QVERIFY(!again.error().isEmpty());
        QCOMPARE(store->all().size(), 1);
    }

    void editBumpsRevisionAndMakesDueAgain()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("edit.sqlite")));
        const Report report = test::sampleReport();
        QVERIFY(store->create(report).ok());
        QVERIFY(store->markSent(report.id, 1).ok());
        QCOMPARE(store->find(report.id)->delivery.state, Delivery::State::Sent);
        QCOMPARE(store->due(test::fixedNow()).size(), 0);

        const QDateTime end = test::fixedNow().addSecs(600);
        const Result<Report> resolved = store->markResolved(report.id, end);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->revision, 2);
        QCOMPARE(resolved->endedAt, end);
        const auto found = store->find(report.id);
        QCOMPARE(found->report.revision, 2);
        QCOMPARE(found->delivery.state, Delivery::State::Saved);
        QCOMPARE(found->delivery.deliveredRevision, 1);
        QCOMPARE(store->due(test::fixedNow()).size(), 1);

        QVERIFY(!store->markResolved(report.id, end).ok());                // already resolved
        QVERIFY(!store->markResolved(test::minimalReport().id, end).ok()); // unknown
    }

    void resolvedNeverBeforeStart()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("clock.sqlite")));
        const Report report = test::sampleReport();
        QVERIFY(store->create(report).ok());
        const Result<Report> resolved =
            store->markResolved(report.id, report.startedAt.addSecs(-60));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->endedAt, report.startedAt);
    }

    void confirmedIsAnEditThatIsDueAgain()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("confirmed.sqlite")));
        Report report = test::minimalReport(utcNowSeconds().addSecs(-3600));
        QVERIFY(store->create(report).ok());
        QVERIFY(store->markSent(report.id, 1).ok());

        const QDateTime at = utcNowSeconds();
        const Result<Report> confirmed = store->markConfirmed(report.id, at);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.ok() ? QString() : confirmed.error()));
        QCOMPARE(confirmed->revision, 2);
        QCOMPARE(confirmed->confirmedAt, at);
        QVERIFY(!confirmed->isResolved());
        const auto found = store->find(report.id);
        QCOMPARE(found->report, confirmed.value());
        QCOMPARE(found->delivery.state, Delivery::State::Saved);
        // Confirmed again later: the latest time wins.
        QCOMPARE(store->markConfirmed(report.id, at.addSecs(60))->confirmedAt, at.addSecs(60));
        // Never before the start, even when the clock moved.
        QCOMPARE(store->markConfirmed(report.id, report.startedAt.addSecs(-60))->confirmedAt,
                 report.startedAt);

        // In the future: refused, naming the field, and nothing is written.
        const Result<Report> future = store->markConfirmed(report.id, at.addSecs(3600));
        QVERIFY(!future.ok());
        QVERIFY2(future.error().contains(QLatin1String("confirmed_at")),
                 qPrintable(future.error()));
        QCOMPARE(store->find(report.id)->report.revision, 4);

        QVERIFY(store->markResolved(report.id, utcNowSeconds()).ok());
        QVERIFY(!store->markConfirmed(report.id, utcNowSeconds()).ok());   // resolved
        QVERIFY(!store->markConfirmed(test::minimalReport().id, at).ok()); // unknown
    }

    void answeredEndIsKeptAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("answered.sqlite"));
        Report answered = test::minimalReport(utcNowSeconds().addSecs(-3600));
        Report clicked = test::sampleReport();
        clicked.endedAt = QDateTime();
        {
            auto store = openStore(path);
            QVERIFY(store->create(answered).ok());
            QVERIFY(store->create(clicked).ok());
            // "Resolved now" to "Is it back for you?": the end is marked as the answer.
            const Result<Report> resolved =
                store->markResolved(answered.id, utcNowSeconds(), std::nullopt, true);
            QVERIFY(resolved.ok());
            QVERIFY(resolved->endAnswered);
            QCOMPARE(resolved->revision, 2);
            // The GP's own "Resolved": no mark.
            QVERIFY(!store->markResolved(clicked.id, utcNowSeconds())->endAnswered);
        }
        auto store = openStore(path);
        QVERIFY(store->find(answered.id)->report.endAnswered);
        QVERIFY(store->find(answered.id)->report.isResolved());
        QVERIFY(!store->find(clicked.id)->report.endAnswered);
    }

    void askedIfBackOnceAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("asked.sqlite"));
        const Report open = test::sampleReport();
        Report resolved = test::minimalReport(test::fixedNow());
        resolved.endedAt = resolved.reportedAt;
        Report other = test::minimalReport(test::fixedNow().addSecs(60));
        {
            auto store = openStore(path);
            for (const Report &report : {open, resolved, other})
                QVERIFY(store->create(report).ok());
            const QList<Report> waiting = store->openNotAskedIfBack();
            QCOMPARE(waiting.size(), 2); // never the resolved one
            QCOMPARE(waiting.at(0).id, open.id);
            QCOMPARE(waiting.at(1).id, other.id);
            QVERIFY(store->markAskedIfBack(open.id).ok());
            // Not an edit: nothing new to send.
            QCOMPARE(store->find(open.id)->report.revision, 1);
        }
        auto store = openStore(path);
        const QList<Report> waiting = store->openNotAskedIfBack();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).id, other.id);
        // An edit keeps the answer: still not asked again.
        QVERIFY(store->markConfirmed(open.id, open.reportedAt).ok());
        QCOMPARE(store->openNotAskedIfBack().size(), 1);
    }

    void migratesFromSchema1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        const Report report = test::sampleReport();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *sql :
                 {"CREATE TABLE reports (id TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
                  " service TEXT NOT NULL, reported_at TEXT NOT NULL, body TEXT NOT NULL)",
                  "CREATE TABLE delivery (report_id TEXT PRIMARY KEY REFERENCES reports(id)"
                  " ON DELETE CASCADE, state TEXT NOT NULL, delivered_revision INTEGER NOT NULL"
                  " DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,"
                  " next_attempt TEXT, updated_at TEXT NOT NULL)",
                  "PRAGMA user_version=1"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
            query.prepare(QStringLiteral("INSERT INTO reports VALUES (?, 1, ?, ?, ?)"));
            query.addBindValue(uuidText(report.id));
            query.addBindValue(report.service);
            query.addBindValue(ReportCodec::formatTime(report.reportedAt));
            query.addBindValue(QString::fromUtf8(ReportCodec::toBytes(report)));
            QVERIFY(query.exec());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO delivery (report_id, state, updated_at)"
                               " VALUES ('%1', 'sent', '%2')")
                    .arg(uuidText(report.id), ReportCodec::formatTime(report.reportedAt))));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto store = openStore(path);
        QCOMPARE(store->version(), 2);
        QCOMPARE(store->find(report.id)->report, report);
        QCOMPARE(store->openNotAskedIfBack().size(), 1);
    }

    void retryAndRejectStates()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("states.sqlite")));
        const Report a = test::minimalReport();
        const Report b = test::minimalReport();
        QVERIFY(store->create(a).ok());
        QVERIFY(store->create(b).ok());
        const QDateTime now = test::fixedNow();

        QVERIFY(store->markRetrying(a.id, 1, QStringLiteral("HTTP 503"), now.addSecs(30)).ok());
        auto found = store->find(a.id);
        QCOMPARE(found->delivery.state, Delivery::State::Retrying);
        QCOMPARE(found->delivery.attempts, 1);
        QCOMPARE(found->delivery.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(found->delivery.nextAttempt, now.addSecs(30));
        QCOMPARE(store->nextAttempt(), now.addSecs(30));
        QCOMPARE(store->due(now).size(), 1); // only b
        QCOMPARE(store->due(now.addSecs(30)).size(), 2);

        QVERIFY(store->markRetrying(a.id, 1, QStringLiteral("HTTP 503"), now.addSecs(60)).ok());
        QCOMPARE(store->find(a.id)->delivery.attempts, 2);

        QVERIFY(store->markRejected(b.id, 1, QStringLiteral("service: unknown")).ok());
        found = store->find(b.id);
        QCOMPARE(found->delivery.state, Delivery::State::Rejected);
        QCOMPARE(found->delivery.lastError, QStringLiteral("service: unknown"));
        // Rejected reports are kept, counted as pending and not retried on their own.
        QCOMPARE(store->all().size(), 2);
        QCOMPARE(store->pendingCount(), 2);
        QCOMPARE(store->due(now.addDays(365)).size(), 1);

        QVERIFY(store->markSent(a.id, 1).ok());
        QCOMPARE(store->find(a.id)->delivery.attempts, 0);
        QVERIFY(!store->nextAttempt().isValid());
        QCOMPARE(store->pendingCount(), 1);
    }

    void editDuringFlightStaysDue()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("flight.sqlite")));
        const Report report = test::sampleReport();
        QVERIFY(store->create(report).ok());
        // Revision 1 is in flight when the GP marks it resolved (revision 2)...
        QVERIFY(store->markResolved(report.id, test::fixedNow()).ok());
        // ...then the server acknowledges revision 1, or a late failure of revision 1 arrives.
        QVERIFY(store->markSent(report.id, 1).ok());
        QVERIFY(
            store->markRetrying(report.id, 1, QStringLiteral("late"), test::fixedNow().addDays(1))
                .ok());
        const auto found = store->find(report.id);
        QCOMPARE(found->delivery.state, Delivery::State::Saved);
        QCOMPARE(found->delivery.deliveredRevision, 1);
        QCOMPARE(store->due(test::fixedNow()).value(0).revision, 2);
    }

    void crashDuringSaveLeavesWholeReportsOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        int previous = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child-writer"), path});
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 10000);
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            // Let it write for a random while, then kill it mid-transaction.
            QTest::qWait(100 + QRandomGenerator::global()->bounded(300));
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const int count = checkConsistent(path);
            QVERIFY2(count > previous, "the child saved nothing between kills");
            previous = count;
        }
    }

private:
    // Integrity check, and every report whole: a delivery row, a body that decodes, and the
    // body's revision equal to the column. Returns the number of reports.
    int checkConsistent(const QString &path)
    {
        const QString name = QStringLiteral("check");
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return -1;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
                query.value(0).toString() != QLatin1String("ok"))
                qFatal("integrity check failed");
            query.exec(QStringLiteral("SELECT COUNT(*) FROM reports r LEFT JOIN delivery d"
                                      " ON d.report_id = r.id WHERE d.report_id IS NULL"));
            query.next();
            if (query.value(0).toInt() != 0)
                qFatal("a report without its delivery row");
            query.exec(QStringLiteral("SELECT COUNT(*) FROM delivery d LEFT JOIN reports r"
                                      " ON d.report_id = r.id WHERE r.id IS NULL"));
            query.next();
            if (query.value(0).toInt() != 0)
                qFatal("a delivery row without its report");
            query.exec(QStringLiteral("SELECT revision, body FROM reports"));
            count = 0;
            while (query.next()) {
                const auto decoded = ReportCodec::fromJson(
                    QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
                if (!decoded || decoded->revision != query.value(0).toInt())
                    qFatal("a half-written report");
                ++count;
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--child-writer"))
        return runWriter(args.at(2));
    TestReportStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportstore.moc"
