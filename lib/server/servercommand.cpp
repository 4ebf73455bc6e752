#include "servercommand.h"

#include "collectionserver.h"
#include "databaseurl.h"
#include "repositoryfactory.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace ehb::server {

namespace {

Result<std::unique_ptr<ReportRepository>> openDatabase(const ServerOptions &options)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(
        options.database.isEmpty() ? DatabaseUrl::defaultUrl() : options.database);
    if (!url)
        return fail(url.error());
    return RepositoryFactory::openMigrated(url.value());
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
    case ServerOptions::Command::Serve:
        break;
    }
    return serve(options.value(), out, err, translated ? &translator : nullptr);
}

int ServerCommand::migrate(const ServerOptions &options, QTextStream &out, QTextStream &err)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(
        options.database.isEmpty() ? DatabaseUrl::defaultUrl() : options.database);
    if (!url) {
        err << url.error() << Qt::endl;
        return Failed;
    }
    int version = 0;
    const auto repository = RepositoryFactory::openMigrated(url.value(), &version);
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
    auto repository = openDatabase(options);
    if (!repository) {
        err << repository.error() << Qt::endl;
        return Failed;
    }
    ServerConfig config;
    config.maxBodyBytes = options.maxBodyBytes;
    CollectionServer server(std::move(repository).value(), config);
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

} // namespace ehb::server
