#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// A GET of JSON with a timeout, and the body of the finished reply, or a translated message that
// names what failed and why: the staff token refused (401), the server unreachable or silent,
// the server's own message for 4xx and 5xx answers.
class ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)

public:
    // `what` names the thing asked for, as in "Could not load <what>: ...".
    static Result<QByteArray> body(QNetworkReply *reply, const QString &what);
    // The server's address with `path` ("/api/v1/live") after its own path, without a doubled
    // slash; the query is left as it was.
    static QUrl address(const QUrl &server, const QString &path);
    // Starts a GET of `url` asking for JSON ("Accept: application/json"), given up when nothing
    // arrives for `timeout` (then it ends with OperationCanceledError and no status). The reply
    // belongs to `network`; connect to its finished() and read it with take().
    static QNetworkReply *getJson(QNetworkAccessManager *network, const QUrl &url,
                                  std::chrono::milliseconds timeout);
    // The finished reply `pending` held, which then holds none; null when it was abandoned in
    // the meantime. The reply deletes itself once control returns to the event loop.
    static QNetworkReply *take(QPointer<QNetworkReply> &pending);
    // The reply's HTTP status; 0 when no answer came.
    static int status(const QNetworkReply *reply);
    // Aborts `reply` if it is still on its way, without its end reaching `receiver`, and forgets
    // it (the reply deletes itself later).
    static void abandon(QPointer<QNetworkReply> &reply, QObject *receiver);
};

} // namespace ehb
