#include "openapicalls.h"

#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ehb::test {

using namespace Qt::StringLiterals;

const QString range = u"from=2024-01-08&to=2024-01-22"_s;

namespace {

QByteArray with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return jsonBytes(object);
}

QString reports(const QString &id)
{
    return u"/api/v1/reports/"_s + id;
}

} // namespace

QJsonObject report(const char *id, int revision, const char *installation)
{
    Report value = sampleReport();
    value.id = QUuid::fromString(QLatin1String(id));
    value.installation = QUuid::fromString(QLatin1String(installation));
    value.revision = revision;
    return ReportCodec::toJson(value);
}

const QList<ApiCall> &calls()
{
    const QString a = QLatin1String(reportA);
    const QString list = u"/api/v1/reports?"_s + range;
    const QString frequency = u"/api/v1/stats/frequency?"_s + range;
    const QString heatmap = u"/api/v1/stats/heatmap?"_s + range;
    const QString episodes = u"/api/v1/stats/episodes?"_s + range;
    const QString breakdown = u"/api/v1/stats/breakdown?"_s + range;
    const QString impact = u"/api/v1/stats/impact?"_s + range;
    const QString official = u"/api/v1/stats/official?"_s + range;
    const QString changes = u"/api/v1/official/changes?"_s + range;
    const QString incidents = u"/api/v1/official/incidents"_s;
    // Recip-e admitted before the seeded episode; the eHealthBox outage no GP reported.
    const QByteArray incidentBody =
        "{\"incidents\": [{\"service\": \"recip-e\", \"start\": \"2024-01-15T07:30:00Z\","
        " \"end\": \"2024-01-15T09:00:00Z\", \"status\": \"major_outage\","
        " \"source\": \"https://www.standaard.be/\"},"
        " {\"service\": \"ehealthbox\", \"start\": \"2024-01-10T10:00:00+01:00\","
        " \"status\": \"partial_outage\"}]}";
    const QString notices = u"/api/v1/notices"_s;
    const QByteArray noticeBody =
        "{\"service\": null, \"texts\": {\"fr\": \"Recip-e en panne\", \"en\": \"<b>down</b>\"},"
        " \"link\": \"https://www.gbo.be/\", \"valid_until\": \"2030-01-01T00:00:00Z\"}";
    static const QList<ApiCall> all{
        // PUT /api/v1/reports/{id}
        {"put created", "PUT", reports(a), 201, {}, Auth::None, jsonBytes(report(reportA, 2))},
        {"put replayed", "PUT", reports(a), 200, {}, Auth::None, jsonBytes(report(reportA, 2))},
        {"put updated", "PUT", reports(a), 200, {}, Auth::None, jsonBytes(report(reportA, 3))},
        {"put older revision", "PUT", reports(a), 409, u"revision_conflict"_s, Auth::None,
         jsonBytes(report(reportA, 1))},
        {"put other installation", "PUT", reports(a), 403, u"forbidden"_s, Auth::None,
         jsonBytes(report(reportA, 4, installationB))},
        {"put id not uuid", "PUT", reports(u"not-a-uuid"_s), 404, u"not_found"_s, Auth::None,
         jsonBytes(report(reportA, 1))},
        {"put id uuid v1", "PUT", reports(u"6fa459ea-ee8a-11ca-af33-0800200c9a66"_s), 404,
         u"not_found"_s, Auth::None, jsonBytes(report(reportA, 1))},
        {"put malformed json", "PUT", reports(a), 400, u"malformed_json"_s, Auth::None, "{\"id\":"},
        {"put json array", "PUT", reports(a), 400, u"malformed_json"_s, Auth::None, "[]"},
        {"put text/plain", "PUT", reports(a), 415, u"unsupported_media_type"_s, Auth::None,
         jsonBytes(report(reportA, 3)), "text/plain"},
        {"put too large", "PUT", reports(a), 413, u"payload_too_large"_s, Auth::None,
         QByteArray(server::ServerLimits::defaultMaxBodyBytes + 1, ' ')},
        {"put unknown symptom", "PUT", reports(QLatin1String(reportB)), 422, u"invalid_report"_s,
         Auth::None, with(report(reportB, 1), u"symptoms"_s, QJsonArray{u"sneezing"_s})},
        {"put id mismatch", "PUT", reports(QLatin1String(reportB)), 422, u"invalid_report"_s,
         Auth::None, jsonBytes(report(reportA, 5))},
        {"put GET", "GET", reports(a), 405, u"method_not_allowed"_s},
        {"put DELETE", "DELETE", reports(a), 405, u"method_not_allowed"_s},
        {"put POST", "POST", reports(a), 405, u"method_not_allowed"_s, Auth::None, "{}"},

        // GET /api/v1/reports
        {"list", "GET", list, 200, {}, Auth::Staff},
        {"list service", "GET", list + u"&service=recip-e&limit=1000"_s, 200, {}, Auth::Staff},
        {"list first page", "GET", list + u"&limit=1"_s, 200, {}, Auth::Staff},
        {"list next page",
         "GET",
         list + u"&limit=1&cursor={cursor}"_s,
         200,
         {},
         Auth::Staff,
         {},
         "application/json",
         {},
         list + u"&limit=1"_s},
        {"list csv", "GET", list, 200, {}, Auth::Staff, {}, "application/json", "text/csv"},
        {"list csv next page",
         "GET",
         list + u"&limit=1&cursor={cursor}"_s,
         200,
         {},
         Auth::Staff,
         {},
         "application/json",
         "text/csv",
         list + u"&limit=1"_s},
        {"list no token", "GET", list, 401, u"unauthorized"_s},
        {"list wrong token", "GET", list, 401, u"unauthorized"_s, Auth::WrongToken},
        {"list without from", "GET", u"/api/v1/reports?to=2024-01-22"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"list limit 0", "GET", list + u"&limit=0"_s, 400, u"invalid_parameter"_s, Auth::Staff},
        {"list limit 1001", "GET", list + u"&limit=1001"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"list limit text", "GET", list + u"&limit=ten"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"list bad cursor", "GET", list + u"&cursor=%25%25nonsense"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"list unknown service", "GET", list + u"&service=telepathy"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"list POST", "POST", list, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},
        {"list DELETE", "DELETE", u"/api/v1/reports"_s, 405, u"method_not_allowed"_s},

        // GET /api/v1/stats/frequency
        {"frequency", "GET", frequency, 200, {}, Auth::Staff},
        {"frequency hour", "GET", frequency + u"&bucket=hour"_s, 200, {}, Auth::Staff},
        {"frequency week", "GET", frequency + u"&bucket=week"_s, 200, {}, Auth::Staff},
        {"frequency hour utc", "GET", frequency + u"&bucket=hour&tz=UTC"_s, 200, {}, Auth::Staff},
        {"frequency month service",
         "GET",
         frequency + u"&bucket=month&service=recip-e"_s,
         200,
         {},
         Auth::Staff},
        {"frequency quiet service",
         "GET",
         frequency + u"&service=internet"_s,
         200,
         {},
         Auth::Staff},
        {"frequency rfc3339",
         "GET",
         u"/api/v1/stats/frequency?from=2024-01-15T00:00:00%2B01:00&to=2024-01-15T12:00:00Z"
         "&bucket=hour"_s,
         200,
         {},
         Auth::Staff},
        {"frequency no token", "GET", frequency, 401, u"unauthorized"_s},
        {"frequency wrong token", "GET", frequency, 401, u"unauthorized"_s, Auth::WrongToken},
        {"frequency without to", "GET", u"/api/v1/stats/frequency?from=2024-01-08"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency bad from", "GET", u"/api/v1/stats/frequency?from=yesterday&to=2024-01-22"_s,
         400, u"invalid_parameter"_s, Auth::Staff},
        {"frequency to before from", "GET",
         u"/api/v1/stats/frequency?from=2024-01-22&to=2024-01-08"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"frequency unknown bucket", "GET", frequency + u"&bucket=year"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency unknown tz", "GET", frequency + u"&tz=Mars/Olympus_Mons"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency day in a zone not kept", "GET", frequency + u"&tz=UTC"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency hour half-hour zone", "GET", frequency + u"&bucket=hour&tz=Asia/Kolkata"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency unknown service", "GET", frequency + u"&service=telepathy"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency too many buckets", "GET",
         u"/api/v1/stats/frequency?from=2020-01-01&to=2024-01-01&bucket=hour"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"frequency POST", "POST", frequency, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},

        // GET /api/v1/stats/heatmap
        {"heatmap", "GET", heatmap, 200, {}, Auth::Staff},
        {"heatmap utc service",
         "GET",
         heatmap + u"&tz=UTC&service=recip-e"_s,
         200,
         {},
         Auth::Staff},
        {"heatmap no token", "GET", heatmap, 401, u"unauthorized"_s},
        {"heatmap without from", "GET", u"/api/v1/stats/heatmap?to=2024-01-22"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"heatmap unknown tz", "GET", heatmap + u"&tz=Nowhere"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"heatmap unknown service", "GET", heatmap + u"&service=telepathy"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"heatmap PUT", "PUT", heatmap, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},

        // GET /api/v1/stats/episodes
        {"episodes", "GET", episodes, 200, {}, Auth::Staff},
        {"episodes service sla",
         "GET",
         episodes + u"&service=recip-e&sla=0.95&tz=UTC"_s,
         200,
         {},
         Auth::Staff},
        {"episodes no token", "GET", episodes, 401, u"unauthorized"_s},
        {"episodes wrong token", "GET", episodes, 401, u"unauthorized"_s, Auth::WrongToken},
        {"episodes bad sla", "GET", episodes + u"&sla=99.9"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"episodes without from", "GET", u"/api/v1/stats/episodes?to=2024-01-22"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"episodes POST", "POST", episodes, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},

        // GET /api/v1/stats/breakdown
        {"breakdown", "GET", breakdown, 200, {}, Auth::Staff},
        {"breakdown service",
         "GET",
         breakdown + u"&service=mycarenet-eattest"_s,
         200,
         {},
         Auth::Staff},
        {"breakdown no token", "GET", breakdown, 401, u"unauthorized"_s},
        {"breakdown unknown tz", "GET", breakdown + u"&tz=Nowhere"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"breakdown PUT", "PUT", breakdown, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},

        // GET /api/v1/stats/impact
        {"impact", "GET", impact, 200, {}, Auth::Staff},
        {"impact service", "GET", impact + u"&service=recip-e"_s, 200, {}, Auth::Staff},
        {"impact no token", "GET", impact, 401, u"unauthorized"_s},
        {"impact unknown service", "GET", impact + u"&service=x"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"impact POST", "POST", impact, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},

        // POST /api/v1/official/incidents, GET /api/v1/stats/official and
        // GET /api/v1/official/changes
        {"incidents", "POST", incidents, 201, {}, Auth::Staff, incidentBody},
        {"incidents no token", "POST", incidents, 401, u"unauthorized"_s, Auth::None, incidentBody},
        {"incidents malformed", "POST", incidents, 400, u"malformed_json"_s, Auth::Staff,
         "{\"incidents\": ["},
        {"incidents text/plain", "POST", incidents, 415, u"unsupported_media_type"_s, Auth::Staff,
         incidentBody, "text/plain"},
        {"incidents invalid", "POST", incidents, 422, u"invalid_incident"_s, Auth::Staff,
         "{\"incidents\": [{\"service\": \"telepathy\", \"start\": \"soon\","
         " \"status\": \"operational\"}]}"},
        {"incidents GET", "GET", incidents, 405, u"method_not_allowed"_s, Auth::Staff},
        {"official", "GET", official, 200, {}, Auth::Staff},
        {"official service",
         "GET",
         official + u"&service=ehealthbox&tz=UTC"_s,
         200,
         {},
         Auth::Staff},
        {"official no token", "GET", official, 401, u"unauthorized"_s},
        {"official without to", "GET", u"/api/v1/stats/official?from=2024-01-08"_s, 400,
         u"invalid_parameter"_s, Auth::Staff},
        {"official POST", "POST", official, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},
        {"changes", "GET", changes, 200, {}, Auth::Staff},
        {"changes service", "GET", changes + u"&service=recip-e"_s, 200, {}, Auth::Staff},
        {"changes no token", "GET", changes, 401, u"unauthorized"_s},
        {"changes unknown tz", "GET", changes + u"&tz=Nowhere"_s, 400, u"invalid_parameter"_s,
         Auth::Staff},
        {"changes DELETE", "DELETE", changes, 405, u"method_not_allowed"_s, Auth::Staff},

        // POST and GET /api/v1/notices, DELETE /api/v1/notices/{id}: the first notice gets id 1.
        {"notice", "POST", notices, 201, {}, Auth::Staff, noticeBody},
        {"notice no token", "POST", notices, 401, u"unauthorized"_s, Auth::None, noticeBody},
        {"notice malformed", "POST", notices, 400, u"malformed_json"_s, Auth::Staff,
         "{\"texts\": "},
        {"notice text/plain", "POST", notices, 415, u"unsupported_media_type"_s, Auth::Staff,
         noticeBody, "text/plain"},
        {"notice invalid", "POST", notices, 422, u"invalid_notice"_s, Auth::Staff,
         "{\"texts\": {\"fr\": \"\"}, \"link\": \"javascript:alert(1)\"}"},
        {"notices", "GET", notices, 200},
        {"notices all", "GET", notices + u"?all=1"_s, 200, {}, Auth::Staff},
        {"notices all no token", "GET", notices + u"?all=1"_s, 401, u"unauthorized"_s},
        {"notices all text", "GET", notices + u"?all=yes"_s, 400, u"invalid_parameter"_s},
        {"notices PUT", "PUT", notices, 405, u"method_not_allowed"_s, Auth::Staff, "{}"},
        {"withdraw no token", "DELETE", notices + u"/1"_s, 401, u"unauthorized"_s},
        {"withdraw", "DELETE", notices + u"/1"_s, 200, {}, Auth::Staff},
        {"withdraw unknown", "DELETE", notices + u"/77"_s, 404, u"not_found"_s, Auth::Staff},
        {"withdraw GET", "GET", notices + u"/1"_s, 405, u"method_not_allowed"_s, Auth::Staff},

        // GET /api/v1/live
        {"live", "GET", u"/api/v1/live"_s, 200},
        {"live 5 minutes", "GET", u"/api/v1/live?minutes=5"_s, 200},
        {"live 181 minutes", "GET", u"/api/v1/live?minutes=181"_s, 400, u"invalid_parameter"_s},
        {"live minutes text", "GET", u"/api/v1/live?minutes=half"_s, 400, u"invalid_parameter"_s},
        {"live POST", "POST", u"/api/v1/live"_s, 405, u"method_not_allowed"_s, Auth::None, "{}"},

        // The public status page and what goes with it.
        {"status page", "GET", u"/"_s, 200},
        {"status page in Dutch", "GET", u"/?lang=nl"_s, 200},
        {"status page POST", "POST", u"/"_s, 405, u"method_not_allowed"_s, Auth::None, "{}"},
        {"feed", "GET", u"/feed.atom?lang=fr"_s, 200},
        {"feed POST", "POST", u"/feed.atom"_s, 405, u"method_not_allowed"_s, Auth::None, "{}"},
        {"badge", "GET", u"/badge/recip-e.svg"_s, 200},
        {"badge unknown service", "GET", u"/badge/nothing.svg"_s, 404, u"not_found"_s},
        {"badge DELETE", "DELETE", u"/badge/recip-e.svg"_s, 405, u"method_not_allowed"_s},
        {"status", "GET", u"/api/v1/status"_s, 200},
        {"status POST", "POST", u"/api/v1/status"_s, 405, u"method_not_allowed"_s, Auth::None,
         "{}"},

        // The public GET paths.
        {"services", "GET", u"/api/v1/services"_s, 200},
        {"services POST", "POST", u"/api/v1/services"_s, 405, u"method_not_allowed"_s, Auth::None,
         "{}"},
        {"client", "GET", u"/api/v1/client"_s, 200},
        {"client POST", "POST", u"/api/v1/client"_s, 405, u"method_not_allowed"_s, Auth::None,
         "{}"},
        {"openapi", "GET", u"/api/v1/openapi.json"_s, 200},
        {"openapi PUT", "PUT", u"/api/v1/openapi.json"_s, 405, u"method_not_allowed"_s, Auth::None,
         "{}"},
        {"healthz", "GET", u"/healthz"_s, 200},
        {"healthz POST", "POST", u"/healthz"_s, 405, u"method_not_allowed"_s, Auth::None, "{}"},
        {"metrics DELETE", "DELETE", u"/metrics"_s, 405, u"method_not_allowed"_s},
        // Last, so that it sees the requests above.
        {"metrics", "GET", u"/metrics"_s, 200},
    };
    return all;
}

// Statuses an operation documents that no call above can produce in process, and why.
QString notExercisedBecause(const QString &key, int status)
{
    static const QStringList publicPage{u"GET /"_s, u"GET /feed.atom"_s, u"GET /api/v1/status"_s};
    if (status == 404 && publicPage.contains(key))
        return u"needs serve --public-page off (tst_publicpage has it)"_s;
    if (status == 429)
        return u"the harness runs without rate limits"_s;
    if (status == 503)
        return u"needs a database that fails (tst_serverput has one)"_s;
    return {};
}

QString pathOf(const QString &target)
{
    return target.section(QLatin1Char('?'), 0, 0);
}

QStringList queryNames(const QString &target)
{
    QStringList names;
    const auto items = QUrlQuery(target.section(QLatin1Char('?'), 1)).queryItems();
    for (const auto &item : items)
        names.append(item.first);
    return names;
}

std::unique_ptr<OpenApiCheck> servedDocumentCheck(QString *error)
{
    QFile file(u":/ehealthbugs-server/openapi.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"openapi.json is not in the resources"_s;
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.errorString();
        return nullptr;
    }
    return std::make_unique<OpenApiCheck>(document.object());
}

} // namespace ehb::test
