#include "server/cli/publicoptions.h"

#include "server/cli/serveroptions.h"

#include <QRegularExpression>

namespace ehb::server::PublicOptions {

namespace {

const QLatin1String pageFlag("--public-page");
const QLatin1String cacheFlag("--public-cache");

} // namespace

const QList<QLatin1String> &flags()
{
    static const QList<QLatin1String> all{pageFlag, cacheFlag};
    return all;
}

Result<void> read(const QString &flag, const QString &value, PublicPageConfig &config)
{
    if (flag == pageFlag) {
        if (value.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
            config.enabled = true;
        else if (value.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
            config.enabled = false;
        else
            return fail(ServerOptions::tr("%1 must be on or off, not \"%2\".").arg(flag, value));
        return {};
    }
    static const QRegularExpression number(QStringLiteral("\\A[0-9]{1,5}\\z"));
    const int seconds = number.match(value).hasMatch() ? value.toInt() : -1;
    if (seconds < 1 || seconds > maxCacheSeconds)
        return fail(ServerOptions::tr("%1 must be a number of seconds from %2 to %3, not \"%4\".")
                        .arg(flag)
                        .arg(1)
                        .arg(maxCacheSeconds)
                        .arg(value));
    config.cacheAge = std::chrono::seconds(seconds);
    return {};
}

QString helpText()
{
    return ServerOptions::tr(
               "\n"
               "Public status page (serve only; GET /, /feed.atom, /badge/SERVICE.svg and\n"
               "GET /api/v1/status, for anyone):\n"
               "  --public-page on|off   Serve them (default on; off: 404)\n"
               "  --public-cache SECONDS How long they are answered from memory before the\n"
               "                         database is read again (default %1)\n")
        .arg(std::chrono::duration_cast<std::chrono::seconds>(PublicPageConfig::defaultCacheAge)
                 .count());
}

} // namespace ehb::server::PublicOptions
