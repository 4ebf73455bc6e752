// The requests of the OpenAPI conformance test (tst_serveropenapi) and what they share with the
// checks of the document itself (tst_openapidocument): the reports they send, the served
// document, and the statuses no call can produce in process.
#pragma once

#include "openapicheck.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ehb::test {

inline constexpr const char *reportA = "3f2c8a51-7d4e-4b6a-9c1f-2a7b8e9d0c11";
inline constexpr const char *reportB = "9b1d4c7e-0a2f-4e3b-8d5c-6f7a8b9c0d12";
inline constexpr const char *installationA = "c0ffee00-1234-4abc-8def-0123456789ab";
inline constexpr const char *installationB = "deadbeef-4321-4cba-9fed-ba9876543210";
// The period of every staff read: the seeded reports are in it.
extern const QString range;

enum class Auth
{
    None,
    Staff,
    WrongToken
};

// One request of the conformance test and the status it must get. Calls run in this order
// against one server, so later ones may rely on earlier ones (revisions of reportA).
struct ApiCall
{
    const char *name;
    QByteArray method;
    QString target;    // path and query; "{cursor}" is replaced, see cursorFrom
    int status;        // the status the server must answer
    QString code = {}; // the error code it must carry, for errors
    Auth auth = Auth::None;
    QByteArray body = {};
    QByteArray contentType = "application/json";
    QByteArray accept = {};
    QString cursorFrom = {}; // a staff GET whose next cursor (JSON or Next-Cursor) goes in
};

// The sample report with this id, installation and revision, as JSON.
QJsonObject report(const char *id, int revision, const char *installation = installationA);

// Every request, in the order they run against one server.
const QList<ApiCall> &calls();

// Why an operation's documented status is never answered by the calls, or empty.
QString notExercisedBecause(const QString &key, int status);

// A call's target without its query, and the names in its query.
QString pathOf(const QString &target);
QStringList queryNames(const QString &target);

// A check of the document the server serves (its resource); null, with `error` set, when the
// resource is missing or not JSON.
std::unique_ptr<OpenApiCheck> servedDocumentCheck(QString *error);

} // namespace ehb::test
