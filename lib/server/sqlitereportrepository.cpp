#include "sqlitereportrepository.h"

#include "reportcodec.h"
#include "sqlitemigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ehb-server-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Rolls back unless commit() succeeded, so every early return leaves no open transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &database)
        : m_database(database)
    {}
    ~WriteTransaction()
    {
        if (m_begun && !m_committed) {
            QSqlQuery rollback(m_database);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // IMMEDIATE takes the write lock before the read, so read-decide-write cannot interleave
    // with another writer.
    QString begin()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return query.lastError().text();
        m_begun = true;
        return {};
    }
    QString commit()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("COMMIT")))
            return query.lastError().text();
        m_committed = true;
        return {};
    }

private:
    QSqlDatabase m_database;
    bool m_begun = false;
    bool m_committed = false;
};

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(ReportCodec::formatTime(time)) : QVariant();
}

} // namespace

SqliteReportRepository::SqliteReportRepository(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(nextConnectionName())
{}

SqliteReportRepository::~SqliteReportRepository()
{
    close();
}

void SqliteReportRepository::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only once no QSqlDatabase or QSqlQuery refers to the connection any more.
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

QSqlDatabase SqliteReportRepository::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> SqliteReportRepository::notOpen() const
{
    return fail(tr("The database %1 is not open.").arg(m_filePath));
}

Result<void> SqliteReportRepository::open()
{
    close();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        return fail(tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite): %1")
                        .arg(db.lastError().text()));
    }
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return fail(tr("Cannot open the database %1: %2").arg(m_filePath, db.lastError().text()));

    QSqlQuery query(db);
    // A file that is not SQLite opens fine and fails at the first read: read now.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString reason =
            query.lastError().isValid() ? query.lastError().text() : tr("WAL journal mode refused");
        query.finish();
        return fail(tr("Cannot use the database %1: %2").arg(m_filePath, reason));
    }
    query.finish();
    const QStringList pragmas{QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(
                tr("Cannot use the database %1: %2").arg(m_filePath, query.lastError().text()));
        query.finish();
    }
    m_open = true;
    return {};
}

Result<int> SqliteReportRepository::migrate()
{
    if (!m_open)
        return fail(notOpen().error());
    QSqlDatabase db = database();
    return SqliteMigrations::apply(db);
}

Result<PutOutcome> SqliteReportRepository::put(const Report &report,
                                               const QByteArray &canonicalJson,
                                               const QDateTime &receivedAt)
{
    if (!m_open)
        return fail(notOpen().error());
    const QSqlDatabase db = database();
    const auto failure = [this](const QString &reason) {
        return fail(tr("Cannot store the report in %1: %2").arg(m_filePath, reason));
    };

    WriteTransaction transaction(db);
    if (const QString error = transaction.begin(); !error.isEmpty())
        return failure(error);

    const QString id = uuidText(report.id);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT revision, installation FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query.lastError().text());

    PutOutcome outcome;
    if (query.next()) {
        const int stored = query.value(0).toInt();
        const QString installation = query.value(1).toString();
        query.finish();
        outcome.storedRevision = stored;
        if (installation != uuidText(report.installation))
            outcome.status = PutStatus::Forbidden;
        else if (report.revision == stored)
            outcome.status = PutStatus::Replayed;
        else if (report.revision < stored)
            outcome.status = PutStatus::Conflict;
        else
            outcome.status = PutStatus::Updated;
        if (outcome.status != PutStatus::Updated)
            return outcome; // nothing written; the transaction rolls back
        query.prepare(QStringLiteral(
            "UPDATE reports SET revision = ?, service = ?, started_at = ?, ended_at = ?,"
            " reported_at = ?, updated_at = ?, body = ? WHERE id = ?"));
        query.addBindValue(report.revision);
        query.addBindValue(report.service);
        query.addBindValue(timeValue(report.startedAt));
        query.addBindValue(timeValue(report.endedAt));
        query.addBindValue(timeValue(report.reportedAt));
        query.addBindValue(timeValue(receivedAt));
        query.addBindValue(QString::fromUtf8(canonicalJson));
        query.addBindValue(id);
    } else {
        query.finish();
        outcome.status = PutStatus::Created;
        query.prepare(QStringLiteral(
            "INSERT INTO reports (id, revision, installation, service, started_at, ended_at,"
            " reported_at, received_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(report.revision);
        query.addBindValue(uuidText(report.installation));
        query.addBindValue(report.service);
        query.addBindValue(timeValue(report.startedAt));
        query.addBindValue(timeValue(report.endedAt));
        query.addBindValue(timeValue(report.reportedAt));
        query.addBindValue(timeValue(receivedAt));
        query.addBindValue(timeValue(receivedAt));
        query.addBindValue(QString::fromUtf8(canonicalJson));
    }
    if (!query.exec())
        return failure(query.lastError().text());
    query.finish();
    outcome.storedRevision = report.revision;
    // Only a successful COMMIT (durable with synchronous=FULL) lets the caller answer 2xx.
    if (const QString error = transaction.commit(); !error.isEmpty())
        return failure(error);
    return outcome;
}

Result<qint64> SqliteReportRepository::count()
{
    if (!m_open)
        return fail(notOpen().error());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next())
        return fail(tr("Cannot count the reports: %1").arg(query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<std::optional<StoredReport>> SqliteReportRepository::find(const QUuid &id)
{
    if (!m_open)
        return fail(notOpen().error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT revision, installation, service, body, received_at,"
                                 " updated_at FROM reports WHERE id = ?"));
    query.addBindValue(uuidText(id));
    if (!query.exec())
        return fail(tr("Cannot read the report: %1").arg(query.lastError().text()));
    if (!query.next())
        return std::optional<StoredReport>();
    StoredReport stored;
    stored.id = id;
    stored.revision = query.value(0).toInt();
    stored.installation = QUuid::fromString(query.value(1).toString());
    stored.service = query.value(2).toString();
    stored.body = query.value(3).toString().toUtf8();
    stored.receivedAt = ReportCodec::parseTime(query.value(4).toString());
    stored.updatedAt = ReportCodec::parseTime(query.value(5).toString());
    return std::optional<StoredReport>(std::move(stored));
}

Result<void> SqliteReportRepository::ping()
{
    if (!m_open)
        return notOpen();
    QSqlQuery query(database());
    // Touches the file, unlike SELECT 1.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) || !query.next())
        return fail(tr("The database does not answer: %1").arg(query.lastError().text()));
    return {};
}

} // namespace ehb::server
