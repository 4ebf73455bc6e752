// ehealthbugs-server: the collection server. Everything but the application object lives in
// lib/server (ServerCommand), where the tests reach it.
#include "server/cli/servercommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ehealthbugs-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EHB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return ehb::server::ServerCommand::run(QCoreApplication::arguments(), out, err);
}
