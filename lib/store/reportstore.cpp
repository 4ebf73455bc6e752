#include "store/reportstore.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb {

namespace {

QString stateName(Delivery::State state)
{
    switch (state) {
    case Delivery::State::Saved:
        return QStringLiteral("saved");
    case Delivery::State::Sent:
        return QStringLiteral("sent");
    case Delivery::State::Retrying:
        return QStringLiteral("retrying");
    case Delivery::State::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("saved");
}

Delivery::State stateFromName(const QString &name)
{
    if (name == QLatin1String("sent"))
        return Delivery::State::Sent;
    if (name == QLatin1String("retrying"))
        return Delivery::State::Retrying;
    if (name == QLatin1String("rejected"))
        return Delivery::State::Rejected;
    return Delivery::State::Saved;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(ReportCodec::formatTime(time))
                          : QVariant(QMetaType::fromType<QString>());
}

// Runs statements of one migration step.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Migrations, one list of statements per schema version, applied in order.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE reports ("
                           " id TEXT PRIMARY KEY,"
                           " revision INTEGER NOT NULL,"
                           " service TEXT NOT NULL,"
                           " reported_at TEXT NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE delivery ("
                           " report_id TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                           " state TEXT NOT NULL,"
                           " delivered_revision INTEGER NOT NULL DEFAULT 0,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT,"
                           " next_attempt TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX delivery_state ON delivery(state, next_attempt)"),
            QStringLiteral("CREATE INDEX reports_reported_at ON reports(reported_at)"),
        },
        // Whether "Is it back for you?" was asked for the report: once, even across restarts.
        {
            QStringLiteral(
                "ALTER TABLE reports ADD COLUMN asked_if_back INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

std::optional<Report> decodeBody(const QString &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8());
    Result<Report, FieldErrors> decoded = ReportCodec::fromJson(document.object());
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

const char *selectStored = "SELECT r.body, d.state, d.delivered_revision, d.attempts, d.last_error,"
                           " d.next_attempt, d.updated_at FROM reports r"
                           " JOIN delivery d ON d.report_id = r.id";

std::optional<StoredReport> readStored(const QSqlQuery &query)
{
    std::optional<Report> report = decodeBody(query.value(0).toString());
    if (!report)
        return std::nullopt;
    StoredReport stored{*report, {}};
    stored.delivery.state = stateFromName(query.value(1).toString());
    stored.delivery.deliveredRevision = query.value(2).toInt();
    stored.delivery.attempts = query.value(3).toInt();
    stored.delivery.lastError = query.value(4).toString();
    stored.delivery.nextAttempt = ReportCodec::parseTime(query.value(5).toString());
    stored.delivery.updatedAt = ReportCodec::parseTime(query.value(6).toString());
    return stored;
}

} // namespace

ReportStore::ReportStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

ReportStore::~ReportStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ReportStore>> ReportStore::open(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("ehb-store-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<ReportStore> store(new ReportStore(name));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(tr("Cannot open the report database %1: %2").arg(path, db.lastError().text()));
    QString error;
    if (!execAll(db,
                 {QStringLiteral("PRAGMA journal_mode=WAL"),
                  QStringLiteral("PRAGMA synchronous=FULL"),
                  QStringLiteral("PRAGMA foreign_keys=ON")},
                 &error))
        return fail(tr("Cannot configure the report database %1: %2").arg(path, error));
    if (Result<void> migrated = store->migrate(); !migrated)
        return fail(migrated.error());
    return store;
}

int ReportStore::version() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> ReportStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int current = version();
    if (current > schemaVersion)
        return fail(tr("The report database was written by a newer version of eHealth Bugs "
                       "(schema %1, this version knows %2)")
                        .arg(current)
                        .arg(schemaVersion));
    for (int next = current + 1; next <= schemaVersion; ++next) {
        Transaction transaction(db);
        QString error;
        QStringList statements = migrations().at(next - 1);
        statements.append(QStringLiteral("PRAGMA user_version=%1").arg(next));
        if (!transaction.isOpen() || !execAll(db, statements, &error) || !transaction.commit())
            return fail(tr("Cannot upgrade the report database to schema %1: %2")
                            .arg(next)
                            .arg(error.isEmpty() ? db.lastError().text() : error));
    }
    return {};
}

Result<void> ReportStore::create(const Report &report)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO reports (id, revision, service, reported_at, body) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(uuidText(report.id));
    insert.addBindValue(report.revision);
    insert.addBindValue(report.service);
    insert.addBindValue(ReportCodec::formatTime(report.reportedAt));
    insert.addBindValue(QString::fromUtf8(ReportCodec::toBytes(report)));
    QSqlQuery delivery(db);
    delivery.prepare(QStringLiteral(
        "INSERT INTO delivery (report_id, state, updated_at) VALUES (?, 'saved', ?)"));
    delivery.addBindValue(uuidText(report.id));
    delivery.addBindValue(ReportCodec::formatTime(utcNowSeconds()));
    if (!transaction.isOpen() || !insert.exec() || !delivery.exec() || !transaction.commit())
        return fail(tr("The report could not be saved: %1")
                        .arg(insert.lastError().isValid() ? insert.lastError().text()
                                                          : db.lastError().text()));
    return {};
}

Result<Report> ReportStore::update(const Report &edited)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(tr("The report could not be saved: %1").arg(db.lastError().text()));
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT revision FROM reports WHERE id = ?"));
    current.addBindValue(uuidText(edited.id));
    if (!current.exec() || !current.next())
        return fail(tr("This report is not in the local database"));
    Report stored = edited;
    stored.revision = current.value(0).toInt() + 1;
    current.finish();

    QSqlQuery write(db);
    write.prepare(
        QStringLiteral("UPDATE reports SET revision = ?, service = ?, body = ? WHERE id = ?"));
    write.addBindValue(stored.revision);
    write.addBindValue(stored.service);
    write.addBindValue(QString::fromUtf8(ReportCodec::toBytes(stored)));
    write.addBindValue(uuidText(stored.id));
    QSqlQuery due(db);
    due.prepare(
        QStringLiteral("UPDATE delivery SET state = 'saved', attempts = 0, last_error = NULL,"
                       " next_attempt = NULL, updated_at = ? WHERE report_id = ?"));
    due.addBindValue(ReportCodec::formatTime(utcNowSeconds()));
    due.addBindValue(uuidText(stored.id));
    if (!write.exec() || !due.exec() || !transaction.commit())
        return fail(tr("The report could not be saved: %1").arg(db.lastError().text()));
    return stored;
}

Result<Report> ReportStore::openReport(const QUuid &id) const
{
    const std::optional<StoredReport> stored = find(id);
    if (!stored)
        return fail(tr("This report is not in the local database"));
    if (stored->report.isResolved())
        return fail(tr("This report is already marked as resolved"));
    return stored->report;
}

Result<Report> ReportStore::markResolved(const QUuid &id, const QDateTime &endedAt,
                                         const std::optional<Impact> &impact, bool answered)
{
    Result<Report> open = openReport(id);
    if (!open)
        return open;
    Report edited = std::move(open).value();
    // A problem cannot end before it started, even when the clock moved.
    edited.endedAt = std::max(endedAt, edited.startedAt);
    edited.endAnswered = answered;
    if (impact)
        edited.impact = *impact;
    return update(edited);
}

Result<Report> ReportStore::markConfirmed(const QUuid &id, const QDateTime &confirmedAt)
{
    Result<Report> open = openReport(id);
    if (!open)
        return open;
    Report edited = std::move(open).value();
    // Confirmed while failing, so not before it started, even when the clock moved.
    edited.confirmedAt = std::max(confirmedAt, edited.startedAt);
    FieldErrors errors =
        ReportValidator(ServiceCatalogue::builtIn()).validate(edited, utcNowSeconds());
    errors.removeIf(
        [](const FieldError &error) { return error.path != QLatin1String("confirmed_at"); });
    if (!errors.isEmpty())
        return fail(describe(errors));
    return update(edited);
}

std::optional<StoredReport> ReportStore::find(const QUuid &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QString::fromLatin1(selectStored) + QStringLiteral(" WHERE r.id = ?"));
    query.addBindValue(uuidText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readStored(query);
}

QList<StoredReport> ReportStore::all() const
{
    QList<StoredReport> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(selectStored) +
                    QStringLiteral(" ORDER BY r.reported_at DESC, r.rowid DESC")))
        return result;
    while (query.next()) {
        if (std::optional<StoredReport> stored = readStored(query))
            result.append(*stored);
    }
    return result;
}

QList<Report> ReportStore::due(const QDateTime &now) const
{
    QList<Report> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.body FROM reports r JOIN delivery d ON d.report_id = r.id"
                       " WHERE d.state = 'saved' OR (d.state = 'retrying' AND d.next_attempt <= ?)"
                       " ORDER BY r.reported_at, r.rowid"));
    query.addBindValue(ReportCodec::formatTime(now));
    if (!query.exec())
        return result;
    while (query.next()) {
        if (std::optional<Report> report = decodeBody(query.value(0).toString()))
            result.append(*report);
    }
    return result;
}

QDateTime ReportStore::nextAttempt() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(
            QStringLiteral("SELECT MIN(next_attempt) FROM delivery WHERE state = 'retrying'")) ||
        !query.next())
        return {};
    return ReportCodec::parseTime(query.value(0).toString());
}

int ReportStore::pendingCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM delivery WHERE state <> 'sent'")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Report> ReportStore::openNotAskedIfBack() const
{
    QList<Report> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT body FROM reports WHERE asked_if_back = 0"
                                   " ORDER BY reported_at, rowid")))
        return result;
    while (query.next()) {
        std::optional<Report> report = decodeBody(query.value(0).toString());
        if (report && !report->isResolved())
            result.append(*std::move(report));
    }
    return result;
}

Result<void> ReportStore::markAskedIfBack(const QUuid &id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE reports SET asked_if_back = 1 WHERE id = ?"));
    query.addBindValue(uuidText(id));
    if (!query.exec())
        return fail(tr("The report could not be saved: %1").arg(query.lastError().text()));
    return {};
}

Result<void> ReportStore::markSent(const QUuid &id, int revision)
{
    return setDelivery(id, revision, Delivery::State::Sent, {}, {});
}

Result<void> ReportStore::markRetrying(const QUuid &id, int revision, const QString &error,
                                       const QDateTime &nextAttempt)
{
    return setDelivery(id, revision, Delivery::State::Retrying, error, nextAttempt);
}

Result<void> ReportStore::markRejected(const QUuid &id, int revision, const QString &message)
{
    return setDelivery(id, revision, Delivery::State::Rejected, message, {});
}

Result<void> ReportStore::setDelivery(const QUuid &id, int revision, Delivery::State state,
                                      const QString &error, const QDateTime &nextAttempt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // Only the outcome for the current revision changes the state: an edit made while a
    // request was in flight keeps the report due.
    if (state == Delivery::State::Sent) {
        query.prepare(QStringLiteral(
            "UPDATE delivery SET delivered_revision = MAX(delivered_revision, :revision),"
            " state = CASE WHEN (SELECT revision FROM reports WHERE id = :id) <= :revision"
            "   THEN 'sent' ELSE state END,"
            " attempts = 0, last_error = NULL, next_attempt = NULL, updated_at = :now"
            " WHERE report_id = :id"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE delivery SET state = :state, attempts = attempts + 1, last_error = :error,"
            " next_attempt = :next, updated_at = :now"
            " WHERE report_id = :id AND (SELECT revision FROM reports WHERE id = :id) = "
            ":revision"));
        query.bindValue(QStringLiteral(":state"), stateName(state));
        query.bindValue(QStringLiteral(":error"), error);
        query.bindValue(QStringLiteral(":next"), timeValue(nextAttempt));
    }
    query.bindValue(QStringLiteral(":id"), uuidText(id));
    query.bindValue(QStringLiteral(":revision"), revision);
    query.bindValue(QStringLiteral(":now"), ReportCodec::formatTime(utcNowSeconds()));
    if (!query.exec())
        return fail(tr("The delivery state could not be saved: %1").arg(query.lastError().text()));
    return {};
}

} // namespace ehb
