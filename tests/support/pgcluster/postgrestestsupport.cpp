#include "postgrestestsupport.h"

#include "server/storage/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ehb::test {

namespace {

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

QString testDatabaseUrl()
{
    return qEnvironmentVariable("EHB_TEST_DATABASE_URL");
}

QString testDatabaseUrlOrSqlite(const QTemporaryDir &dir, const QString &fileName)
{
    if (const QString url = testDatabaseUrl(); !url.isEmpty())
        return url;
    return dir.isValid() ? QStringLiteral("sqlite:") + dir.filePath(fileName) : QString();
}

Result<QSqlDatabase> openPostgres(const QString &url, const QString &connectionName)
{
    const auto parsed = server::DatabaseUrl::parse(url);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->kind != server::DatabaseUrl::Kind::Postgresql)
        return fail(QStringLiteral("not a PostgreSQL URL: ") + url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return fail(QStringLiteral("Qt's QPSQL driver is missing (libqt6sql6-psql)"));
    db.setHostName(parsed->host);
    db.setPort(parsed->port);
    db.setUserName(parsed->user);
    db.setPassword(parsed->password);
    db.setDatabaseName(parsed->databaseName);
    db.setConnectOptions(parsed->connectOptions());
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return fail(QStringLiteral("cannot connect to %1: %2").arg(parsed->redacted(), reason));
    }
    // Keeps NOTICEs ("... does not exist, skipping") off stderr.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

void closePostgres(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

Result<void> resetPostgresDatabase(const QString &url)
{
    const QString name = QStringLiteral("ehb-test-reset-") + QUuid::createUuid().toString();
    QString error;
    {
        auto db = openPostgres(url, name);
        if (!db)
            return fail(db.error());
        QSqlQuery query(db.value());
        for (const QLatin1String statement : {QLatin1String("DROP SCHEMA IF EXISTS public CASCADE"),
                                              QLatin1String("CREATE SCHEMA public")}) {
            if (!query.exec(statement)) {
                error = query.lastError().text();
                break;
            }
        }
    }
    closePostgres(name);
    if (!error.isEmpty())
        return fail(QStringLiteral("cannot reset %1: %2").arg(url, error));
    return {};
}

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/ehbpg-XXXXXX"))
{}

PostgresCluster::~PostgresCluster()
{
    if (m_running) {
        if (const Result<void> stopped = stop(); !stopped)
            qWarning("%s", qUtf8Printable(stopped.error()));
    }
}

Result<QString> PostgresCluster::run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(EHB_PGCLUSTER_SCRIPT), arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("pgcluster.sh did not finish: ") +
                    QString::fromUtf8(process.readAll()));
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(QStringLiteral("pgcluster.sh %1 failed: %2").arg(arguments.join(u' '), output));
    return output;
}

Result<void> PostgresCluster::start(const Options &options)
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder for the cluster"));
    QStringList arguments{
        QStringLiteral("start"), m_dir.path(), QStringLiteral("--watch-pid"),
        QString::number(options.watchPid ? options.watchPid : QCoreApplication::applicationPid())};
    if (options.durable)
        arguments.append(QStringLiteral("--durable"));
    if (options.tcp)
        arguments.append(QStringLiteral("--tcp"));
    const Result<QString> output = run(arguments);
    if (!output)
        return fail(output.error());
    m_running = true;
    m_url = readLine(m_dir.filePath(QStringLiteral("url")));
    m_tcpUrl = options.tcp ? readLine(m_dir.filePath(QStringLiteral("tcp-url"))) : QString();
    m_port = readLine(m_dir.filePath(QStringLiteral("port"))).toInt();
    if (m_url.isEmpty() || m_port <= 0 || (options.tcp && m_tcpUrl.isEmpty()))
        return fail(QStringLiteral("pgcluster.sh left no URL: ") + output.value());
    return {};
}

Result<void> PostgresCluster::stop()
{
    m_running = false;
    const Result<QString> output = run({QStringLiteral("stop"), m_dir.path()});
    if (!output)
        return fail(output.error());
    return {};
}

} // namespace ehb::test
