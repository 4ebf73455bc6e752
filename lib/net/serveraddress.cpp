#include "net/serveraddress.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QSslError>

namespace ehb {

namespace {
// Where a watched reply keeps its certificate problems.
constexpr char kTlsProblem[] = "ehbTlsProblem";
} // namespace

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

Result<QUrl> ServerAddress::parse(const QString &text, const QString &field)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(tr("%1: enter a web address starting with https://, such as "
                       "https://bugs.example.be")
                        .arg(field));
    if (!isAllowed(url))
        return fail(tr("%1: \"%2\" starts with http://, which is only allowed for this computer "
                       "(localhost, 127.0.0.1, ::1). Use https:// so that reports cross the "
                       "network encrypted.")
                        .arg(field, url.toString()));
    return url;
}

void ServerAddress::watchTls(QNetworkReply *reply)
{
#ifndef QT_NO_SSL
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &errors) {
                         QStringList problems;
                         for (const QSslError &error : errors)
                             problems.append(error.errorString());
                         reply->setProperty(kTlsProblem, problems.join(QLatin1String("; ")));
                     });
#else
    Q_UNUSED(reply);
#endif
}

QString ServerAddress::tlsProblem(const QNetworkReply *reply)
{
    return reply->property(kTlsProblem).toString();
}

} // namespace ehb
