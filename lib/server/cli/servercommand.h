#pragma once

#include "server/cli/serveroptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
class QTranslator;

namespace ehb::server {

// Runs one ehealthbugs-server command line; main.cpp only creates the application and calls
// run(). Exit codes: 0 done, 1 failed (database, listen), 2 bad command line.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        UsageError = 2
    };

    // `arguments` starts with the program name. `serve` runs the QCoreApplication event loop
    // until SIGTERM, SIGINT or QCoreApplication::quit().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    // Removes `cliTranslator` (if any) once listening, so that API answers stay English.
    static int serve(const ServerOptions &options, QTextStream &out, QTextStream &err,
                     QTranslator *cliTranslator);
    static int migrate(const ServerOptions &options, QTextStream &out, QTextStream &err);
    static int token(const ServerOptions &options, QTextStream &out, QTextStream &err);
    static int importOfficial(const ServerOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace ehb::server
