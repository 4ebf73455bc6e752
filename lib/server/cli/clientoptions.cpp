#include "server/cli/clientoptions.h"

#include "server/cli/serveroptions.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ehb::server::ClientOptions {

namespace {

const QLatin1String latestFlag("--client-latest");
const QLatin1String downloadFlag("--client-download");

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

const QList<QLatin1String> &flags()
{
    static const QList<QLatin1String> all{latestFlag, downloadFlag};
    return all;
}

bool isVersion(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("\\A\\d{1,5}(\\.\\d{1,5}){0,3}\\z"));
    return shape.match(text).hasMatch();
}

Result<void> read(const QString &flag, const QString &value, ClientRelease &release)
{
    if (flag == latestFlag) {
        if (!isVersion(value))
            return fail(ServerOptions::tr("%1 needs a version of dotted numbers, such as 1.4.2, "
                                          "not \"%2\".")
                            .arg(flag, value));
        release.latest = value;
        return {};
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    const bool loopbackHttp = scheme == QLatin1String("http") && isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || (!https && !loopbackHttp))
        return fail(ServerOptions::tr("%1 needs an https URL, such as "
                                      "https://www.example.be/ehealthbugs/download (http only "
                                      "to this computer); not \"%2\".")
                        .arg(flag, value));
    release.download = url;
    return {};
}

QString helpText()
{
    return ServerOptions::tr(
        "\n"
        "Desktop app updates (serve only; GET /api/v1/client answers them):\n"
        "  --client-latest VERSION\n"
        "                         The current app version, such as 1.4.2; older apps show\n"
        "                         a notice (default: none)\n"
        "  --client-download URL  Where to get it, an https address (default: none)\n");
}

} // namespace ehb::server::ClientOptions
