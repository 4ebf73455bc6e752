// Migration 5 (member keyed by installation first): a database at schema version 4 whose writer
// counted reports (creates, and newer revisions that move a report to another service or day)
// migrates with every member and rollup row kept, member's key then starts with the
// installation, and the rollups stay exact as the migrated database goes on counting (more
// creates and moves, checked against a recount of the stored reports). On SQLite, or on
// PostgreSQL when EHB_TEST_DATABASE_URL is set.
#include "core/reportcodec.h"
#include "postgrestestsupport.h"
#include "samples.h"
#include "server/stats/rollupcalendar.h"
#include "server/storage/databaseurl.h"
#include "server/storage/postgresdialect.h"
#include "server/storage/repositoryfactory.h"
#include "server/storage/sqlitedialect.h"
#include "server/storage/sqlreportrepository.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
const QStringList services{u"recip-e"_s, u"ehealthbox"_s, u"chapter-iv"_s};

// A dialect that knows only the migrations up to `version`: how an older server left it.
class OlderDialect final : public server::SqlDialect
{
public:
    OlderDialect(std::unique_ptr<server::SqlDialect> dialect, int version)
        : m_dialect(std::move(dialect))
    {
        for (const server::Migration &migration : m_dialect->migrations()) {
            if (migration.version <= version)
                m_migrations.append(migration);
        }
    }
    Result<QSqlDatabase> connect(const QString &name) const override
    {
        return m_dialect->connect(name);
    }
    QString displayName() const override { return m_dialect->displayName(); }
    const QList<server::Migration> &migrations() const override { return m_migrations; }
    QString beginWrite() const override { return m_dialect->beginWrite(); }
    QString lockMigrations() const override { return m_dialect->lockMigrations(); }
    QString lockZonesShared() const override { return m_dialect->lockZonesShared(); }
    QString lockZonesExclusive() const override { return m_dialect->lockZonesExclusive(); }
    QString lockRowSuffix() const override { return m_dialect->lockRowSuffix(); }
    QString checkpointLog() const override { return m_dialect->checkpointLog(); }
    bool isRetryable(const QSqlError &error) const override
    {
        return m_dialect->isRetryable(error);
    }

private:
    std::unique_ptr<server::SqlDialect> m_dialect;
    QList<server::Migration> m_migrations;
};

// Rows as "zone unit service bucket [installation] = counts", sorted, zero rows left out.
using Rows = QStringList;

} // namespace

class TestMemberOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_url = testDatabaseUrlOrSqlite(m_dir, u"v4.sqlite"_s);
        QVERIFY(!m_url.isEmpty());
        if (!testDatabaseUrl().isEmpty()) {
            const Result<void> reset = resetPostgresDatabase(m_url);
            QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error()));
        }
        const auto url = server::DatabaseUrl::parse(m_url);
        QVERIFY(url.ok());
        m_parsed = url.value();
    }

    void version4DatabaseMigratesAndKeepsCounting()
    {
        QRandomGenerator random(5);
        Rows membersBefore;
        Rows rollupsBefore;
        {
            server::SqlReportRepository older(std::make_unique<OlderDialect>(dialect(), 4),
                                              {brussels});
            QVERIFY(older.open().ok());
            const Result<int> version = older.migrate();
            QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error()));
            QCOMPARE(version.value(), 4);
            // Today's write path also bumps analysis_versions (migration 6) and writes the
            // impact, confirmed_s and end_answered columns (migrations 8, 10 and 12), which a
            // version-4 server did not have: they are there while this test stores as that
            // server, and gone again before the migration.
            QCOMPARE(execute(u"CREATE TABLE analysis_versions (service TEXT NOT NULL,"
                             " month BIGINT NOT NULL, version BIGINT NOT NULL,"
                             " PRIMARY KEY (service, month))"_s),
                     Rows{});
            QCOMPARE(execute(u"ALTER TABLE reports ADD COLUMN impact INTEGER"_s), Rows{});
            QCOMPARE(execute(u"ALTER TABLE reports ADD COLUMN confirmed_s BIGINT"_s), Rows{});
            QCOMPARE(execute(u"ALTER TABLE reports ADD COLUMN end_answered INTEGER"_s), Rows{});
            store(older, random, 150);
            membersBefore = members();
            rollupsBefore = rollups();
        }
        QCOMPARE(execute(u"DROP TABLE analysis_versions"_s), Rows{});
        QCOMPARE(execute(u"ALTER TABLE reports DROP COLUMN impact"_s), Rows{});
        QCOMPARE(execute(u"ALTER TABLE reports DROP COLUMN confirmed_s"_s), Rows{});
        QCOMPARE(execute(u"ALTER TABLE reports DROP COLUMN end_answered"_s), Rows{});
        QVERIFY(membersBefore.size() > 100);
        QCOMPARE(membersBefore, expectedMembers());
        QCOMPARE(rollupsBefore, expectedRollups());

        int version = 0;
        auto repository = server::RepositoryFactory::openMigrated(m_parsed, {brussels}, &version);
        QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error()));
        QCOMPARE(version, 12);
        QCOMPARE(members(), membersBefore);
        QCOMPARE(rollups(), rollupsBefore);
        QCOMPARE(memberKeyStart(), u"installation"_s);

        store(*repository.value(), random, 150);
        QCOMPARE(members(), expectedMembers());
        QCOMPARE(rollups(), expectedRollups());
    }

private:
    std::unique_ptr<server::SqlDialect> dialect() const
    {
        if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql)
            return std::make_unique<server::PostgresDialect>(m_parsed);
        return std::make_unique<server::SqliteDialect>(m_parsed.sqlitePath);
    }

    // `count` new reports by a few installations over three days around the spring DST
    // change, in batches, and newer revisions of some stored ones that move them to another
    // service or start time; `m_stored` follows what the database should hold.
    void store(server::ReportRepository &repository, QRandomGenerator &random, int count)
    {
        const QDateTime start = QDateTime::fromString(u"2024-03-30T00:00:00Z"_s, Qt::ISODate);
        const auto randomTime = [&] { return start.addSecs(random.bounded(3 * 86400)); };
        QList<server::PutRequest> batch;
        for (int i = 0; i < count; ++i) {
            Report report;
            const bool move = !m_stored.isEmpty() && random.bounded(3) == 0;
            if (move) {
                report = m_stored.value(m_ids.at(random.bounded(int(m_ids.size()))));
                report.revision += 1;
                if (random.bounded(2) == 0)
                    report.service = services.at(random.bounded(int(services.size())));
                else
                    report.startedAt = randomTime();
            } else {
                report = minimalReport(randomTime());
                report.installation = m_installations.at(random.bounded(4));
                report.service = services.at(random.bounded(int(services.size())));
            }
            report.reportedAt = report.startedAt.addSecs(60);
            // Two puts of one id in one batch would make the expected state order-dependent.
            bool inBatch = false;
            for (const server::PutRequest &queued : std::as_const(batch))
                inBatch = inBatch || queued.report.id == report.id;
            if (inBatch)
                continue;
            batch.append({report, ReportCodec::toBytes(report), report.reportedAt});
            if (!m_stored.contains(report.id))
                m_ids.append(report.id);
            m_stored.insert(report.id, report);
            if (batch.size() == 7 || i == count - 1) {
                const auto stored = repository.putBatch(batch);
                QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
                batch.clear();
            }
        }
    }

    Rows expectedMembers() const
    {
        QMap<QString, int> counts;
        for (const Report &report : m_stored) {
            for (const server::RollupKey &key :
                 server::RollupCalendar::keysFor(report.service, report.startedAt, {brussels})) {
                counts[keyText(key) + u' ' + uuidText(report.installation)] += 1;
            }
        }
        Rows rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.append(u"%1 = %2"_s.arg(it.key()).arg(it.value()));
        rows.sort();
        return rows;
    }

    Rows expectedRollups() const
    {
        QMap<QString, int> reports;
        QHash<QString, QSet<QUuid>> installations;
        for (const Report &report : m_stored) {
            for (const server::RollupKey &key :
                 server::RollupCalendar::keysFor(report.service, report.startedAt, {brussels})) {
                reports[keyText(key)] += 1;
                installations[keyText(key)].insert(report.installation);
            }
        }
        Rows rows;
        for (auto it = reports.cbegin(); it != reports.cend(); ++it)
            rows.append(
                u"%1 = %2 %3"_s.arg(it.key()).arg(it.value()).arg(installations[it.key()].size()));
        rows.sort();
        return rows;
    }

    static QString keyText(const server::RollupKey &key)
    {
        return u"%1 %2 %3 %4"_s
            .arg(QString::fromLatin1(key.zone), server::bucketUnitName(key.unit), key.service)
            .arg(key.bucket);
    }

    Rows members()
    {
        return select(u"SELECT zone, unit, service, bucket, installation, n FROM member"
                      " WHERE n <> 0"_s,
                      [](const QSqlQuery &query) {
                          return u"%1 %2 %3 %4 %5 = %6"_s.arg(
                              query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString());
                      });
    }

    Rows rollups()
    {
        return select(u"SELECT zone, unit, service, bucket, reports, installations FROM rollup"
                      " WHERE reports <> 0 OR installations <> 0"_s,
                      [](const QSqlQuery &query) {
                          return u"%1 %2 %3 %4 = %5 %6"_s.arg(
                              query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString());
                      });
    }

    // Runs a statement without rows; its error, if any.
    Rows execute(const QString &sql)
    {
        return select(sql, [](const QSqlQuery &) { return QString(); });
    }

    // The first column of member's primary key.
    QString memberKeyStart()
    {
        const QString sql =
            m_parsed.kind == server::DatabaseUrl::Kind::Postgresql
                ? u"SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                  " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                  " WHERE i.indrelid = 'member'::regclass AND i.indisprimary"_s
                : u"SELECT ii.name FROM pragma_index_list('member') il,"
                  " pragma_index_info(il.name) ii WHERE il.origin = 'pk' AND ii.seqno = 0"_s;
        const Rows rows =
            select(sql, [](const QSqlQuery &query) { return query.value(0).toString(); });
        return rows.size() == 1 ? rows.constFirst() : rows.join(u',');
    }

    template <typename Format> Rows select(const QString &sql, Format format)
    {
        Rows rows;
        {
            QSqlDatabase db;
            if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql) {
                auto opened = openPostgres(m_url, u"check"_s);
                if (!opened.ok())
                    return {opened.error()};
                db = opened.value();
            } else {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
                db.setDatabaseName(m_parsed.sqlitePath);
                db.open();
            }
            QSqlQuery query(db);
            if (!query.exec(sql))
                rows.append(query.lastError().text());
            while (query.next())
                rows.append(format(query));
        }
        if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql) {
            closePostgres(u"check"_s);
        } else {
            QSqlDatabase::database(u"check"_s, false).close();
            QSqlDatabase::removeDatabase(u"check"_s);
        }
        rows.sort();
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_url;
    server::DatabaseUrl m_parsed;
    const QList<QUuid> m_installations{QUuid::createUuid(), QUuid::createUuid(),
                                       QUuid::createUuid(), QUuid::createUuid()};
    QHash<QUuid, Report> m_stored;
    QList<QUuid> m_ids; // of m_stored, in the order stored
};

QTEST_GUILESS_MAIN(TestMemberOrder)
#include "tst_memberorder.moc"
