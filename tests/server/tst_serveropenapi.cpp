// The OpenAPI document (lib/server/openapi.json) against the server: the document is sound, it
// says what the code checks (enums and limits of the report), and every answer of an in-process
// server to requests covering every documented path and method has a documented status, content
// type, headers and a body valid against the documented schema.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/validation.h"
#include "openapicheck.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const char *const reportA = "3f2c8a51-7d4e-4b6a-9c1f-2a7b8e9d0c11";
const char *const reportB = "9b1d4c7e-0a2f-4e3b-8d5c-6f7a8b9c0d12";
const char *const installationA = "c0ffee00-1234-4abc-8def-0123456789ab";
const char *const installationB = "deadbeef-4321-4cba-9fed-ba9876543210";
const QString range = u"from=2024-01-08&to=2024-01-22"_s;

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

QJsonObject report(const char *id, int revision, const char *installation = installationA)
{
    Report value = sampleReport();
    value.id = QUuid::fromString(QLatin1String(id));
    value.installation = QUuid::fromString(QLatin1String(installation));
    value.revision = revision;
    return ReportCodec::toJson(value);
}

QByteArray with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return jsonBytes(object);
}

QString reports(const QString &id)
{
    return u"/api/v1/reports/"_s + id;
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

} // namespace

class TestServerOpenApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(u":/ehealthbugs-server/openapi.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), "openapi.json is not in the resources");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        m_check = std::make_unique<OpenApiCheck>(document.object());

        server::ServerConfig config;
        config.clock = [] { return fixedNow(); };
        config.client = {u"1.4.2"_s, QUrl(u"https://www.example.be/ehealthbugs/download"_s)};
        QVERIFY(m_harness.start(std::move(config)));
        m_token = m_harness.createStaffToken(u"openapi-conformance"_s);
        QVERIFY(!m_token.isEmpty());
        // Data for the staff reads: three reports on two services, one of them resolved; and
        // three practices more on recip-e a few minutes earlier, which make an episode and a
        // live count.
        Report resolved = sampleReport();
        resolved.endedAt = fixedNow().addSecs(-60);
        Report other = minimalReport();
        other.service = u"mycarenet-eattest"_s;
        QList<Report> seeds{sampleReport(), resolved, other};
        for (int i = 0; i < 3; ++i)
            seeds.append(minimalReport(fixedNow().addSecs(-300)));
        for (const Report &seed : std::as_const(seeds))
            QCOMPARE(m_harness.putReport(uuidText(seed.id), ReportCodec::toBytes(seed)).status,
                     201);
    }
    void cleanupTestCase() { m_harness.stop(); }

    void documentIsSound()
    {
        const QStringList errors = m_check->structureErrors();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    // The report schema states what lib/core checks: the same ids, enums and limits.
    void reportSchemaMatchesTheCode()
    {
        const auto enumOf = [this](const char *schema) {
            QStringList values;
            const QJsonArray list =
                m_check->resolve(u"#/components/schemas/"_s + QLatin1String(schema) + u"/enum"_s)
                    .toArray();
            for (const QJsonValue &value : list)
                values.append(value.toString());
            return values;
        };
        QStringList catalogue;
        for (const Service &service : ServiceCatalogue::builtIn().services())
            catalogue.append(service.id);
        QCOMPARE(enumOf("ServiceId"), catalogue);
        QCOMPARE(enumOf("Symptom"), knownSymptoms());
        QCOMPARE(enumOf("Fallback"), knownFallbacks());

        const auto limit = [this](const QString &pointer) {
            return m_check->resolve(u"#/components/schemas/ReportInput/properties/"_s + pointer)
                .toInt(-1);
        };
        using V = ReportValidator;
        QCOMPARE(limit(u"error_text/maxLength"_s), V::maxErrorText);
        QCOMPARE(limit(u"comment/maxLength"_s), V::maxComment);
        QCOMPARE(limit(u"symptoms/maxItems"_s), V::maxSymptoms);
        QCOMPARE(limit(u"software/properties/name/maxLength"_s), V::maxSoftwareName);
        QCOMPARE(limit(u"software/properties/version/maxLength"_s), V::maxSoftwareVersion);
        QCOMPARE(limit(u"client/properties/os/maxLength"_s), V::maxClientField);
        QCOMPARE(limit(u"impact/properties/patients/maximum"_s), V::maxPatients);
        QCOMPARE(limit(u"impact/properties/minutes_lost/maximum"_s), V::maxMinutesLost);

        // Reports the server accepts fit the schema; ones it refuses do not.
        const QJsonValue input = m_check->resolve(u"#/components/schemas/ReportInput"_s);
        for (const Report &valid : {sampleReport(), minimalReport()}) {
            const QStringList errors = m_check->validate(ReportCodec::toJson(valid), input);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
        QJsonObject tooMany = report(reportA, 1);
        tooMany.insert(u"impact"_s, QJsonObject{{u"patients"_s, V::maxPatients + 1}});
        QVERIFY(!m_check->validate(tooMany, input).isEmpty());
        QJsonObject noSymptom = report(reportA, 1);
        noSymptom.insert(u"symptoms"_s, QJsonArray());
        QVERIFY(!m_check->validate(noSymptom, input).isEmpty());
        QJsonObject badTime = report(reportA, 1);
        badTime.insert(u"started_at"_s, u"2024-01-15 07:45"_s);
        QVERIFY(!m_check->validate(badTime, input).isEmpty());
    }

    // The calls below prove each operation of the document (and each path's 405) was
    // exercised, and each documented status too, but for the few named as impossible here.
    void everyOperationAndStatusIsExercised()
    {
        QMap<QString, QSet<int>> exercised;
        for (const ApiCall &call : calls()) {
            const OpenApiCheck::Operation operation =
                m_check->find(call.method, pathOf(call.target));
            QVERIFY2(!operation.pathTemplate.isEmpty(),
                     qPrintable(u"%1 calls an undocumented path"_s.arg(QLatin1String(call.name))));
            const QString key =
                (operation.isDocumented() ? QString::fromLatin1(call.method) : u"OTHER"_s) + u' ' +
                operation.pathTemplate;
            exercised[key].insert(call.status);
        }
        QStringList missing;
        const QStringList keys = m_check->operationKeys();
        for (const QString &key : keys) {
            const QString path = key.section(u' ', 1);
            if (!exercised.contains(key))
                missing.append(key + u" never called"_s);
            const auto operation = m_check->find(key.section(u' ', 0, 0).toLatin1(), path);
            for (int status : m_check->statuses(operation)) {
                if (!exercised.value(key).contains(status) &&
                    notExercisedBecause(key, status).isEmpty())
                    missing.append(key + u" never answered %1"_s.arg(status));
            }
            if (!exercised.value(u"OTHER "_s + path).contains(405))
                missing.append(u"no undocumented method sent to "_s + path);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void answersMatchTheDocument_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < calls().size(); ++i)
            QTest::newRow(calls().at(i).name) << int(i);
    }

    void answersMatchTheDocument()
    {
        QFETCH(int, index);
        const ApiCall &call = calls().at(index);
        const OpenApiCheck::Operation operation = m_check->find(call.method, pathOf(call.target));
        QVERIFY(!operation.pathTemplate.isEmpty());
        checkParameters(call, operation);

        QString target = call.target;
        if (!call.cursorFrom.isEmpty()) {
            const HttpReply first = send("GET", call.cursorFrom, {}, {}, call.auth, call.accept);
            QString cursor = QString::fromLatin1(first.header("Next-Cursor"));
            if (call.accept.isEmpty())
                cursor = first.json().value(u"next_cursor"_s).toString();
            QVERIFY2(!cursor.isEmpty(), "the first page has no next cursor");
            target.replace(u"{cursor}"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        }
        const HttpReply reply =
            send(call.method, target, call.body, call.contentType, call.auth, call.accept);
        QVERIFY2(reply.status != 0, "no answer");

        const QJsonObject response = m_check->response(operation, reply.status);
        QVERIFY2(!response.isEmpty(),
                 qPrintable(u"status %1 is not documented for %2 %3: %4"_s.arg(reply.status)
                                .arg(QString::fromLatin1(call.method), operation.pathTemplate,
                                     QString::fromUtf8(reply.body.left(400)))));
        const QStringList errors = m_check->checkAnswer(response, reply.headers, reply.body);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY2(reply.status == call.status,
                 qPrintable(u"expected %1, got %2 %3"_s.arg(call.status)
                                .arg(reply.status)
                                .arg(QString::fromUtf8(reply.body.left(400)))));
        if (!call.code.isEmpty())
            QCOMPARE(reply.errorCode(), call.code);
        if (reply.errorCode() == u"invalid_parameter"_s) {
            // The contract: fields[].path names the query parameter.
            const QStringList names = queryParameterNames(operation);
            for (const QString &path : reply.errorPaths())
                QVERIFY2(names.contains(path), qPrintable(u"not a parameter: "_s + path));
        }
        if (reply.header("Content-Type").startsWith("application/json"))
            QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));

        if (!operation.isDocumented())
            QCOMPARE(reply.header("Allow"), allowedMethods(operation.pathTemplate));
        if (operation.pathTemplate == u"/api/v1/openapi.json"_s && reply.status == 200)
            QVERIFY2(reply.json() == m_check->document(), "the served document differs");
        if (call.accept == "text/csv" && reply.status == 200)
            checkCsvHeader(operation, reply);
        if (operation.pathTemplate == u"/metrics"_s && reply.status == 200)
            checkMetrics(reply.body);
        // The seeded outage is there, so the item schemas were checked too.
        if (call.target == u"/api/v1/stats/episodes?"_s + range && reply.status == 200)
            QVERIFY(!reply.json().value(u"episodes"_s).toArray().isEmpty());
        if (call.target == u"/api/v1/stats/official?"_s + range && reply.status == 200) {
            // The seeded episode, admitted by the incident entered above 25 minutes or more
            // before it began, and the eHealthBox outage that no GP reported.
            const QJsonArray episodes = reply.json().value(u"episodes"_s).toArray();
            QVERIFY(!episodes.isEmpty());
            const QJsonObject first = episodes.first().toObject();
            QCOMPARE(first.value(u"service"_s).toString(), u"recip-e"_s);
            QCOMPARE(first.value(u"acknowledged_at"_s).toString(), u"2024-01-15T07:30:00Z"_s);
            QVERIFY(first.value(u"lag_minutes"_s).toInt() < 0);
            QCOMPARE(first.value(u"official_status"_s).toString(), u"major_outage"_s);
            const QJsonArray unreported = reply.json().value(u"unreported"_s).toArray();
            QCOMPARE(unreported.size(), 1);
            QCOMPARE(unreported.first()[u"service"_s].toString(), u"ehealthbox"_s);
            QVERIFY(unreported.first()[u"end"_s].isNull());
        }
        if (call.target == u"/api/v1/live"_s && reply.status == 200) {
            const QJsonArray services = reply.json().value(u"services"_s).toArray();
            QVERIFY(std::any_of(services.begin(), services.end(), [](const QJsonValue &service) {
                return service.toObject().value(u"reports"_s).isDouble();
            }));
        }
    }

private:
    HttpReply send(const QByteArray &method, const QString &target, const QByteArray &body,
                   const QByteArray &contentType, Auth auth, const QByteArray &accept)
    {
        Headers headers;
        if (auth == Auth::Staff)
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token});
        else if (auth == Auth::WrongToken)
            headers.append(
                {QByteArrayLiteral("Authorization"),
                 QByteArrayLiteral("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        if (!accept.isEmpty())
            headers.append({QByteArrayLiteral("Accept"), accept});
        return m_harness.send(method, target, body, contentType, headers);
    }

    QStringList queryParameterNames(const OpenApiCheck::Operation &operation,
                                    bool requiredOnly = false) const
    {
        QStringList names;
        for (const QJsonObject &parameter : m_check->parameters(operation)) {
            if (parameter.value(u"in"_s).toString() == u"query"_s &&
                (!requiredOnly || parameter.value(u"required"_s).toBool()))
                names.append(parameter.value(u"name"_s).toString());
        }
        return names;
    }

    // The query parameters of a call are documented for its operation, and a call that must
    // succeed sends every required one.
    void checkParameters(const ApiCall &call, const OpenApiCheck::Operation &operation)
    {
        if (!operation.isDocumented())
            return;
        const QStringList documented = queryParameterNames(operation);
        const QStringList required = queryParameterNames(operation, true);
        const QStringList sent = queryNames(call.target);
        for (const QString &name : sent)
            QVERIFY2(documented.contains(name), qPrintable(u"undocumented parameter "_s + name));
        if (call.status < 300) {
            for (const QString &name : required)
                QVERIFY2(sent.contains(name), qPrintable(u"required parameter missing: "_s + name));
        }
    }

    QByteArray allowedMethods(const QString &pathTemplate) const
    {
        QStringList methods;
        const QStringList keys = m_check->operationKeys();
        for (const QString &key : keys) {
            if (key.section(u' ', 1) == pathTemplate)
                methods.append(key.section(u' ', 0, 0));
        }
        return methods.join(u", "_s).toLatin1();
    }

    // A CSV page starts with the header row of the document's example.
    void checkCsvHeader(const OpenApiCheck::Operation &operation, const HttpReply &reply)
    {
        const QJsonObject content =
            m_check->response(operation, 200).value(u"content"_s).toObject();
        const QString key =
            OpenApiCheck::matchContentType(content.keys(), reply.header("Content-Type"));
        const QString example = content.value(key).toObject().value(u"example"_s).toString();
        QVERIFY(!example.isEmpty());
        const QByteArray firstLine = reply.body.left(reply.body.indexOf('\n')).trimmed();
        QCOMPARE(QString::fromUtf8(firstLine), example.section(u'\n', 0, 0).trimmed());
    }

    // The metrics saw the calls above, labelled with the document's path templates.
    void checkMetrics(const QByteArray &text)
    {
        static const QRegularExpression route(u"route=\"([^\"]*)\""_s);
        const QJsonObject paths = m_check->document().value(u"paths"_s).toObject();
        for (auto it = route.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
            const QString value = it.next().captured(1);
            QVERIFY2(paths.contains(value) || value == u"unmatched"_s || value == u"other"_s,
                     qPrintable(u"route label is not a path template: "_s + value));
        }
        for (const char *series :
             {"ehb_http_requests_total{route=\"/api/v1/services\",method=\"GET\",status=\"200\"}",
              "ehb_http_requests_total{route=\"/api/v1/reports/{id}\",method=\"PUT\","
              "status=\"201\"}",
              "ehb_reports_stored_total{outcome=\"created\"}",
              "ehb_reports_stored_total{outcome=\"replayed\"}",
              "ehb_reports_stored_total{outcome=\"updated\"}",
              "ehb_reports_rejected_total{reason=\"invalid_report\"}",
              "ehb_reports_rejected_total{reason=\"payload_too_large\"}",
              "ehb_http_request_duration_seconds_count{route=\"/api/v1/services\"}"}) {
            const qsizetype at = text.indexOf(QByteArray(series).append(' '));
            QVERIFY2(at >= 0, series);
            const qsizetype end = text.indexOf('\n', at);
            const double value =
                text.mid(at + qstrlen(series) + 1, end - at - qstrlen(series) - 1).toDouble();
            QVERIFY2(value >= 1, series);
        }
    }

    ServerHarness m_harness;
    std::unique_ptr<OpenApiCheck> m_check;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_serveropenapi.moc"
