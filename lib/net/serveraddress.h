#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace ehb {

// What makes a collection server address acceptable: https://, or plain http:// only to this
// computer (localhost, 127.0.0.0/8, ::1), where nothing crosses a network. Everything that
// sends (reports, the staff token) and everything that accepts an address (Settings, the
// command line, a managed setting) asks here.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // localhost, 127.0.0.0/8 or ::1.
    static bool isLoopbackHost(const QString &host);
    // https:// anywhere, or http:// to a loopback host.
    static bool isAllowed(const QUrl &url);
    // `text` (trimmed) as a server address, or a translated message that starts with `field`
    // ("Server address", "--server") and says what is wrong.
    static Result<QUrl> parse(const QString &text, const QString &field);

    // Keeps the certificate problems (QSslError::errorString) of `reply` for tlsProblem(): they
    // are never ignored, so the request fails, and the message says why.
    static void watchTls(QNetworkReply *reply);
    // The certificate problems met by a reply watched with watchTls(), joined; empty if none.
    static QString tlsProblem(const QNetworkReply *reply);
};

} // namespace ehb
