// Migrations 4, 8 and 10 (the analysis columns, the impact, confirmed_at): a database at schema
// version 3 with stored reports migrates, and the columns they compute in SQL from each stored
// row equal what ingest writes (AnalysisColumns::values); the analysis then reads the migrated
// reports, through the covering index. On SQLite, or on PostgreSQL when EHB_TEST_DATABASE_URL is
// set.
#include "core/reportcodec.h"
#include "postgrestestsupport.h"
#include "samples.h"
#include "server/stats/analysiscolumns.h"
#include "server/storage/databaseurl.h"
#include "server/storage/postgresdialect.h"
#include "server/storage/repositoryfactory.h"
#include "server/storage/sqlitedialect.h"
#include "server/storage/sqlmigrator.h"
#include "server/storage/sqlreportrepository.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

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

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

// Reports covering what the columns encode: no end, an end, every symptom, several, software
// with and without a name, a postcode or none, installations with hex letters in every digit
// of the key.
QList<Report> variedReports()
{
    QList<Report> reports;
    Report full = sampleReport();
    full.installation = QUuid::fromString(u"fedcba98-7654-4321-8fed-cba987654321"_s);
    full.endedAt = full.reportedAt.addSecs(600);
    // Confirmed still failing before it ended (migration 10).
    full.confirmedAt = full.reportedAt.addSecs(300);
    // Ended as the answer "Resolved now" (migration 12).
    full.endAnswered = true;
    reports.append(full);
    const QStringList symptoms = knownSymptoms();
    for (qsizetype i = 0; i < symptoms.size(); ++i) {
        Report one = minimalReport(utc(u"2024-01-10T10:00:00Z"_s).addSecs(3600 * i));
        one.symptoms = {symptoms.at(i)};
        one.postcode = QString::number(1000 + 1111 * i);
        // Each part of the impact alone, all of them, the bounds, zeros (migration 8).
        const QList<Impact> impacts{{{}, 25, {}},         {3, {}, {}},
                                    {{}, {}, u"later"_s}, {500, 1440, u"other"_s},
                                    {0, 0, u"none"_s},    {1, 90, u"paper"_s}};
        if (i < impacts.size())
            one.impact = impacts.at(i);
        reports.append(one);
    }
    Report many = minimalReport(utc(u"2024-01-11T23:59:59Z"_s));
    many.symptoms = symptoms;
    many.software = {QString(), u"3.1"_s};
    reports.append(many);
    Report named = minimalReport(utc(u"2023-12-31T23:30:00Z"_s));
    named.installation = QUuid::fromString(u"00000000-0000-4000-8000-000000000000"_s);
    named.software = {u"Medidoc"_s, QString()};
    named.postcode = u"9999"_s;
    // Started after it was sent (clock skew), and ended a week later: the offsets' limits.
    named.startedAt = named.reportedAt.addSecs(280);
    named.endedAt = named.startedAt.addDays(7);
    reports.append(named);
    return reports;
}

} // namespace

class TestAnalysisMigration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_url = testDatabaseUrlOrSqlite(m_dir, u"v3.sqlite"_s);
        QVERIFY(!m_url.isEmpty());
        if (!testDatabaseUrl().isEmpty()) {
            const Result<void> reset = resetPostgresDatabase(m_url);
            QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error()));
        }
        const auto url = server::DatabaseUrl::parse(m_url);
        QVERIFY(url.ok());
        m_parsed = url.value();
    }

    void installationKeyKeepsTheRandomDigits()
    {
        const QUuid id = QUuid::fromString(u"6047e266-939f-4eed-a98f-2ecba4d921d7"_s);
        QCOMPARE(server::AnalysisColumns::installationKey(id), 0x6047e266939feedLL);
        QCOMPARE(server::AnalysisColumns::installationFromKey(0x6047e266939feedLL),
                 QUuid::fromString(u"6047e266-939f-4eed-0000-000000000000"_s));
        QVERIFY(server::AnalysisColumns::installationKey(QUuid::createUuid()) < (1LL << 60));
    }

    void version3DatabaseMigratesAndBackfills()
    {
        const QList<Report> reports = variedReports();
        createVersion3(reports);

        int version = 0;
        auto repository = server::RepositoryFactory::openMigrated(
            m_parsed, {QTimeZone(QByteArrayLiteral("Europe/Brussels"))}, &version);
        QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error()));
        QCOMPARE(version, 12);
        QCOMPARE(repository.value()->count().value(), qint64(reports.size()));

        // What migration 4 computed equals what ingest writes, column by column.
        {
            const QSqlDatabase db = connect(u"check"_s);
            QSqlQuery query(db);
            // The software is compared by name: ids are the database's.
            const QStringList names = server::AnalysisColumns::names(true);
            const qsizetype software = names.indexOf(u"software_id"_s);
            QVERIFY(software >= 0);
            QStringList columns = names;
            columns[software] = u"(SELECT name FROM software_names WHERE id = software_id)"_s;
            for (const Report &report : reports) {
                query.prepare(u"SELECT %1 FROM reports WHERE id = ?"_s.arg(columns.join(u", "_s)));
                query.addBindValue(uuidText(report.id));
                QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
                QVariantList expected = server::AnalysisColumns::values(report, true, std::nullopt);
                if (!report.software.name.isEmpty())
                    expected[software] = report.software.name;
                for (qsizetype i = 0; i < names.size(); ++i) {
                    const QVariant actual = query.value(int(i));
                    const bool same = actual.isNull() || expected.at(i).isNull()
                                          ? actual.isNull() == expected.at(i).isNull()
                                          : actual.toString() == expected.at(i).toString();
                    QVERIFY2(same,
                             qPrintable(u"%1 of %2: %3, expected %4"_s.arg(
                                 names.at(i), uuidText(report.id), actual.toString(),
                                 expected.at(i).isNull() ? u"NULL"_s : expected.at(i).toString())));
                }
                query.finish();
            }
            if (m_parsed.kind == server::DatabaseUrl::Kind::Sqlite) {
                // The analysis reads the covering index only.
                QVERIFY(
                    query.exec(u"EXPLAIN QUERY PLAN SELECT started_s, ended_s, reported_s,"
                               " installation_key, impact, confirmed_s, end_answered FROM reports"
                               " WHERE service = 'x' AND"
                               " started_s >= 0 AND started_s < 1"_s));
                QVERIFY(query.next());
                QVERIFY2(query.value(3).toString().contains(u"COVERING INDEX reports_analysis"_s),
                         qPrintable(query.value(3).toString()));
            }
        }
        disconnect(u"check"_s);

        // The analysis reads the migrated reports.
        auto &sql = dynamic_cast<server::SqlReportRepository &>(*repository.value());
        const auto observations = sql.observations(
            {utc(u"2023-12-01T00:00:00Z"_s), utc(u"2024-02-01T00:00:00Z"_s), {u"recip-e"_s}});
        QVERIFY(observations.ok());
        QCOMPARE(observations->size(), reports.size());
        // Each report once, with its times (the read packs them, see AnalysisQueries::rows),
        // told apart by installation key.
        QHash<quint64, Report> byInstallation;
        for (const Report &report : reports) {
            byInstallation.insert(
                quint64(server::AnalysisColumns::installationKey(report.installation)), report);
        }
        for (const analysis::Observation &observation : observations.value()) {
            QVERIFY(byInstallation.contains(observation.installationKey));
            const Report report = byInstallation.take(observation.installationKey);
            QCOMPARE(observation.service, 0);
            QCOMPARE(observation.startedAt, report.startedAt.toMSecsSinceEpoch());
            QCOMPARE(observation.reportedAt, report.reportedAt.toMSecsSinceEpoch());
            QCOMPARE(observation.endedAt.has_value(), report.endedAt.isValid());
            if (report.endedAt.isValid())
                QCOMPARE(*observation.endedAt, report.endedAt.toMSecsSinceEpoch());
            QCOMPARE(observation.confirmedAt.has_value(), report.confirmedAt.isValid());
            if (report.confirmedAt.isValid())
                QCOMPARE(*observation.confirmedAt, report.confirmedAt.toMSecsSinceEpoch());
            QCOMPARE(observation.endAnswered, report.endAnswered);
        }
        QVERIFY(byInstallation.isEmpty());
        // The rows the analysis keeps carry each report's impact (migration 8).
        const auto rows = repository.value()->analysisRows(
            u"recip-e"_s, utc(u"2023-12-01T00:00:00Z"_s).toSecsSinceEpoch(),
            utc(u"2024-02-01T00:00:00Z"_s).toSecsSinceEpoch());
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(reports.size()));
        for (const server::AnalysisRow &row : rows.value()) {
            const auto found = std::find_if(reports.begin(), reports.end(), [&](const Report &r) {
                return server::AnalysisColumns::installationKey(r.installation) ==
                       row.installationKey;
            });
            QVERIFY(found != reports.end());
            QCOMPARE(int(row.minutesLost), found->impact.minutesLost.value_or(-1));
            QCOMPARE(int(row.patients), found->impact.patients.value_or(-1));
            QCOMPARE(int(row.fallback), int(knownFallbacks().indexOf(found->impact.fallback)) + 1);
        }
        const auto breakdown = sql.breakdown(
            {utc(u"2023-12-01T00:00:00Z"_s), utc(u"2024-02-01T00:00:00Z"_s), {u"recip-e"_s}});
        QVERIFY(breakdown.ok());
        QCOMPARE(breakdown->reports, qint64(reports.size()));
        QCOMPARE(breakdown->software.value(u"HealthOne"_s), 1);
        QCOMPARE(breakdown->software.value(u"Medidoc"_s), 1);
        QCOMPARE(breakdown->postcodes.value(9999), 1);
        QCOMPARE(breakdown->postcodes.value(1050), 1);
        QCOMPARE(breakdown->postcodes.value(0), 1); // the one without a postcode
        QCOMPARE(breakdown->symptoms.value(knownSymptoms().indexOf(u"timeout"_s)), 4);
        // Migration 6 gave each month with reports version 1 (one report is in December).
        const qint64 december =
            server::AnalysisMonths::monthOf(utc(u"2023-12-01T00:00:00Z"_s).toSecsSinceEpoch());
        const auto versions = [&] {
            const auto read = repository.value()->analysisVersions({u"recip-e"_s, u"mycarenet"_s},
                                                                   december - 1, december + 2);
            return read.ok() ? read.value() : QHash<server::AnalysisChunkKey, qint64>();
        };
        const QHash<server::AnalysisChunkKey, qint64> migrated = versions();
        QCOMPARE(migrated.size(), 2);
        QCOMPARE(migrated.value({u"recip-e"_s, december}), 1);
        QCOMPARE(migrated.value({u"recip-e"_s, december + 1}), 1);

        // Ingest after the migration: a known name keeps its id, a new one gets one.
        const auto names = [&] {
            QMap<QString, qint64> ids;
            const QSqlDatabase db = connect(u"names"_s);
            QSqlQuery query(db);
            if (query.exec(u"SELECT name, id FROM software_names"_s)) {
                while (query.next())
                    ids.insert(query.value(0).toString(), query.value(1).toLongLong());
            }
            query.finish();
            return ids;
        };
        const QMap<QString, qint64> before = names();
        disconnect(u"names"_s);
        QCOMPARE(before.keys(), (QStringList{u"HealthOne"_s, u"Medidoc"_s}));
        Report known = minimalReport(utc(u"2024-01-20T10:00:00Z"_s));
        known.software.name = u"Medidoc"_s;
        Report fresh = minimalReport(utc(u"2024-01-20T11:00:00Z"_s));
        fresh.software.name = u"CareConnect"_s;
        for (const Report &report : {known, fresh})
            QVERIFY(repository.value()
                        ->put(report, ReportCodec::toBytes(report), report.reportedAt)
                        .ok());
        const QMap<QString, qint64> after = names();
        disconnect(u"names"_s);
        QCOMPARE(after.keys(), (QStringList{u"CareConnect"_s, u"HealthOne"_s, u"Medidoc"_s}));
        QCOMPARE(after.value(u"Medidoc"_s), before.value(u"Medidoc"_s));
        const auto again = sql.breakdown(
            {utc(u"2023-12-01T00:00:00Z"_s), utc(u"2024-02-01T00:00:00Z"_s), {u"recip-e"_s}});
        QVERIFY(again.ok());
        QCOMPARE(again->software.value(u"Medidoc"_s), 2);
        QCOMPARE(again->software.value(u"CareConnect"_s), 1);
        QCOMPARE(again->software.value(QString()), 9); // 8 single-symptom ones and the nameless
        // Each of the two puts bumped January's version.
        const QHash<server::AnalysisChunkKey, qint64> bumped = versions();
        QCOMPARE(bumped.size(), 2);
        QCOMPARE(bumped.value({u"recip-e"_s, december}), 1);
        QCOMPARE(bumped.value({u"recip-e"_s, december + 1}), 3);
    }

private:
    QSqlDatabase connect(const QString &name)
    {
        if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql) {
            auto db = openPostgres(m_url, name);
            return db.ok() ? db.value() : QSqlDatabase();
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_parsed.sqlitePath);
        db.open();
        return db;
    }
    void disconnect(const QString &name)
    {
        if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql) {
            closePostgres(name);
            return;
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }

    // The schema of version 3, and the reports stored as that version stored them.
    void createVersion3(const QList<Report> &reports)
    {
        std::unique_ptr<server::SqlDialect> dialect;
        if (m_parsed.kind == server::DatabaseUrl::Kind::Postgresql)
            dialect = std::make_unique<server::PostgresDialect>(m_parsed);
        else
            dialect = std::make_unique<server::SqliteDialect>(m_parsed.sqlitePath);
        const OlderDialect older(std::move(dialect), 3);
        {
            auto connected = older.connect(u"v3"_s);
            QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error()));
            QSqlDatabase db = connected.value();
            const Result<int> version = server::SqlMigrator::apply(older, db);
            QVERIFY(version.ok());
            QCOMPARE(version.value(), 3);
            QSqlQuery query(db);
            query.prepare(u"INSERT INTO reports (id, revision, installation, service, started_at,"
                          " ended_at, reported_at, received_at, updated_at, body)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const Report &report : reports) {
                const auto time = [](const QDateTime &value) {
                    return value.isValid() ? QVariant(ReportCodec::formatTime(value))
                                           : QVariant(QMetaType::fromType<QString>());
                };
                const QVariantList values{
                    uuidText(report.id),           report.revision,
                    uuidText(report.installation), report.service,
                    time(report.startedAt),        time(report.endedAt),
                    time(report.reportedAt),       time(report.reportedAt),
                    time(report.reportedAt),       QString::fromUtf8(ReportCodec::toBytes(report))};
                for (qsizetype i = 0; i < values.size(); ++i)
                    query.bindValue(int(i), values.at(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::database(u"v3"_s, false).close();
        QSqlDatabase::removeDatabase(u"v3"_s);
    }

    QTemporaryDir m_dir;
    QString m_url;
    server::DatabaseUrl m_parsed;
};

QTEST_GUILESS_MAIN(TestAnalysisMigration)
#include "tst_analysismigration.moc"
