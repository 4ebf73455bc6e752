#include "server/cli/serveroptions.h"

#include "server/api/statsparameters.h"
#include "server/http/clientaddress.h"
#include "server/storage/databaseurl.h"

#include <functional>

namespace ehb::server {

namespace {

const QLatin1String listenFlag("--listen");
const QLatin1String databaseFlag("--database");
const QLatin1String maxBodyFlag("--max-body");
const QLatin1String threadsFlag("--threads");
const QLatin1String statsZoneFlag("--stats-zone");
const QLatin1String slaTargetFlag("--sla-target");
const QLatin1String maxHeaderFlag("--max-header-bytes");
const QLatin1String maxUrlFlag("--max-url-bytes");
const QLatin1String idleTimeoutFlag("--idle-timeout");
const QLatin1String requestTimeoutFlag("--request-timeout");
const QLatin1String maxConnectionsFlag("--max-connections");
const QLatin1String installationRateFlag("--rate-installation");
const QLatin1String addressRateFlag("--rate-address");
const QLatin1String trustedProxyFlag("--trusted-proxy");

const QList<QLatin1String> limitFlags{maxHeaderFlag,      maxUrlFlag,         idleTimeoutFlag,
                                      requestTimeoutFlag, maxConnectionsFlag, installationRateFlag,
                                      addressRateFlag,    trustedProxyFlag};

// Parses one of limitFlags into `limits`; a failure names the flag.
Result<void> parseLimitFlag(const QString &flag, const QString &value, ServerLimits &limits)
{
    if (flag == installationRateFlag || flag == addressRateFlag) {
        const Result<RateLimit> rate = ServerOptions::parseRate(flag, value);
        if (!rate)
            return fail(rate.error());
        (flag == installationRateFlag ? limits.installationRate : limits.addressRate) = *rate;
        return {};
    }
    if (flag == trustedProxyFlag) {
        for (const QString &item : value.split(QLatin1Char(','))) {
            const auto subnet = ClientAddress::parseSubnet(item.trimmed());
            if (!subnet)
                return fail(ServerOptions::tr("%1 needs an IP address or ADDRESS/BITS, not \"%2\".")
                                .arg(flag, item.trimmed()));
            limits.trustedProxies.append(*subnet);
        }
        return {};
    }

    using std::chrono::seconds;
    const QString bytes =
        ServerOptions::tr("%1 must be a number of bytes from %2 to %3, not \"%4\".");
    const QString time =
        ServerOptions::tr("%1 must be a number of seconds from %2 to %3, not \"%4\".");
    const struct
    {
        QLatin1String flag;
        qint64 low;
        qint64 high;
        QString message;
        std::function<void(qint64)> store;
    } numbers[] = {
        {maxHeaderFlag, 1024, 1024 * 1024, bytes, [&](qint64 n) { limits.maxHeaderBytes = n; }},
        {maxUrlFlag, 256, 1024 * 1024, bytes, [&](qint64 n) { limits.maxUrlBytes = n; }},
        {idleTimeoutFlag, 1, 3600, time, [&](qint64 n) { limits.idleTimeout = seconds(n); }},
        {requestTimeoutFlag, 1, 3600, time, [&](qint64 n) { limits.requestTimeout = seconds(n); }},
        {maxConnectionsFlag, 1, 1000000,
         ServerOptions::tr("%1 must be a number of connections from %2 to %3, not \"%4\"."),
         [&](qint64 n) { limits.maxConnections = int(n); }},
    };
    for (const auto &number : numbers) {
        if (flag != number.flag)
            continue;
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (!ok || parsed < number.low || parsed > number.high)
            return fail(number.message.arg(flag).arg(number.low).arg(number.high).arg(value));
        number.store(parsed);
        return {};
    }
    return fail(ServerOptions::tr("Unknown option \"%1\".").arg(DatabaseUrl::redactText(flag)));
}

} // namespace

Result<RateLimit> ServerOptions::parseRate(const QString &flag, const QString &text)
{
    if (text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return RateLimit{};
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool burstOk = false;
    bool rateOk = false;
    const int burst = slash > 0 ? text.left(slash).toInt(&burstOk) : 0;
    const double perSecond = slash > 0 ? text.mid(slash + 1).toDouble(&rateOk) : 0;
    if (!burstOk || !rateOk || burst < 1 || burst > 1000000 || !(perSecond > 0) ||
        perSecond > 1000000)
        return fail(tr("%1 needs BURST/PER_SECOND, such as 60/1 or 10/0.5, each above 0 and at "
                       "most 1000000, or off; not \"%2\".")
                        .arg(flag, text));
    return RateLimit{burst, perSecond};
}

Result<std::pair<QHostAddress, quint16>> ServerOptions::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(
            tr("--listen needs ADDRESS:PORT, such as 127.0.0.1:8080, not \"%1\".").arg(text));
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("--listen has an invalid port \"%1\"; use 0 to 65535.").arg(portText));

    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(tr("--listen has an invalid IP address \"%1\".").arg(host));
    return std::pair{address, quint16(port)};
}

int ServerOptions::defaultThreads()
{
#ifdef Q_OS_LINUX
    return 16; // they share the port through SO_REUSEPORT
#else
    return 1;
#endif
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    ServerOptions options;
    QString subcommand;
    QStringList positionals;
    QStringList flagsSeen;
    bool help = false;
    bool version = false;

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (argument == QLatin1String("--version")) {
            version = true;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-'))) {
            if (subcommand.isEmpty())
                subcommand = argument;
            else
                positionals.append(argument);
            continue;
        }

        // --flag VALUE or --flag=VALUE
        QString flag = argument;
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            flag = argument.left(equals);
            value = argument.mid(equals + 1);
            hasValue = true;
        }
        const bool limitFlag = limitFlags.contains(flag);
        if (flag != listenFlag && flag != databaseFlag && flag != maxBodyFlag &&
            flag != threadsFlag && flag != statsZoneFlag && flag != slaTargetFlag && !limitFlag)
            return fail(tr("Unknown option \"%1\".").arg(DatabaseUrl::redactText(flag)));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return fail(tr("The option %1 needs a value.").arg(flag));
            value = arguments.at(++i);
        }
        flagsSeen.append(flag);

        if (limitFlag) {
            if (const Result<void> parsed = parseLimitFlag(flag, value, options.limits); !parsed)
                return fail(parsed.error());
        } else if (flag == listenFlag) {
            const auto listen = parseListen(value);
            if (!listen)
                return fail(listen.error());
            options.address = listen->first;
            options.port = listen->second;
        } else if (flag == databaseFlag) {
            if (value.isEmpty())
                return fail(tr("The option %1 needs a value.").arg(flag));
            options.database = value;
        } else if (flag == threadsFlag) {
            bool ok = false;
            options.threads = value.toInt(&ok);
            if (!ok || options.threads < 1 || options.threads > maxThreads)
                return fail(tr("--threads must be a number from 1 to %1.").arg(maxThreads));
        } else if (flag == slaTargetFlag) {
            const std::optional<double> target = StatsParameters::parseSlaTarget(value);
            if (!target)
                return fail(tr("--sla-target must be a number between 0 and 1, such as 0.999, "
                               "not \"%1\".")
                                .arg(value));
            options.slaTarget = *target;
        } else if (flag == statsZoneFlag) {
            const QTimeZone zone(value.toUtf8());
            if (!StatsParameters::isKnownZone(value.toUtf8()))
                return fail(tr("--stats-zone needs a time zone such as Europe/Brussels, not "
                               "\"%1\".")
                                .arg(value));
            if (!options.statsZones.contains(zone))
                options.statsZones.append(zone);
        } else {
            bool ok = false;
            options.maxBodyBytes = value.toLongLong(&ok);
            if (!ok || options.maxBodyBytes < 1 || options.maxBodyBytes > maxMaxBodyBytes)
                return fail(tr("--max-body must be a number of bytes between 1 and %1.")
                                .arg(maxMaxBodyBytes));
        }
    }

    if (help) {
        options.command = Command::Help;
        return options;
    }
    if (version) {
        options.command = Command::Version;
        return options;
    }
    const auto onlyFlags = [&flagsSeen](const QString &commandName,
                                        const QList<QLatin1String> &allowed) -> Result<void> {
        for (const QString &flag : std::as_const(flagsSeen)) {
            if (!allowed.contains(flag))
                return fail(tr("The option %1 does not apply to %2.").arg(flag, commandName));
        }
        return {};
    };
    if (subcommand == QLatin1String("token")) {
        const QString action = positionals.value(0);
        const qsizetype wanted = action == QLatin1String("list") ? 1 : 2;
        if (action == QLatin1String("create"))
            options.command = Command::TokenCreate;
        else if (action == QLatin1String("revoke"))
            options.command = Command::TokenRevoke;
        else if (action == QLatin1String("list"))
            options.command = Command::TokenList;
        else
            return fail(tr("Use \"token create NAME\", \"token list\" or \"token revoke NAME\"."));
        if (positionals.size() != wanted)
            return fail(wanted == 2 ? tr("\"token %1\" needs one NAME.").arg(action)
                                    : tr("\"token list\" takes no NAME."));
        options.tokenName = positionals.value(1);
        if (const Result<void> allowed = onlyFlags(QStringLiteral("token"), {databaseFlag});
            !allowed) {
            return fail(allowed.error());
        }
        return options;
    }
    if (!positionals.isEmpty())
        return fail(tr("Unexpected argument \"%1\".")
                        .arg(DatabaseUrl::redactText(positionals.constFirst())));
    if (subcommand == QLatin1String("serve")) {
        options.command = Command::Serve;
    } else if (subcommand == QLatin1String("migrate")) {
        options.command = Command::Migrate;
        if (const Result<void> allowed =
                onlyFlags(QStringLiteral("migrate"), {databaseFlag, statsZoneFlag});
            !allowed) {
            return fail(allowed.error());
        }
    } else if (subcommand.isEmpty()) {
        return fail(tr("No command given."));
    } else {
        return fail(tr("Unknown command \"%1\".").arg(DatabaseUrl::redactText(subcommand)));
    }
    return options;
}

namespace {

QString rateText(RateLimit rate)
{
    return QString::number(rate.burst) + QLatin1Char('/') + QString::number(rate.perSecond);
}

} // namespace

QString ServerOptions::helpText()
{
    return tr("Usage: ehealthbugs-server <command> [options]\n"
              "\n"
              "Collects eHealth outage reports from the eHealth Bugs desktop program.\n"
              "\n"
              "Commands:\n"
              "  serve               Answer the HTTP API (migrates the database first)\n"
              "  migrate             Bring the database schema up to date, then exit\n"
              "  token create NAME   Make a staff token; it is printed once, on stdout\n"
              "  token list          List the staff tokens' names and dates\n"
              "  token revoke NAME   Revoke a staff token\n"
              "\n"
              "Options:\n"
              "  --listen ADDRESS:PORT  Address to listen on (default 127.0.0.1:%1; port 0\n"
              "                         picks a free port). serve only.\n"
              "  --database URL         sqlite:PATH (default: %2) or\n"
              "                         postgresql://USER@HOST:PORT/DATABASE\n"
              "  --max-body BYTES       Largest accepted request body (default %3). serve only.\n"
              "  --threads N            HTTP worker threads (default %11). serve only.\n"
              "  --stats-zone ZONE      Keep daily, weekly and monthly statistics in this time\n"
              "                         zone (repeatable; default Europe/Brussels).\n"
              "  --sla-target FRACTION  Availability each service should reach, such as 0.999\n"
              "                         for 99.9 % (default %12). serve only.\n"
              "  --version              Print the version and exit\n"
              "  -h, --help             Print this help and exit\n"
              "\n"
              "Self-protection (serve only; answers are JSON errors):\n"
              "  --max-url-bytes BYTES  Longest request line (default %4; else 414)\n"
              "  --max-header-bytes BYTES\n"
              "                         Largest header block (default %5; else 431)\n"
              "  --idle-timeout SECONDS Close a keep-alive connection idle this long (default %6)\n"
              "  --request-timeout SECONDS\n"
              "                         A request must arrive whole this long after its first\n"
              "                         byte (default %7; else 408)\n"
              "  --max-connections N    Open connections at most (default %8; else 503)\n"
              "  --rate-installation BURST/PER_SECOND\n"
              "                         Reports per installation (default %9; else 429); off\n"
              "                         turns the limit off\n"
              "  --rate-address BURST/PER_SECOND\n"
              "                         Requests per client address (an IPv6 /64 counts as\n"
              "                         one; default %10; else 429); off turns the limit off\n"
              "  --trusted-proxy ADDRESS[/BITS]\n"
              "                         A proxy whose X-Forwarded-For names the client; repeat\n"
              "                         it or give a comma list (default: none)\n"
              "Client addresses serve as rate-limit keys in memory only; they are never stored\n"
              "or logged.\n")
        .arg(defaultPort)
        .arg(DatabaseUrl::defaultUrl())
        .arg(ServerLimits::defaultMaxBodyBytes)
        .arg(ServerLimits::defaultMaxUrlBytes)
        .arg(ServerLimits::defaultMaxHeaderBytes)
        .arg(ServerLimits::defaultIdleTimeout.count())
        .arg(ServerLimits::defaultRequestTimeout.count())
        .arg(ServerLimits::defaultMaxConnections)
        .arg(rateText(ServerLimits::defaultInstallationRate))
        .arg(rateText(ServerLimits::defaultAddressRate))
        .arg(defaultThreads())
        .arg(ServerConfig::defaultSlaTarget);
}

QString ServerOptions::versionText()
{
    return QStringLiteral("ehealthbugs-server " EHB_VERSION);
}

} // namespace ehb::server
