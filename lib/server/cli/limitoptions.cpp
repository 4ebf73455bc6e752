#include "server/cli/limitoptions.h"

#include "server/cli/serveroptions.h"
#include "server/http/clientaddress.h"
#include "server/storage/databaseurl.h"

#include <functional>

namespace ehb::server::LimitOptions {

namespace {

const QLatin1String maxHeaderFlag("--max-header-bytes");
const QLatin1String maxUrlFlag("--max-url-bytes");
const QLatin1String idleTimeoutFlag("--idle-timeout");
const QLatin1String headTimeoutFlag("--head-timeout");
const QLatin1String requestTimeoutFlag("--request-timeout");
const QLatin1String maxConnectionsFlag("--max-connections");
const QLatin1String maxConnectionsPerAddressFlag("--max-connections-per-address");
const QLatin1String installationRateFlag("--rate-installation");
const QLatin1String addressRateFlag("--rate-address");
const QLatin1String trustedProxyFlag("--trusted-proxy");

QString rateText(RateLimit rate)
{
    return QString::number(rate.burst) + QLatin1Char('/') + QString::number(rate.perSecond);
}

} // namespace

const QList<QLatin1String> &flags()
{
    static const QList<QLatin1String> all{
        maxHeaderFlag,
        maxUrlFlag,
        idleTimeoutFlag,
        headTimeoutFlag,
        requestTimeoutFlag,
        maxConnectionsFlag,
        maxConnectionsPerAddressFlag,
        installationRateFlag,
        addressRateFlag,
        trustedProxyFlag,
    };
    return all;
}

Result<void> read(const QString &flag, const QString &value, ServerLimits &limits)
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
    const QString connections =
        ServerOptions::tr("%1 must be a number of connections from %2 to %3, not \"%4\".");
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
        {headTimeoutFlag, 1, 3600, time, [&](qint64 n) { limits.headTimeout = seconds(n); }},
        {requestTimeoutFlag, 1, 3600, time, [&](qint64 n) { limits.requestTimeout = seconds(n); }},
        {maxConnectionsFlag, 1, 1000000, connections,
         [&](qint64 n) { limits.maxConnections = int(n); }},
        // 0 turns the cap off.
        {maxConnectionsPerAddressFlag, 0, 1000000, connections,
         [&](qint64 n) { limits.maxConnectionsPerAddress = int(n); }},
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

QString helpText()
{
    return ServerOptions::tr(
               "\n"
               "Self-protection (serve only; answers are JSON errors):\n"
               "  --max-url-bytes BYTES  Longest request line (default %1; else 414)\n"
               "  --max-header-bytes BYTES\n"
               "                         Largest header block (default %2; else 431)\n"
               "  --idle-timeout SECONDS Close a keep-alive connection idle this long (default "
               "%3)\n"
               "  --head-timeout SECONDS The request line and headers must arrive this long\n"
               "                         after the request's first byte, or after connecting\n"
               "                         (default %4; else 408)\n"
               "  --request-timeout SECONDS\n"
               "                         A request must arrive whole this long after its first\n"
               "                         byte (default %5; else 408)\n"
               "  --max-connections N    Open connections at most (default %6; else 503)\n"
               "  --max-connections-per-address N\n"
               "                         Open connections per client address (an IPv6 /64\n"
               "                         counts as one; default %7; else closed unanswered);\n"
               "                         0 turns the cap off. A trusted proxy is exempt: its\n"
               "                         clients count by X-Forwarded-For while their request\n"
               "                         is under way (else 503)\n"
               "  --rate-installation BURST/PER_SECOND\n"
               "                         Reports per installation (default %8; else 429); off\n"
               "                         turns the limit off\n"
               "  --rate-address BURST/PER_SECOND\n"
               "                         Requests per client address (an IPv6 /64 counts as\n"
               "                         one; default %9; else 429); off turns the limit off\n"
               "  --trusted-proxy ADDRESS[/BITS]\n"
               "                         A proxy whose X-Forwarded-For names the client; repeat\n"
               "                         it or give a comma list (default: none)\n"
               "Client addresses serve as rate-limit and connection-count keys in memory only;\n"
               "they are never stored or logged.\n")
        .arg(ServerLimits::defaultMaxUrlBytes)
        .arg(ServerLimits::defaultMaxHeaderBytes)
        .arg(ServerLimits::defaultIdleTimeout.count())
        .arg(ServerLimits::defaultHeadTimeout.count())
        .arg(ServerLimits::defaultRequestTimeout.count())
        .arg(ServerLimits::defaultMaxConnections)
        .arg(ServerLimits::defaultMaxConnectionsPerAddress)
        .arg(rateText(ServerLimits::defaultInstallationRate))
        .arg(rateText(ServerLimits::defaultAddressRate));
}

} // namespace ehb::server::LimitOptions
