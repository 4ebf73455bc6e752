// GET /api/v1/live against an in-process server with a fixed clock: counts by reported_at in
// the last minutes, nulls under 3, the level against the same window of the previous 4 weeks
// (the same local time of day across a DST change), the window's edges, the minutes parameter,
// public access, and the few-second cache; beside the counts, each service's official status now
// (the worst of its mapped components and of the incidents entered by hand that are open), since
// when, null when the official record says nothing of the service, and cached with the counts;
// since when a raised service fails: the episode going on, else the window's reports.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "samples.h"
#include "server/collectionserver.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

// Wednesday 3 April 2024, 10:00 in Brussels (summer time since 31 March).
QDateTime serverNow()
{
    return QDateTime(QDate(2024, 4, 3), QTime(8, 0), QTimeZone::utc());
}

Report sentAt(const QDateTime &reportedAt, const QUuid &installation,
              const QString &service = u"recip-e"_s)
{
    Report report = minimalReport(reportedAt);
    report.installation = installation;
    report.service = service;
    return report;
}

QJsonObject entryOf(const QJsonObject &body, const QString &service)
{
    for (const QJsonValue &entry : body.value(u"services"_s).toArray()) {
        if (entry.toObject().value(u"service"_s).toString() == service)
            return entry.toObject();
    }
    return {};
}

server::OfficialObservation seen(const QString &id, const QString &service, const QString &status)
{
    return {id, u"Component "_s + id, service, status};
}

QDateTime minutesAgo(int minutes)
{
    return serverNow().addSecs(-60 * qint64(minutes));
}

// The official status of `service` in a live answer, and since when (null: "").
void expectOfficial(const QJsonObject &body, const QString &service, const QString &status,
                    const QString &since)
{
    const QJsonObject entry = entryOf(body, service);
    QVERIFY2(entry.contains(u"official_status"_s), qPrintable(service));
    QCOMPARE(entry.value(u"official_status"_s).toString(), status);
    QCOMPARE(entry.value(u"official_status"_s).isNull(), status.isEmpty());
    QCOMPARE(entry.value(u"official_since"_s).toString(), since);
    QCOMPARE(entry.value(u"official_since"_s).isNull(), since.isEmpty());
}

} // namespace

class TestServerLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        QVERIFY(start(std::chrono::milliseconds(0)));
    }
    void cleanup() { m_harness.stop(); }

    // Installations and reports in the last 30 minutes; what is under 3 is not shown.
    void countsAndLevels_data()
    {
        QTest::addColumn<int>("installations");
        QTest::addColumn<int>("reportsEach");
        QTest::addColumn<QJsonValue>("reports");
        QTest::addColumn<QJsonValue>("shownInstallations");
        QTest::addColumn<QString>("level");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("none") << 0 << 0 << null << null << u"normal"_s;
        QTest::newRow("one practice, many reports")
            << 1 << 6 << QJsonValue(6) << null << u"normal"_s;
        QTest::newRow("two practices") << 2 << 1 << null << null << u"possible"_s;
        QTest::newRow("three practices") << 3 << 1 << QJsonValue(3) << QJsonValue(3) << u"outage"_s;
        QTest::newRow("five practices, twice each")
            << 5 << 2 << QJsonValue(10) << QJsonValue(5) << u"outage"_s;
    }
    void countsAndLevels()
    {
        QFETCH(int, installations);
        QFETCH(int, reportsEach);
        QFETCH(QJsonValue, reports);
        QFETCH(QJsonValue, shownInstallations);
        QFETCH(QString, level);
        QList<Report> sent;
        for (int i = 0; i < installations; ++i) {
            const QUuid installation = newUuid();
            for (int j = 0; j < reportsEach; ++j)
                sent.append(sentAt(serverNow().addSecs(-60 * (5 + i + j)), installation));
        }
        // Another service, quiet, and a report on recip-e from before the window.
        sent.append(sentAt(serverNow().addSecs(-300), newUuid(), u"ehealthbox"_s));
        sent.append(sentAt(serverNow().addSecs(-31 * 60), newUuid()));
        store(sent);

        const HttpReply reply = m_harness.send("GET", u"/api/v1/live"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"minutes"_s).toInt(), 30);
        QCOMPARE(body.value(u"at"_s).toString(), u"2024-04-03T08:00:00Z"_s);
        const QJsonObject recipe = entryOf(body, u"recip-e"_s);
        QCOMPARE(recipe.value(u"reports"_s), reports);
        QCOMPARE(recipe.value(u"installations"_s), shownInstallations);
        QCOMPARE(recipe.value(u"level"_s).toString(), level);
        const QJsonObject box = entryOf(body, u"ehealthbox"_s);
        QVERIFY(box.value(u"reports"_s).isNull());
        QVERIFY(box.value(u"installations"_s).isNull());
        QCOMPARE(box.value(u"level"_s).toString(), u"normal"_s);

        // Every catalogue service, in its order.
        const QJsonArray services = body.value(u"services"_s).toArray();
        const QList<Service> &catalogue = ServiceCatalogue::builtIn().services();
        QCOMPARE(services.size(), catalogue.size());
        for (qsizetype i = 0; i < catalogue.size(); ++i)
            QCOMPARE(services.at(i).toObject().value(u"service"_s).toString(), catalogue.at(i).id);
    }

    // [at - minutes, at): a report sent exactly `minutes` ago counts, one sent at `at` does not.
    void windowEdges()
    {
        QList<Report> sent;
        for (int i = 0; i < 3; ++i)
            sent.append(sentAt(serverNow().addSecs(-30 * 60), newUuid()));
        for (int i = 0; i < 3; ++i)
            sent.append(sentAt(serverNow().addSecs(-30 * 60 - 1), newUuid()));
        for (int i = 0; i < 3; ++i)
            sent.append(sentAt(serverNow(), newUuid()));
        store(sent);
        const QJsonObject thirty = m_harness.send("GET", u"/api/v1/live?minutes=30"_s).json();
        QCOMPARE(entryOf(thirty, u"recip-e"_s).value(u"installations"_s).toInt(), 3);
        const QJsonObject sixty = m_harness.send("GET", u"/api/v1/live?minutes=60"_s).json();
        QCOMPARE(sixty.value(u"minutes"_s).toInt(), 60);
        QCOMPARE(entryOf(sixty, u"recip-e"_s).value(u"installations"_s).toInt(), 6);
    }

    // Four practices report recip-e every Wednesday around 10:00 local; that is the usual level,
    // so five now is normal, seven possible and twelve an outage. The baseline weeks were in
    // winter time (09:00 UTC): a baseline 7 × 24 h back would miss them and call five an outage.
    void baselineOfThePreviousWeeks_data()
    {
        QTest::addColumn<int>("now");
        QTest::addColumn<QString>("level");
        QTest::newRow("usual") << 5 << u"normal"_s;
        QTest::newRow("more than usual") << 7 << u"possible"_s;
        QTest::newRow("far more than usual") << 12 << u"outage"_s;
    }
    void baselineOfThePreviousWeeks()
    {
        QFETCH(int, now);
        QFETCH(QString, level);
        QList<Report> sent;
        for (int week = 1; week <= 4; ++week) {
            const QDateTime local(QDate(2024, 4, 3).addDays(-7 * week), QTime(9, 50),
                                  QTimeZone(QByteArrayLiteral("Europe/Brussels")));
            for (int i = 0; i < 4; ++i)
                sent.append(sentAt(local.toUTC().addSecs(-60 * i), newUuid()));
        }
        for (int i = 0; i < now; ++i)
            sent.append(sentAt(serverNow().addSecs(-60 * (1 + i)), newUuid()));
        store(sent);
        const QJsonObject recipe =
            entryOf(m_harness.send("GET", u"/api/v1/live"_s).json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"installations"_s).toInt(), now);
        QCOMPARE(recipe.value(u"level"_s).toString(), level);
    }

    void minutesParameter_data()
    {
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<int>("status");
        QTest::newRow("5") << u"5"_s << 200;
        QTest::newRow("180") << u"180"_s << 200;
        for (const char *bad : {"4", "181", "0", "-30", "30.5", "abc", "", "1e2", "99999"})
            QTest::addRow("%s", bad) << QString::fromLatin1(bad) << 400;
    }
    void minutesParameter()
    {
        QFETCH(QString, minutes);
        QFETCH(int, status);
        const HttpReply reply = m_harness.send("GET", u"/api/v1/live?minutes="_s + minutes);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"minutes"_s).toInt(), minutes.toInt());
            return;
        }
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), QStringList{u"minutes"_s});
    }

    void otherMethods()
    {
        const HttpReply reply = m_harness.send("PUT", u"/api/v1/live"_s, "{}");
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
    }

    // A worker answers from its cache for a while, then counts again.
    void answersAreCachedBriefly()
    {
        QVERIFY(start(std::chrono::milliseconds(3000)));
        QList<Report> first;
        for (int i = 0; i < 3; ++i)
            first.append(sentAt(serverNow().addSecs(-120), newUuid()));
        store(first);
        const QJsonObject before = m_harness.send("GET", u"/api/v1/live"_s).json();
        QCOMPARE(entryOf(before, u"recip-e"_s).value(u"installations"_s).toInt(), 3);

        QList<Report> more;
        for (int i = 0; i < 2; ++i)
            more.append(sentAt(serverNow().addSecs(-120), newUuid()));
        store(more);
        const QJsonObject cached = m_harness.send("GET", u"/api/v1/live"_s).json();
        QCOMPARE(cached, before);
        // Another window is not the cached one.
        const QJsonObject other = m_harness.send("GET", u"/api/v1/live?minutes=31"_s).json();
        QCOMPARE(entryOf(other, u"recip-e"_s).value(u"installations"_s).toInt(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(
            entryOf(m_harness.send("GET", u"/api/v1/live"_s).json(), u"recip-e"_s)
                .value(u"installations"_s)
                .toInt(),
            5, 10000);
    }

    // Nothing recorded (the feed off): every service's official status is null.
    void nothingRecorded()
    {
        const HttpReply reply = m_harness.send("GET", u"/api/v1/live"_s);
        QCOMPARE(reply.status, 200);
        for (const Service &service : ServiceCatalogue::builtIn().services())
            expectOfficial(reply.json(), service.id, {}, {});
    }

    // The worst current status of the components mapped to a service; unmapped components
    // count for nothing; a service the feed never mentioned is null.
    void worstOfTheMappedComponents()
    {
        record({seen(u"1"_s, u"recip-e"_s, u"operational"_s),
                seen(u"2"_s, u"recip-e"_s, u"operational"_s),
                seen(u"3"_s, u"ehealthbox"_s, u"operational"_s),
                seen(u"9"_s, {}, u"major_outage"_s)},
               minutesAgo(300));
        record({seen(u"1"_s, u"recip-e"_s, u"degraded_performance"_s)}, minutesAgo(60));
        record({seen(u"2"_s, u"recip-e"_s, u"partial_outage"_s)}, minutesAgo(40));
        // Over before now.
        record({seen(u"3"_s, u"ehealthbox"_s, u"major_outage"_s)}, minutesAgo(90));
        record({seen(u"3"_s, u"ehealthbox"_s, u"operational"_s)}, minutesAgo(20));
        // After the server's clock: not yet.
        record({seen(u"1"_s, u"recip-e"_s, u"major_outage"_s)}, serverNow().addSecs(60));

        const QJsonObject body = m_harness.send("GET", u"/api/v1/live"_s).json();
        expectOfficial(body, u"recip-e"_s, u"partial_outage"_s, u"2024-04-03T07:20:00Z"_s);
        expectOfficial(body, u"ehealthbox"_s, u"operational"_s, u"2024-04-03T07:40:00Z"_s);
        // No component is mapped to these; the unmapped major outage is none of theirs.
        for (const Service &service : ServiceCatalogue::builtIn().services()) {
            if (service.id != u"recip-e"_s && service.id != u"ehealthbox"_s)
                expectOfficial(body, service.id, {}, {});
        }
    }

    // An incident entered by staff and open now shows, also for a service the feed does not
    // know; one that is over, or that starts later, does not.
    void openIncidentEnteredByStaff()
    {
        record({seen(u"1"_s, u"recip-e"_s, u"operational"_s)}, minutesAgo(300));
        const QByteArray token = m_harness.createStaffToken(u"incidents"_s);
        QVERIFY(!token.isEmpty());
        const QByteArray incidents =
            "{\"incidents\": ["
            "{\"service\": \"recip-e\", \"start\": \"2024-04-03T07:15:00Z\","
            " \"status\": \"major_outage\", \"source\": \"De Standaard\"},"
            "{\"service\": \"ehealthbox\", \"start\": \"2024-04-03T06:00:00Z\","
            " \"end\": \"2024-04-03T07:00:00Z\", \"status\": \"major_outage\"},"
            "{\"service\": \"ehealthbox\", \"start\": \"2024-04-03T07:30:00Z\","
            " \"end\": \"2024-04-03T09:00:00Z\", \"status\": \"degraded_performance\"},"
            "{\"service\": \"ehealthbox\", \"start\": \"2024-04-03T09:00:00Z\","
            " \"status\": \"major_outage\"}]}";
        const HttpReply stored = m_harness.send("POST", u"/api/v1/official/incidents"_s, incidents,
                                                QByteArrayLiteral("application/json"),
                                                {{"Authorization", QByteArray("Bearer ") + token}});
        QVERIFY2(stored.status == 201, stored.body.constData());

        const QJsonObject body = m_harness.send("GET", u"/api/v1/live"_s).json();
        expectOfficial(body, u"recip-e"_s, u"major_outage"_s, u"2024-04-03T07:15:00Z"_s);
        expectOfficial(body, u"ehealthbox"_s, u"degraded_performance"_s, u"2024-04-03T07:30:00Z"_s);
    }

    // The status is read with the counts and cached with them; a new change shows once the
    // cache has expired.
    void newChangeAfterTheCache()
    {
        QVERIFY(start(std::chrono::milliseconds(3000)));
        record({seen(u"1"_s, u"recip-e"_s, u"operational"_s)}, minutesAgo(300));
        const QJsonObject before = m_harness.send("GET", u"/api/v1/live"_s).json();
        expectOfficial(before, u"recip-e"_s, u"operational"_s, u"2024-04-03T03:00:00Z"_s);

        record({seen(u"1"_s, u"recip-e"_s, u"major_outage"_s)}, minutesAgo(5));
        QCOMPARE(m_harness.send("GET", u"/api/v1/live"_s).json(), before);
        QTRY_COMPARE_WITH_TIMEOUT(
            entryOf(m_harness.send("GET", u"/api/v1/live"_s).json(), u"recip-e"_s)
                .value(u"official_status"_s)
                .toString(),
            u"major_outage"_s, 10000);
        expectOfficial(m_harness.send("GET", u"/api/v1/live"_s).json(), u"recip-e"_s,
                       u"major_outage"_s, u"2024-04-03T07:55:00Z"_s);
    }

    // `since`: of each installation's earliest start in the window, the second earliest (one
    // practice's late report of an old problem does not move it); null while normal.
    // `top_symptom`: the symptom most installations ticked, null under 3.
    void sinceAndTopSymptom_data()
    {
        QTest::addColumn<int>("practices");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("topSymptom");
        QTest::newRow("one practice: normal") << 1 << QString() << QString();
        QTest::newRow("two practices: possible, symptom under 3")
            << 2 << u"2024-04-03T07:30:00Z"_s << QString();
        QTest::newRow("four practices: outage") << 4 << u"2024-04-03T07:30:00Z"_s << u"slow"_s;
    }
    void sinceAndTopSymptom()
    {
        QFETCH(int, practices);
        QFETCH(QString, since);
        QFETCH(QString, topSymptom);
        QList<Report> sent;
        for (int i = 0; i < practices; ++i) {
            Report report = sentAt(minutesAgo(5 + i), newUuid());
            // The first practice says it started two days ago; the others 30, 20, 10 minutes ago.
            report.startedAt = i == 0 ? minutesAgo(2 * 24 * 60) : minutesAgo(30 - 10 * (i - 1));
            // Everyone ticks "slow"; one also "timeout", and the first twice reports "timeout"
            // alone: counted once, as one practice.
            report.symptoms = {u"slow"_s};
            if (i == 1)
                report.symptoms.append(u"timeout"_s);
            sent.append(report);
            if (i == 0) {
                Report again = sentAt(minutesAgo(4), report.installation);
                again.symptoms = {u"timeout"_s};
                sent.append(again);
            }
        }
        // A report of the quiet eHealthBox: neither field.
        sent.append(sentAt(minutesAgo(3), newUuid(), u"ehealthbox"_s));
        store(sent);

        const QJsonObject body = m_harness.send("GET", u"/api/v1/live"_s).json();
        const QJsonObject recipe = entryOf(body, u"recip-e"_s);
        QVERIFY(recipe.contains(u"since"_s));
        QVERIFY(recipe.contains(u"top_symptom"_s));
        QCOMPARE(recipe.value(u"since"_s).toString(), since);
        QCOMPARE(recipe.value(u"since"_s).isNull(), since.isEmpty());
        QCOMPARE(recipe.value(u"top_symptom"_s).toString(), topSymptom);
        QCOMPARE(recipe.value(u"top_symptom"_s).isNull(), topSymptom.isEmpty());
        const QJsonObject box = entryOf(body, u"ehealthbox"_s);
        QVERIFY(box.value(u"since"_s).isNull());
        QVERIFY(box.value(u"top_symptom"_s).isNull());
    }

    // An outage going on for 90 minutes, whose practices keep reporting, some of them late with
    // "since 10 minutes": `since` is the episode's start, not the window's reports', and the
    // public status says the same.
    void sinceIsTheEpisodeGoingOn()
    {
        QList<Report> sent;
        for (int i = 0; i < 8; ++i) {
            Report report = sentAt(minutesAgo(90 - i), newUuid());
            report.startedAt = report.reportedAt;
            sent.append(report);
        }
        for (int ago = 80; ago >= 2; ago -= 3) {
            Report report = sentAt(minutesAgo(ago), newUuid());
            report.startedAt = ago < 30 ? minutesAgo(ago + 10) : report.reportedAt;
            sent.append(report);
        }
        store(sent);

        const QJsonObject recipe =
            entryOf(m_harness.send("GET", u"/api/v1/live"_s).json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"level"_s).toString(), u"outage"_s);
        const QDateTime since =
            QDateTime::fromString(recipe.value(u"since"_s).toString(), Qt::ISODate);
        // The window's reports alone would say 07:24 (the second earliest "since").
        QVERIFY2(since >= minutesAgo(95) && since <= minutesAgo(85),
                 qPrintable(recipe.value(u"since"_s).toString()));
        const QJsonObject published =
            entryOf(m_harness.send("GET", u"/api/v1/status"_s).json(), u"recip-e"_s);
        QCOMPARE(published.value(u"since"_s).toString(), recipe.value(u"since"_s).toString());
    }

private:
    bool start(std::chrono::milliseconds cacheAge)
    {
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.liveCacheAge = cacheAge;
        return m_harness.start(std::move(config));
    }

    void store(const QList<Report> &reports)
    {
        for (const Report &report : reports) {
            const HttpReply reply =
                m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report));
            QVERIFY2(reply.status == 201, reply.body.constData());
        }
    }

    void record(const QList<server::OfficialObservation> &observations, const QDateTime &seenAt)
    {
        const auto recorded =
            m_harness.server()->repository().recordOfficialStatus(observations, seenAt);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error()));
    }

    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestServerLive)
#include "tst_serverlive.moc"
