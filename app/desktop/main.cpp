// ehealthbugs: the desktop program, or with `report` as first argument, its command line.

#include "client/clientsettings.h"
#include "client/language.h"
#include "client/reportcommand.h"
#include "net/serveraddress.h"
#include "ui/desktopapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// On Windows the program is a GUI program (no console window behind it). Started from a
// console (`ehealthbugs report ...`, `--help`), it writes to that console.
void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
#endif
}

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The --data-dir value, read before the translated parser exists: the language setting
    // lives in that directory.
    static QString dataDir(const QStringList &arguments)
    {
        const QString option = QStringLiteral("--data-dir");
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (argument == option && i + 1 < arguments.size())
                return arguments.at(i + 1);
            if (argument.startsWith(option + QLatin1Char('=')))
                return argument.mid(option.size() + 1);
        }
        return {};
    }

    static void setApplicationNames()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GBO"));
        QCoreApplication::setApplicationName(QStringLiteral("ehealthbugs"));
        QCoreApplication::setApplicationVersion(QStringLiteral(EHB_VERSION));
    }

    static int runReportCommand(int argc, char **argv)
    {
        // No window: a QCoreApplication works without a display, for EMR software and scripts.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        const QStringList arguments = QCoreApplication::arguments();
        ehb::LanguageLoader language;
        language.apply(ehb::ClientSettings(dataDir(arguments)).language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ehb::ReportCommand::run(arguments, out, err);
    }

    static int runDesktop(int argc, char **argv)
    {
        QApplication app(argc, argv);
        setApplicationNames();
        const QStringList arguments = QCoreApplication::arguments();

        auto settings = std::make_unique<ehb::ClientSettings>(dataDir(arguments));
        // Outlives the windows: Settings switches the language through it.
        ehb::LanguageLoader language;
        language.apply(settings->language());
        QGuiApplication::setApplicationDisplayName(tr("eHealth Bugs"));

        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Report failures of the Belgian eHealth services in seconds.\n\n"
               "To report from your EMR software without a window, run:\n"
               "  %1 report --help")
                .arg(QCoreApplication::applicationName()));
        parser.addHelpOption();
        parser.addVersionOption();
        const QCommandLineOption dataDirOption(
            QStringLiteral("data-dir"),
            tr("Keep the settings (settings.ini) and reports (reports.sqlite) in <directory>."),
            tr("directory"));
        const QCommandLineOption serverOption(
            QStringLiteral("server"),
            tr("Send reports to the collection server at <url>, and remember it."), tr("url"));
        parser.addOption(dataDirOption);
        parser.addOption(serverOption);
        parser.process(arguments);

        if (parser.isSet(serverOption)) {
            const ehb::Result<QUrl> url =
                ehb::ServerAddress::parse(parser.value(serverOption), QStringLiteral("--server"));
            if (!url) {
                QTextStream(stderr) << url.error() << Qt::endl;
                return 2;
            }
            settings->setServerUrl(url.value());
            settings->sync();
            if (settings->serverUrlManaged())
                QTextStream(stderr)
                    << tr("--server is remembered, but your practice's administrator set the "
                          "server address for this computer: %1 is used.")
                           .arg(settings->serverUrl().toString())
                    << Qt::endl;
        }

        auto desktop = ehb::DesktopApp::create(std::move(settings), language);
        if (!desktop) {
            QMessageBox::critical(nullptr, tr("eHealth Bugs"),
                                  tr("Your reports could not be opened: %1").arg(desktop.error()));
            return 1;
        }
        desktop.value()->setWelcomeOnFirstStart(true);
        desktop.value()->start();
        return QApplication::exec();
    }
};

} // namespace

int main(int argc, char **argv)
{
    attachParentConsole();
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return CommandLine::runReportCommand(argc, argv);
    return CommandLine::runDesktop(argc, argv);
}
