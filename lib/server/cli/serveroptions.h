#pragma once

#include "core/result.h"
#include "server/api/serverconfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace ehb::server {

// The command line of ehealthbugs-server, parsed without side effects so tests can use it:
//   ehealthbugs-server serve [--listen ADDR:PORT] [--database URL] [--max-body BYTES]
//                            [--threads N] [--stats-zone ZONE]... [--sla-target FRACTION]
//                            [--holiday YYYY-MM-DD[,...]]... [--impact-hourly-value EUR]
//                            [--official-status URL|off] [--official-interval SECONDS]
//                            [--official-map FILE] [--client-latest VERSION]
//                            [--client-download URL] [--public-page on|off]
//                            [--public-cache SECONDS] [limit flags: see helpText()]
//   ehealthbugs-server migrate [--database URL] [--stats-zone ZONE]...
//   ehealthbugs-server token create NAME | list | revoke NAME [--database URL]
//   ehealthbugs-server official import FILE [--database URL]
//   ehealthbugs-server --version | --help
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    enum class Command
    {
        Help,
        Version,
        Serve,
        Migrate,
        TokenCreate,
        TokenList,
        TokenRevoke,
        OfficialImport
    };

    static constexpr quint16 defaultPort = 8080;
    static constexpr qint64 maxMaxBodyBytes = 64 * 1024 * 1024;
    static constexpr int maxThreads = 64;
    static constexpr double maxImpactHourlyValue = 10000;
    static constexpr int maxOfficialInterval = 86400;

    Command command = Command::Help;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = defaultPort;
    QString database; // empty: DatabaseUrl::defaultUrl()
    qint64 maxBodyBytes = ServerLimits::defaultMaxBodyBytes;
    int threads = defaultThreads();
    QList<QTimeZone> statsZones; // empty: ServerConfig's default
    double slaTarget = ServerConfig::defaultSlaTarget;
    QList<QDate> holidays; // --holiday: in the order given, each once
    // --impact-hourly-value: EUR an hour of a GP's time; empty when not given (no default).
    std::optional<double> impactHourlyValue;
    QString tokenName;   // token create / revoke
    QUrl officialStatus; // --official-status; empty: off
    int officialInterval = int(ServerConfig::defaultOfficialInterval.count()); // seconds
    QString officialMapFile; // --official-map; empty: the built-in map
    QString importFile;      // official import FILE
    // The other self-protection limits; serve copies them into ServerConfig::limits.
    ServerLimits limits;
    // --client-latest, --client-download; serve copies them into ServerConfig::client.
    ClientRelease client;
    // --public-page, --public-cache; serve copies them into ServerConfig::publicPage.
    PublicPageConfig publicPage;

    // HTTP worker threads when --threads is not given: several where they can share a port.
    static int defaultThreads();

    // `arguments` starts with the program name, as QCoreApplication::arguments() does. Read
    // with QCommandLineParser::parse(), which neither prints nor exits; the first mistake, left
    // to right, is the one reported.
    static Result<ServerOptions> parse(const QStringList &arguments);
    // "ADDR:PORT", "[IPv6]:PORT" or "localhost:PORT".
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

    // "BURST/PER_SECOND" such as "60/1" or "600/20", or "off".
    static Result<RateLimit> parseRate(const QString &flag, const QString &text);
    // An amount in euros above 0 and at most maxImpactHourlyValue, with a point and at most two
    // decimals: "60", "62.50".
    static std::optional<double> parseEuros(const QString &text);

    static QString helpText();
    static QString versionText();

private:
    // helpText() without the self-protection (LimitOptions), impact, official and client sections
    // (texts of their own, for the translators).
    static QString mainHelpText();
};

} // namespace ehb::server
