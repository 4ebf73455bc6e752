// Start-up time of the desktop program (process start to main window exposed) and the memory
// (VmRSS) of the desktop program and of the collection server at rest. Each figure is the
// median of several fresh processes; this program starts itself as the desktop child.
#include "client/clientsettings.h"
#include "client/language.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace ehb;

namespace {

// Resident memory of a process in KiB, from /proc (Linux).
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Child: measure from process start (as seen by the kernel) to the window being exposed.
int runChild(int argc, char **argv, const QString &dataDir)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    auto settings = std::make_unique<ClientSettings>(dataDir);
    LanguageLoader language;
    const QLocale locale = language.apply(QStringLiteral("fr"));
    auto desktop = DesktopApp::create(std::move(settings), locale);
    if (!desktop)
        return 1;
    desktop.value()->start();
    if (!QTest::qWaitForWindowExposed(&desktop.value()->mainWindow()))
        return 2;
    const qint64 shownMs = sinceMain.elapsed();
    QTest::qWait(2000); // at rest
    QTextStream(stdout) << "shown " << shownMs << " rss "
                        << residentKiB(QCoreApplication::applicationPid()) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc - 2, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 5;
    QList<double> shown, wall, desktopRss, serverRss;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), dir.path()});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            out << "desktop child failed: " << child.readAllStandardError() << Qt::endl;
            return 1;
        }
        const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
        shown.append(words.value(1).toDouble());
        wall.append(double(timer.elapsed() - 2000));
        desktopRss.append(words.value(3).toDouble() / 1024);
    }
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        QProcess server;
        server.start(QStringLiteral(EHB_SERVER_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                      QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite"))});
        if (!server.waitForReadyRead(10000)) {
            out << "server did not start" << Qt::endl;
            return 1;
        }
        QTest::qWait(2000);
        serverRss.append(residentKiB(server.processId()) / 1024.0);
        server.terminate();
        server.waitForFinished(5000);
    }
    out << "bench_startup: median of " << runs
        << " fresh processes each, QT_QPA_PLATFORM=" << qEnvironmentVariable("QT_QPA_PLATFORM")
        << "\n";
    out << QStringLiteral("  desktop: main() to main window exposed: %1 ms\n").arg(median(shown));
    out << QStringLiteral(
               "  desktop: process start to window exposed (wall, incl. loading): %1 ms\n")
               .arg(median(wall));
    out << QStringLiteral("  desktop: resident memory at rest: %1 MiB\n")
               .arg(median(desktopRss), 0, 'f', 1);
    out << QStringLiteral("  server:  resident memory at rest: %1 MiB\n")
               .arg(median(serverRss), 0, 'f', 1);
    return 0;
}
