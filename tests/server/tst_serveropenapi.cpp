// The OpenAPI document (lib/server/api/openapi.json) against the server: every answer of an
// in-process server to requests covering every documented path and method (openapicalls.cpp)
// has a documented status, content type, headers and a body valid against the documented schema.
// The document itself and what it says of the code are tst_openapidocument's.
#include "core/reportcodec.h"
#include "openapicalls.h"
#include "openapicheck.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerOpenApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_check = servedDocumentCheck(&error);
        QVERIFY2(m_check, qPrintable(error));

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
