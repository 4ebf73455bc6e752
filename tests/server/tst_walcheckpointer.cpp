// WalCheckpointer: the reports the writer committed reach SQLite's database file (not only its
// write-ahead log) once enough commits went by, on the checkpointer's own thread and connection,
// while the writer's connection stays open; not before; and a ReportWriter runs one of its own.
#include "core/reportcodec.h"
#include "samples.h"
#include "server/storage/databaseurl.h"
#include "server/storage/reportwriter.h"
#include "server/storage/repositoryfactory.h"
#include "server/storage/walcheckpointer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

QList<server::PutRequest> newRequests(int count)
{
    QList<server::PutRequest> requests;
    for (int i = 0; i < count; ++i) {
        Report report = minimalReport();
        report.id = newUuid();
        requests.append({report, ReportCodec::toBytes(report), fixedNow()});
    }
    return requests;
}

} // namespace

class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"wal-%1.sqlite"_s.arg(++m_files));
        const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(u"sqlite:"_s + m_path);
        QVERIFY(url.ok());
        m_url = url.value();
        auto writer = server::RepositoryFactory::openMigrated(m_url, {});
        QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error()));
        m_writer = std::move(writer).value();
    }
    void cleanup() { m_writer.reset(); }

    void commitsReachTheDatabaseFileEveryFewCommits()
    {
        server::WalCheckpointer checkpointer(opener(), 3);
        checkpointer.start();
        for (int commit = 1; commit <= 2; ++commit) {
            QVERIFY(m_writer->putBatch(newRequests(5)).ok());
            checkpointer.committed();
        }
        // Not due yet: the two commits are in the log only.
        QTest::qWait(200);
        QCOMPARE(checkpointer.covered(), 0);
        QCOMPARE(reportsInDatabaseFile(), 0);

        QVERIFY(m_writer->putBatch(newRequests(5)).ok());
        checkpointer.committed();
        QTRY_COMPARE(checkpointer.covered(), 3);
        QCOMPARE(reportsInDatabaseFile(), 15);

        // The next ones wait for three more commits again.
        for (int commit = 4; commit <= 6; ++commit) {
            QVERIFY(m_writer->putBatch(newRequests(1)).ok());
            checkpointer.committed();
        }
        QTRY_COMPARE(checkpointer.covered(), 6);
        QCOMPARE(reportsInDatabaseFile(), 18);
        // Every report is read back whole, through the log or the file.
        QCOMPARE(m_writer->count().value(), qint64(18));
    }

    void aReportWriterCheckpointsOnItsOwn()
    {
        m_writer.reset(); // the ReportWriter opens its own connection
        server::ReportWriter writer([this] { return opener()(); });
        QVERIFY(writer.start().ok());
        const int commits = server::WalCheckpointer::defaultCommitsPerCheckpoint;
        const QList<server::PutRequest> requests = newRequests(commits);
        for (const server::PutRequest &request : requests)
            QCOMPARE(writer.put(request).value().status, server::PutStatus::Created);
        QCOMPARE(writer.batches(), qint64(commits));
        QTRY_COMPARE(reportsInDatabaseFile(), commits);
    }

private:
    server::WalCheckpointer::Opener opener() const
    {
        return [url = m_url] { return server::RepositoryFactory::open(url, {}); };
    }

    // The reports in the database file alone, as a copy of it without its log shows them.
    int reportsInDatabaseFile()
    {
        const QString copy = m_path + u".copy"_s;
        QFile::remove(copy);
        if (!QFile::copy(m_path, copy))
            return -1;
        int count = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
            db.setDatabaseName(copy);
            if (!db.open())
                return -1;
            QSqlQuery query(db);
            // Before any checkpoint the file may not even hold the schema yet.
            if (query.exec(u"SELECT COUNT(*) FROM reports"_s) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"copy"_s);
        QFile::remove(copy);
        QFile::remove(copy + u"-wal"_s);
        QFile::remove(copy + u"-shm"_s);
        return count;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    server::DatabaseUrl m_url;
    std::unique_ptr<server::ReportRepository> m_writer;
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
