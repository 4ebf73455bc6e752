#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace ehb {

// The body of a finished GET, or a translated message that names what failed and why: the
// staff token refused (401), the server unreachable or silent, the server's own message for
// 4xx and 5xx answers.
class ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)

public:
    // `what` names the thing asked for, as in "Could not load <what>: ...".
    static Result<QByteArray> body(QNetworkReply *reply, const QString &what);
    // The server's address with `path` ("/api/v1/live") after its own path, without a doubled
    // slash; the query is left as it was.
    static QUrl address(const QUrl &server, const QString &path);
    // Aborts `reply` if it is still on its way, without its end reaching `receiver`, and forgets
    // it (the reply deletes itself later).
    static void abandon(QPointer<QNetworkReply> &reply, QObject *receiver);
};

} // namespace ehb
