#include "server/cli/servercommand.h"

#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "server/api/stafftokens.h"
#include "server/cli/signalwatcher.h"
#include "server/collectionserver.h"
#include "server/official/officialincidents.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"
#include "translations.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace ehb::server {

namespace {

Result<DatabaseUrl> databaseUrl(const ServerOptions &options)
{
    return DatabaseUrl::parse(options.database.isEmpty() ? DatabaseUrl::defaultUrl()
                                                         : options.database);
}

ServerConfig configFor(const ServerOptions &options)
{
    ServerConfig config;
    config.limits = options.limits;
    config.limits.maxBodyBytes = options.maxBodyBytes;
    config.workerThreads = options.threads;
    if (!options.statsZones.isEmpty())
        config.statsZones = options.statsZones;
    config.slaTarget = options.slaTarget;
    config.holidays = options.holidays;
    config.impactHourlyValue = options.impactHourlyValue;
    config.warmAnalysisCache = true;
    config.officialStatusUrl = options.officialStatus;
    config.officialInterval = std::chrono::seconds(options.officialInterval);
    config.client = options.client;
    config.publicPage = options.publicPage;
    return config;
}

} // namespace

int ServerCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The command line speaks the operator's language; the HTTP API speaks English, so the
    // translator is removed before serving.
    QTranslator translator;
    const bool translated = translator.load(QLocale(), QStringLiteral("ehealthbugs"),
                                            QStringLiteral("_"), translationsDirectory()) &&
                            QCoreApplication::installTranslator(&translator);

    const Result<ServerOptions> options = ServerOptions::parse(arguments);
    if (!options) {
        err << options.error() << QLatin1Char('\n') << tr("Try \"ehealthbugs-server --help\".")
            << Qt::endl;
        return UsageError;
    }
    switch (options->command) {
    case ServerOptions::Command::Help:
        out << ServerOptions::helpText() << Qt::flush;
        return Success;
    case ServerOptions::Command::Version:
        out << ServerOptions::versionText() << Qt::endl;
        return Success;
    case ServerOptions::Command::Migrate:
        return migrate(options.value(), out, err);
    case ServerOptions::Command::TokenCreate:
    case ServerOptions::Command::TokenList:
    case ServerOptions::Command::TokenRevoke:
        return token(options.value(), out, err);
    case ServerOptions::Command::OfficialImport:
        return importOfficial(options.value(), out, err);
    case ServerOptions::Command::Serve:
        break;
    }
    return serve(options.value(), out, err, translated ? &translator : nullptr);
}

int ServerCommand::migrate(const ServerOptions &options, QTextStream &out, QTextStream &err)
{
    const Result<DatabaseUrl> url = databaseUrl(options);
    if (!url) {
        err << url.error() << Qt::endl;
        return Failed;
    }
    int version = 0;
    const auto repository =
        RepositoryFactory::openMigrated(url.value(), configFor(options).statsZones, &version);
    if (!repository) {
        err << repository.error() << Qt::endl;
        return Failed;
    }
    out << tr("The database %1 is at schema version %2.").arg(url->redacted()).arg(version)
        << Qt::endl;
    return Success;
}

int ServerCommand::serve(const ServerOptions &options, QTextStream &out, QTextStream &err,
                         QTranslator *cliTranslator)
{
    const Result<DatabaseUrl> url = databaseUrl(options);
    if (!url) {
        err << url.error() << Qt::endl;
        return Failed;
    }
    ServerConfig config = configFor(options);
    if (!options.officialMapFile.isEmpty()) {
        auto map = OfficialMap::fromFile(options.officialMapFile, ServiceCatalogue::builtIn());
        if (!map) {
            err << tr("--official-map: %1").arg(map.error()) << Qt::endl;
            return Failed;
        }
        config.officialMap = std::move(map).value();
    }
    auto created = CollectionServer::create(url.value(), std::move(config));
    if (!created) {
        err << created.error() << Qt::endl;
        return Failed;
    }
    CollectionServer &server = *created.value();
    if (const Result<quint16> port = server.listen(options.address, options.port); !port) {
        err << port.error() << Qt::endl;
        return Failed;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(),
                     &QCoreApplication::quit);

    if (cliTranslator)
        QCoreApplication::removeTranslator(cliTranslator);
    // Scripts and tests read the port from this line: it is never translated. Flushed now,
    // because stdout is a pipe then.
    out << "Listening on " << server.url().toString() << Qt::endl;
    return QCoreApplication::exec() == 0 ? Success : Failed;
}

int ServerCommand::token(const ServerOptions &options, QTextStream &out, QTextStream &err)
{
    const Result<DatabaseUrl> url = databaseUrl(options);
    if (!url) {
        err << url.error() << Qt::endl;
        return Failed;
    }
    const auto repository =
        RepositoryFactory::openMigrated(url.value(), configFor(options).statsZones);
    if (!repository) {
        err << repository.error() << Qt::endl;
        return Failed;
    }
    ReportRepository &storage = *repository.value();
    switch (options.command) {
    case ServerOptions::Command::TokenCreate: {
        const Result<QByteArray> token =
            StaffTokens::create(storage, options.tokenName, utcNowSeconds());
        if (!token) {
            err << token.error() << Qt::endl;
            return Failed;
        }
        // The token is the only line on stdout, so scripts can capture it; it is shown once.
        out << token.value() << Qt::endl;
        err << tr("Token %1 created. Keep it now: it cannot be shown again.").arg(options.tokenName)
            << Qt::endl;
        return Success;
    }
    case ServerOptions::Command::TokenRevoke: {
        const Result<bool> revoked = storage.revokeToken(options.tokenName);
        if (!revoked) {
            err << revoked.error() << Qt::endl;
            return Failed;
        }
        if (!revoked.value()) {
            err << tr("There is no token named %1.").arg(options.tokenName) << Qt::endl;
            return Failed;
        }
        out << tr("Token %1 revoked.").arg(options.tokenName) << Qt::endl;
        return Success;
    }
    default:
        break;
    }
    const Result<QList<StaffToken>> tokens = storage.tokens();
    if (!tokens) {
        err << tokens.error() << Qt::endl;
        return Failed;
    }
    for (const StaffToken &token : tokens.value())
        out << token.name << '\t' << token.createdAt.toString(Qt::ISODate) << Qt::endl;
    return Success;
}

int ServerCommand::importOfficial(const ServerOptions &options, QTextStream &out, QTextStream &err)
{
    QFile file(options.importFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(options.importFile, file.errorString()) << Qt::endl;
        return Failed;
    }
    const Result<QList<OfficialIncident>> incidents =
        OfficialIncidents::fromCsv(file.readAll(), ServiceCatalogue::builtIn());
    if (!incidents) {
        err << tr("%1: nothing imported: %2").arg(options.importFile, incidents.error())
            << Qt::endl;
        return Failed;
    }
    const Result<DatabaseUrl> url = databaseUrl(options);
    if (!url) {
        err << url.error() << Qt::endl;
        return Failed;
    }
    const auto repository =
        RepositoryFactory::openMigrated(url.value(), configFor(options).statsZones);
    if (!repository) {
        err << repository.error() << Qt::endl;
        return Failed;
    }
    const Result<QList<qint64>> stored =
        repository.value()->addOfficialIncidents(incidents.value());
    if (!stored) {
        err << stored.error() << Qt::endl;
        return Failed;
    }
    out << tr("Official incidents imported: %1.").arg(stored->size()) << Qt::endl;
    return Success;
}

} // namespace ehb::server
