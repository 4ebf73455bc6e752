#include "serverprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace ehb::test {

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ServerProcess::readErrors);
    connect(&m_process, &QProcess::finished, this, [this] {
        readErrors();
        m_port = 0;
        Q_EMIT ended(m_stopping);
    });
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

QStringList ServerProcess::serveArguments(const QString &database, int threads,
                                          const QStringList &extra)
{
    return QStringList{QStringLiteral("serve"),
                       QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--database"),
                       database,
                       QStringLiteral("--threads"),
                       QString::number(threads)} +
           extra;
}

QStringList ServerProcess::noRateLimits()
{
    return {QStringLiteral("--rate-address"), QStringLiteral("off"),
            QStringLiteral("--rate-installation"), QStringLiteral("off")};
}

void ServerProcess::start(const QString &binary, const QStringList &arguments)
{
    m_pending.clear();
    m_port = 0;
    m_stopping = false;
    QStringList wrapper =
        qEnvironmentVariable("EHB_SERVER_WRAPPER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wrapper.isEmpty()) {
        m_process.start(binary, arguments);
        return;
    }
    const QString program = wrapper.takeFirst();
    m_process.start(program, wrapper + QStringList{binary} + arguments);
}

void ServerProcess::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    static const QRegularExpression line(QStringLiteral("Listening on http://[^:]+:(\\d+)"));
    qsizetype end = -1;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch() && m_port == 0) {
            m_port = quint16(match.captured(1).toUInt());
            Q_EMIT listening(m_port);
        }
    }
}

void ServerProcess::readErrors()
{
    m_errors += m_process.readAllStandardError();
    constexpr qsizetype kept = 16 * 1024;
    if (m_errors.size() > kept)
        m_errors.remove(0, m_errors.size() - kept);
}

bool ServerProcess::waitListening(int timeoutMs)
{
    if (m_port != 0)
        return true;
    if (!isRunning())
        return false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ServerProcess::listening, &loop, &QEventLoop::quit);
    connect(this, &ServerProcess::ended, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return m_port != 0;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(30000);
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return false;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 ServerProcess::cpuMs() const
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (pid() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name may hold spaces: fields count from the last ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime) are 11 and 12 after the name.
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
#else
    return -1;
#endif
}

qint64 ServerProcess::storageWrittenBytes() const
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid()));
    if (pid() <= 0 || !io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

} // namespace ehb::test
