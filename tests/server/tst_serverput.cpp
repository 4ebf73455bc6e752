// PUT /api/v1/reports/{id} and the small GET routes, against an in-process server on a
// temporary SQLite file.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "samples.h"
#include "server/stats/analysisrow.h"
#include "server/storage/repositoryfactory.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

QString reportPath(const Report &report)
{
    return QStringLiteral("/api/v1/reports/") + uuidText(report.id);
}

QByteArray body(const Report &report)
{
    return ReportCodec::toBytes(report);
}

// A repository whose database is gone: every call fails, as a lost PostgreSQL would. The
// server opens one for its writer, its workers and its checkpoints, so it is the whole
// ReportRepository.
class BrokenRepository final : public server::ReportRepository
{
public:
    Result<void> open() override { return {}; }
    Result<int> migrate() override { return 1; }
    Result<QList<server::PutOutcome>> putBatch(const QList<server::PutRequest> &) override
    {
        return broken();
    }
    Result<qint64> count() override { return broken(); }
    Result<std::optional<server::StoredReport>> find(const QUuid &) override { return broken(); }
    Result<QList<server::StoredReport>> reports(const server::ReportsQuery &) override
    {
        return broken();
    }
    Result<void> ping() override { return broken(); }
    Result<bool> checkpoint() override { return broken(); }
    Result<QList<server::BucketCount>> counts(const server::CountsQuery &) override
    {
        return broken();
    }
    Result<QList<QByteArray>> rollupZones() override { return broken(); }
    Result<QList<server::LiveCount>> liveCounts(const QDateTime &, const QDateTime &) override
    {
        return broken();
    }
    Result<QList<server::LiveReport>> liveReports(const QDateTime &, const QDateTime &) override
    {
        return broken();
    }
    Result<std::vector<server::AnalysisRow>> analysisRows(const QString &, qint64, qint64) override
    {
        return broken();
    }
    Result<QHash<server::AnalysisChunkKey, qint64>> analysisVersions(const QStringList &, qint64,
                                                                     qint64) override
    {
        return broken();
    }
    Result<QHash<qint64, QString>> softwareNames() override { return broken(); }
    Result<void> addToken(const server::StaffToken &) override { return broken(); }
    Result<QList<server::StaffToken>> tokens() override { return broken(); }
    Result<bool> revokeToken(const QString &) override { return broken(); }
    Result<QList<server::OfficialChange>>
    recordOfficialStatus(const QList<server::OfficialObservation> &, const QDateTime &) override
    {
        return broken();
    }
    Result<QList<server::OfficialChange>> officialChanges(const QDateTime &,
                                                          const QDateTime &) override
    {
        return broken();
    }
    Result<QList<qint64>> addOfficialIncidents(const QList<server::OfficialIncident> &) override
    {
        return broken();
    }
    Result<QList<server::OfficialIncident>> officialIncidents(const QDateTime &,
                                                              const QDateTime &) override
    {
        return broken();
    }
    Result<Notice> addNotice(const Notice &) override { return broken(); }
    Result<QList<Notice>> notices(const QDateTime &, bool, int) override { return broken(); }
    Result<std::optional<Notice>> withdrawNotice(qint64, const QDateTime &) override
    {
        return broken();
    }

private:
    static Failure broken() { return fail(QStringLiteral("disk I/O error")); }
};

} // namespace

class TestServerPut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        QVERIFY(m_harness.start());
    }
    void cleanup() { m_harness.stop(); }

    void createdThenReplayed()
    {
        const Report report = sampleReport();
        const HttpReply created = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Content-Type").startsWith("application/json"));
        QCOMPARE(created.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject answer = created.json();
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), uuidText(report.id));
        QCOMPARE(answer.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("created"));

        const HttpReply replayed = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("replayed"));
        QCOMPARE(replayed.json().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(storedCount(), 1);
    }

    void newerRevisionUpdatesTheStoredBody()
    {
        Report report = sampleReport();
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 201);

        report.revision = 2;
        report.endedAt = report.reportedAt;
        const HttpReply updated = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("updated"));
        QCOMPARE(updated.json().value(QStringLiteral("revision")).toInt(), 2);

        const auto stored = m_harness.server()->repository().find(report.id);
        QVERIFY(stored.ok());
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->revision, 2);
        QCOMPARE((*stored)->body, body(report));
        QCOMPARE(storedCount(), 1);
    }

    void endAnsweredIsCheckedAndStored()
    {
        // A revision that ends the report as the answer "Resolved now" is stored, body and
        // analysis column alike, and the analysis reads the end as an answer.
        Report report = sampleReport();
        report.endedAt = QDateTime();
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 201);
        report.revision = 2;
        report.endedAt = report.startedAt.addSecs(2400);
        report.endAnswered = true;
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 200);
        const auto stored = m_harness.server()->repository().find(report.id);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->body.contains("\"end_answered\":true"));
        const auto rows = rowsOf(report);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(1));
        QVERIFY(rows->front().endAnswered);
        QCOMPARE(rows->front().endedOffsetS, 2400);
        QVERIFY(server::toObservation(rows->front(), 0).endAnswered);

        // The mark without an end: 422 naming end_answered, nothing kept.
        Report bad = report;
        bad.revision = 3;
        bad.endedAt = QDateTime();
        const HttpReply refused = m_harness.putReport(uuidText(bad.id), body(bad));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"invalid_report"_s);
        QCOMPARE(refused.errorPaths(), QStringList{u"end_answered"_s});
        QCOMPARE((*m_harness.server()->repository().find(report.id))->body, body(report));

        // A later revision without the mark (the GP edited the end himself) clears the column.
        report.revision = 4;
        report.endAnswered = false;
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 200);
        const auto cleared = rowsOf(report);
        QVERIFY(cleared.ok());
        QCOMPARE(cleared->size(), size_t(1));
        QVERIFY(!cleared->front().endAnswered);
    }

    void confirmedAtIsCheckedAndStored()
    {
        // An older client's report has no confirmed_at: accepted as always.
        Report report = sampleReport();
        QJsonObject older = ReportCodec::toJson(report);
        older.remove(u"confirmed_at"_s);
        older.insert(u"client"_s, QJsonObject{{u"app_version"_s, u"0.9.0"_s}});
        QCOMPARE(m_harness.putReport(uuidText(report.id), jsonBytes(older)).status, 201);

        // A revision adding confirmed_at is stored, body and analysis column alike.
        report.revision = 2;
        report.confirmedAt = report.startedAt.addSecs(1800);
        const HttpReply updated = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"status"_s).toString(), u"updated"_s);
        const auto stored = m_harness.server()->repository().find(report.id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->body, body(report));
        QVERIFY((*stored)->body.contains("\"confirmed_at\":\"2024-01-15T08:15:00Z\""));
        const auto rows = rowsOf(report);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().confirmedOffsetS, 1800);
        QCOMPARE(server::toObservation(rows->front(), 0).confirmedAt.value_or(-1),
                 report.confirmedAt.toMSecsSinceEpoch());

        // Before the start, after the end, in the future: 422 naming confirmed_at, nothing kept.
        const auto refused = [&](const Report &bad) {
            const HttpReply reply = m_harness.putReport(uuidText(bad.id), body(bad));
            return reply.status == 422 && reply.errorCode() == u"invalid_report"_s &&
                   reply.errorPaths() == QStringList{u"confirmed_at"_s};
        };
        Report bad = report;
        bad.revision = 3;
        bad.confirmedAt = report.startedAt.addSecs(-1);
        QVERIFY(refused(bad));
        bad.endedAt = report.startedAt.addSecs(1200);
        bad.confirmedAt = report.startedAt.addSecs(1201);
        QVERIFY(refused(bad));
        bad.endedAt = QDateTime();
        bad.confirmedAt = utcNowSeconds().addSecs(3600);
        QVERIFY(refused(bad));
        QCOMPARE((*m_harness.server()->repository().find(report.id))->body, body(report));
    }

    void olderRevisionIsAConflict()
    {
        Report report = sampleReport();
        report.revision = 3;
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 201);

        report.revision = 2;
        const HttpReply conflict = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.isJsonError());
        const QString message = conflict.errorMessage();
        QVERIFY2(message.contains(QLatin1Char('3')), qPrintable(message));
        QCOMPARE((*m_harness.server()->repository().find(report.id))->revision, 3);
    }

    void anotherInstallationIsForbidden()
    {
        Report report = sampleReport();
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 201);
        const QByteArray original = body(report);
        report.installation = newUuid();
        report.revision = 2;
        const HttpReply refused = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.isJsonError());
        QCOMPARE((*m_harness.server()->repository().find(report.id))->body, original);
    }

    void malformedBody_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("broken JSON") << QByteArray("{\"id\": \"x\", ");
        QTest::newRow("array") << QByteArray("[{\"id\": \"x\"}]");
        QTest::newRow("string") << QByteArray("\"report\"");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedBody()
    {
        QFETCH(QByteArray, payload);
        const HttpReply reply = m_harness.putReport(uuidText(newUuid()), payload);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
    }

    void invalidField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");

        QTest::newRow("unknown service")
            << u"service"_s << QJsonValue(u"no-such-service"_s) << u"service"_s;
        QTest::newRow("no symptoms") << u"symptoms"_s << QJsonValue(QJsonArray()) << u"symptoms"_s;
        QTest::newRow("unknown symptom")
            << u"symptoms"_s << QJsonValue(QJsonArray{u"sneezing"_s}) << u"symptoms[0]"_s;
        QTest::newRow("postcode too short")
            << u"postcode"_s << QJsonValue(u"999"_s) << u"postcode"_s;
        QTest::newRow("postcode letters")
            << u"postcode"_s << QJsonValue(u"B-1050"_s) << u"postcode"_s;
        QTest::newRow("national number plain")
            << u"comment"_s << QJsonValue(u"patient 85073003328 waited"_s) << u"comment"_s;
        QTest::newRow("national number formatted")
            << u"comment"_s << QJsonValue(u"patient 85.07.30-033.28 waited"_s) << u"comment"_s;
        QTest::newRow("national number in error text")
            << u"error_text"_s << QJsonValue(u"NISS 85073003328 refused"_s) << u"error_text"_s;
        QTest::newRow("error text 10000 chars")
            << u"error_text"_s << QJsonValue(QString(10000, QLatin1Char('x'))) << u"error_text"_s;
        QTest::newRow("revision zero") << u"revision"_s << QJsonValue(0) << u"revision"_s;
        QTest::newRow("revision as text") << u"revision"_s << QJsonValue(u"2"_s) << u"revision"_s;
        QTest::newRow("reported in the future")
            << u"reported_at"_s << QJsonValue(u"2999-01-01T00:00:00Z"_s) << u"reported_at"_s;
        QTest::newRow("bad time") << u"started_at"_s << QJsonValue(u"yesterday"_s)
                                  << u"started_at"_s;
        QTest::newRow("installation not a UUID")
            << u"installation"_s << QJsonValue(u"me"_s) << u"installation"_s;
    }
    void invalidField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);

        const Report report = sampleReport();
        QJsonObject object = ReportCodec::toJson(report);
        object.insert(field, value);
        const HttpReply reply = m_harness.putReport(uuidText(report.id), jsonBytes(object));
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_report"));
        QVERIFY2(reply.errorPaths().contains(expectedPath), reply.body.constData());
        QCOMPARE(storedCount(), 0);
    }

    void idMismatch()
    {
        const Report report = sampleReport();
        const HttpReply reply = m_harness.putReport(uuidText(newUuid()), body(report));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorPaths(), QStringList{QStringLiteral("id")});
    }

    void pathIdNotAUuid()
    {
        const HttpReply reply =
            m_harness.putReport(QStringLiteral("not-a-uuid"), body(sampleReport()));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isJsonError());
    }

    void tooLarge()
    {
        const Report report = sampleReport();
        QJsonObject object = ReportCodec::toJson(report);
        object.insert(QStringLiteral("padding"), QString(70 * 1024, QLatin1Char('p')));
        const HttpReply reply = m_harness.putReport(uuidText(report.id), jsonBytes(object));
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.isJsonError());
        QCOMPARE(storedCount(), 0);
    }

    void bodyLimitIsConfigurable()
    {
        server::ServerConfig config;
        config.limits.maxBodyBytes = 100;
        QVERIFY(m_harness.start(config));
        const Report report = sampleReport();
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 413);
        const Report minimal = minimalReport(sampleReport().reportedAt);
        QVERIFY(body(minimal).size() > 100);
        config.limits.maxBodyBytes = 1000;
        QVERIFY(m_harness.start(config));
        QCOMPARE(m_harness.putReport(uuidText(minimal.id), body(minimal)).status, 201);
    }

    void contentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("json") << QByteArray("application/json") << 201;
        QTest::newRow("json with charset") << QByteArray("application/json; charset=utf-8") << 201;
        QTest::newRow("upper case") << QByteArray("Application/JSON") << 201;
        QTest::newRow("text") << QByteArray("text/plain") << 415;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("json prefix") << QByteArray("application/jsonx") << 415;
        QTest::newRow("missing") << QByteArray() << 415;
    }
    void contentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const Report report = sampleReport();
        const HttpReply reply =
            m_harness.send("PUT", reportPath(report), body(report), contentType);
        QCOMPARE(reply.status, status);
        if (status >= 400)
            QVERIFY(reply.isJsonError());
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        const QString reports = u"/api/v1/reports/"_s + uuidText(newUuid());
        QTest::newRow("GET report") << QByteArray("GET") << reports << QByteArray("PUT");
        QTest::newRow("POST report") << QByteArray("POST") << reports << QByteArray("PUT");
        QTest::newRow("DELETE report") << QByteArray("DELETE") << reports << QByteArray("PUT");
        QTest::newRow("PUT services")
            << QByteArray("PUT") << u"/api/v1/services"_s << QByteArray("GET");
        QTest::newRow("POST healthz") << QByteArray("POST") << u"/healthz"_s << QByteArray("GET");
    }
    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const HttpReply reply = m_harness.send(method, path, body(sampleReport()));
        QCOMPARE(reply.status, 405);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.header("Allow"), allow);
    }

    void unknownPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("beside the page") << u"/index.html"_s;
        QTest::newRow("unknown api") << u"/api/v1/nothing"_s;
        QTest::newRow("old version") << u"/api/v0/services"_s;
        QTest::newRow("report below") << u"/api/v1/reports/"_s + uuidText(newUuid()) + u"/x"_s;
    }
    void unknownPath()
    {
        QFETCH(QString, path);
        const HttpReply reply = m_harness.send("GET", path);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }

    void services()
    {
        const HttpReply reply = m_harness.send("GET", QStringLiteral("/api/v1/services"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonArray services = reply.json().value(QStringLiteral("services")).toArray();
        QCOMPARE(services, ServiceCatalogue::builtIn().toJson());
        QStringList ids;
        for (const QJsonValue &service : services)
            ids.append(service[QStringLiteral("id")].toString());
        QVERIFY(ids.contains(QStringLiteral("recip-e")));
        QVERIFY(ids.contains(QStringLiteral("mycarenet-eattest")));
    }

    void healthz()
    {
        const HttpReply reply = m_harness.send("GET", QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{u"status"_s, u"ok"_s}, {u"database"_s, u"ok"_s}}));
    }

    void brokenDatabase()
    {
        m_harness.stop();
        auto created = server::CollectionServer::create([](bool) {
            return Result<std::unique_ptr<server::ReportRepository>>(
                std::make_unique<BrokenRepository>());
        });
        QVERIFY(created.ok());
        server::CollectionServer &broken = *created.value();
        QVERIFY(broken.listen(QHostAddress(QHostAddress::LocalHost), 0).ok());

        const HttpReply health = sendRaw(broken.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json().value(QStringLiteral("database")).toString(), u"error"_s);

        const Report report = sampleReport();
        const QByteArray payload = body(report);
        QTest::ignoreMessage(QtWarningMsg, "Storing a report failed: disk I/O error");
        // Staff routes cannot check the token either: 503, not a misleading 401.
        const HttpReply stats = sendRaw(
            broken.port(), "GET /api/v1/stats/heatmap?from=2024-01-01&to=2024-02-01 HTTP/1.1\r\n"
                           "Host: x\r\nAuthorization: Bearer abc\r\n\r\n");
        QCOMPARE(stats.status, 503);
        QVERIFY(!stats.header("Retry-After").isEmpty());
        const HttpReply put =
            sendRaw(broken.port(), "PUT " + reportPath(report).toLatin1() +
                                       " HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                       "application/json\r\nContent-Length: " +
                                       QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
        QCOMPARE(put.status, 503); // never 2xx without a commit
        QVERIFY(put.isJsonError());
        QVERIFY(!put.header("Retry-After").isEmpty());
    }

    void unknownFieldsAreNotStored()
    {
        const Report report = sampleReport();
        QJsonObject object = ReportCodec::toJson(report);
        object.insert(QStringLiteral("ip"), QStringLiteral("192.0.2.1"));
        object.insert(QStringLiteral("patient"), QJsonObject{{u"name"_s, u"Jan Janssens"_s}});
        QJsonObject impact = object.value(QStringLiteral("impact")).toObject();
        impact.insert(QStringLiteral("secret"), 42);
        object.insert(QStringLiteral("impact"), impact);

        QCOMPARE(m_harness.putReport(uuidText(report.id), jsonBytes(object)).status, 201);
        const auto stored = m_harness.server()->repository().find(report.id);
        QVERIFY(stored.ok() && stored->has_value());
        const QByteArray storedBody = (*stored)->body;
        QCOMPARE(storedBody, body(report));
        QVERIFY(!storedBody.contains("192.0.2.1"));
        QVERIFY(!storedBody.contains("Janssens"));
        QVERIFY(!storedBody.contains("secret"));
    }

    void reportSurvivesReopen()
    {
        Report report = sampleReport();
        report.revision = 4;
        QCOMPARE(m_harness.putReport(uuidText(report.id), body(report)).status, 201);
        m_harness.stop();

        {
            auto opened = server::RepositoryFactory::openMigrated(
                server::DatabaseUrl::parse(m_harness.databaseUrl()).value(), {});
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            server::ReportRepository &reopened = *opened.value();
            QCOMPARE(reopened.count().value(), qint64(1));
            const auto stored = reopened.find(report.id);
            QVERIFY(stored.ok() && stored->has_value());
            QCOMPARE((*stored)->revision, 4);
            QCOMPARE((*stored)->installation, report.installation);
            QCOMPARE((*stored)->body, body(report));
            QVERIFY((*stored)->receivedAt.isValid());
        }

        QVERIFY(m_harness.start());
        const HttpReply replayed = m_harness.putReport(uuidText(report.id), body(report));
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json().value(QStringLiteral("status")).toString(), u"replayed"_s);
    }

private:
    int storedCount() { return int(m_harness.server()->repository().count().value()); }
    // The analysis rows of the reports started in the same second as `report`.
    Result<std::vector<server::AnalysisRow>> rowsOf(const Report &report)
    {
        return m_harness.server()->repository().analysisRows(
            report.service, report.startedAt.toSecsSinceEpoch(),
            report.startedAt.toSecsSinceEpoch() + 1);
    }

    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestServerPut)
#include "tst_serverput.moc"
