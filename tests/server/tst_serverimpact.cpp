// GET /api/v1/stats/impact against an in-process server (and on PostgreSQL as
// tst_serverimpact_pg): known impacts give known sums, medians, fallback counts and estimates per
// service, per episode and in total; a revision that changes the impact counts as its latest
// revision, a report moved to another service by a revision counts there only; reports without
// an impact count as reports and in the estimate's basis; the money value only with an hourly
// value; the service filter; staff access and parameter errors.
#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

// Tuesday 5 March 2024, UTC.
QDateTime at(int day, const QString &utcTime)
{
    return QDateTime(QDate(2024, 3, day), QTime::fromString(utcTime, u"HH:mm"_s), QTimeZone::utc());
}

Report report(const QString &service, const QDateTime &startedAt, const QDateTime &endedAt,
              std::optional<int> minutes, std::optional<int> patients, const QString &fallback)
{
    Report value = minimalReport(startedAt.addSecs(120));
    value.service = service;
    value.startedAt = startedAt;
    value.endedAt = endedAt;
    value.impact = {patients, minutes, fallback};
    return value;
}

QJsonObject entryOf(const QJsonArray &list, const QString &service)
{
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(u"service"_s).toString() == service)
            return entry.toObject();
    }
    return {};
}

// The figures compared, in one line per mismatch.
struct Expected
{
    qint64 reports;
    qint64 withImpact;
    qint64 installations;
    qint64 minutes;
    QJsonValue minutesMedian;
    qint64 minutesReports;
    qint64 withoutMinutes;
    QJsonValue estimated;
    qint64 patients;
    QJsonValue patientsMedian;
    qint64 patientsReports;
    QJsonObject fallback;
};

QStringList differences(const QJsonObject &actual, const Expected &expected)
{
    const QList<std::pair<QString, QJsonValue>> fields{
        {u"reports"_s, expected.reports},
        {u"reports_with_impact"_s, expected.withImpact},
        {u"installations"_s, expected.installations},
        {u"minutes_lost_reported"_s, expected.minutes},
        {u"minutes_lost_median"_s, expected.minutesMedian},
        {u"minutes_lost_reports"_s, expected.minutesReports},
        {u"installations_without_minutes"_s, expected.withoutMinutes},
        {u"minutes_lost_estimated"_s, expected.estimated},
        {u"patients_reported"_s, expected.patients},
        {u"patients_median"_s, expected.patientsMedian},
        {u"patients_reports"_s, expected.patientsReports},
        {u"fallback"_s, expected.fallback},
    };
    QStringList wrong;
    for (const auto &[key, value] : fields) {
        const QJsonValue got = actual.value(key);
        const bool same =
            value.isDouble() && got.isDouble() ? value.toDouble() == got.toDouble() : value == got;
        if (!same)
            wrong.append(u"%1: %2, expected %3"_s.arg(
                key,
                QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
    }
    return wrong;
}

QJsonObject fallbacks(int none, int paper, int later, int other)
{
    return {{u"none"_s, none}, {u"paper"_s, paper}, {u"later"_s, later}, {u"other"_s, other}};
}

const QJsonValue null = QJsonValue(QJsonValue::Null);

} // namespace

class TestServerImpact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startServer({}); }
    void cleanup() { m_harness.stop(); }

    void knownSums()
    {
        storeReports();
        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/impact?from=2024-03-05&to=2024-03-07"_s, m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"from"_s).toString(), u"2024-03-05T00:00:00+01:00"_s);
        QCOMPARE(body.value(u"tz"_s).toString(), u"Europe/Brussels"_s);
        QVERIFY(body.value(u"hourly_value"_s).isNull());
        QVERIFY(body.contains(u"hourly_value"_s));

        // Recip-e: the 12 of the outage and one the next day; not the one before the period,
        // nor the one moved to the eHealthBox. Minutes 30, 45 (the revision), 10, 20.
        const QJsonArray services = body.value(u"services"_s).toArray();
        QVERIFY(services.size() > 2);
        const QJsonObject recipe = entryOf(services, u"recip-e"_s);
        QStringList wrong = differences(
            recipe, {13, 6, 13, 105, 25.0, 4, 9, 225.0, 7, 2.0, 3, fallbacks(1, 3, 1, 1)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QVERIFY(!recipe.contains(u"value_lost_reported"_s));
        // The moved report and one without an impact.
        wrong = differences(entryOf(services, u"ehealthbox"_s),
                            {2, 1, 2, 100, 100.0, 1, 1, 100.0, 0, null, 0, fallbacks(0, 0, 0, 0)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // A service without reports.
        wrong = differences(entryOf(services, u"mycarenet-eattest"_s),
                            {0, 0, 0, 0, null, 0, 0, null, 0, null, 0, fallbacks(0, 0, 0, 0)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

        // The outage's episode: its 12 reports, not the next day's.
        const QJsonArray episodes = body.value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        QCOMPARE(episode.value(u"service"_s).toString(), u"recip-e"_s);
        QCOMPARE(episode.value(u"id"_s).toString(),
                 u"recip-e@"_s + episode.value(u"start"_s).toString());
        wrong = differences(episode,
                            {12, 5, 12, 85, 30.0, 3, 9, 270.0, 7, 2.0, 3, fallbacks(1, 2, 1, 1)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // The same episode as GET /api/v1/stats/episodes gives.
        const HttpReply found =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-07"_s, m_token);
        const QJsonArray same = found.json().value(u"episodes"_s).toArray();
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.first().toObject().value(u"start"_s), episode.value(u"start"_s));
        QCOMPARE(same.first().toObject().value(u"end"_s), episode.value(u"end"_s));

        // Every service as one scope: minutes 10, 20, 30, 45, 100; 10 practices gave none.
        wrong = differences(body.value(u"totals"_s).toObject(),
                            {15, 7, 15, 205, 30.0, 5, 10, 300.0, 7, 2.0, 3, fallbacks(1, 3, 1, 1)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void moneyOnlyWithAnHourlyValue()
    {
        m_harness.stop();
        server::ServerConfig config;
        config.impactHourlyValue = 45;
        startServer(std::move(config));
        storeReports();
        const QJsonObject body =
            m_harness.staffGet(u"/api/v1/stats/impact?from=2024-03-05&to=2024-03-07"_s, m_token)
                .json();
        QCOMPARE(body.value(u"hourly_value"_s).toDouble(), 45.0);
        const QJsonObject recipe = entryOf(body.value(u"services"_s).toArray(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"value_lost_reported"_s).toDouble(), 78.75);   // 105 min
        QCOMPARE(recipe.value(u"value_lost_estimated"_s).toDouble(), 168.75); // 225 min
        const QJsonObject totals = body.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"value_lost_reported"_s).toDouble(), 153.75); // 205 min
        QCOMPARE(totals.value(u"value_lost_estimated"_s).toDouble(), 225.0); // 300 min
        const QJsonObject none = entryOf(body.value(u"services"_s).toArray(), u"ehealth-auth"_s);
        QCOMPARE(none.value(u"value_lost_reported"_s).toDouble(), 0.0);
        QVERIFY(none.value(u"value_lost_estimated"_s).isNull());
    }

    void oneService()
    {
        storeReports();
        const QJsonObject body =
            m_harness
                .staffGet(
                    u"/api/v1/stats/impact?from=2024-03-05&to=2024-03-07&service=ehealthbox"_s,
                    m_token)
                .json();
        QCOMPARE(body.value(u"service"_s).toString(), u"ehealthbox"_s);
        QCOMPARE(body.value(u"services"_s).toArray().size(), 1);
        QCOMPARE(body.value(u"episodes"_s).toArray().size(), 0);
        const QStringList wrong =
            differences(body.value(u"totals"_s).toObject(),
                        {2, 1, 2, 100, 100.0, 1, 1, 100.0, 0, null, 0, fallbacks(0, 0, 0, 0)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void staffOnly()
    {
        const QString path = u"/api/v1/stats/impact?from=2024-03-01&to=2024-03-02"_s;
        const HttpReply anonymous = m_harness.send("GET", path);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
        QCOMPARE(m_harness.staffGet(path, "wrong").status, 401);
        QCOMPARE(m_harness.send("DELETE", path).status, 405);
        QCOMPARE(m_harness.staffGet(path, m_token).status, 200);
    }

    void invalidParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("nothing") << QString() << QStringList{u"from"_s, u"to"_s};
        QTest::newRow("bad to") << u"from=2024-03-01&to=tomorrow"_s << QStringList{u"to"_s};
        QTest::newRow("unknown tz")
            << u"from=2024-03-01&to=2024-03-02&tz=Nowhere"_s << QStringList{u"tz"_s};
        QTest::newRow("unknown service")
            << u"from=2024-03-01&to=2024-03-02&service=x"_s << QStringList{u"service"_s};
    }
    void invalidParameters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, paths);
        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/impact?"_s + query, m_token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), paths);
    }

private:
    void startServer(server::ServerConfig config)
    {
        m_harness.wipe();
        config.clock = [] { return at(20, u"12:00"_s); };
        QVERIFY(m_harness.start(std::move(config)));
        m_token = m_harness.createStaffToken(u"impact"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void put(const Report &value, int status)
    {
        const HttpReply reply =
            m_harness.putReport(uuidText(value.id), ReportCodec::toBytes(value));
        QVERIFY2(reply.status == status, reply.body.constData());
    }

    // Recip-e down from 08:10 to 09:00 UTC on 5 March, reported by 12 practices; 5 give an
    // impact, one changes it in a revision. Then one recip-e report the next day with an impact,
    // one the evening before the period, one moved to the eHealthBox by its revision and one
    // there without an impact.
    void storeReports()
    {
        const QString recipe = u"recip-e"_s;
        const auto outage = [&](int i) {
            const QDateTime started = at(5, u"08:10"_s).addSecs(60 * i);
            return report(recipe, started, at(5, u"09:00"_s).addSecs(60 * (i % 3)), {}, {}, {});
        };
        QList<Report> reports;
        for (int i = 0; i < 12; ++i)
            reports.append(outage(i));
        reports[0].impact = {4, 30, u"paper"_s};
        reports[1].impact = {2, 60, u"later"_s};
        reports[2].impact = {{}, 10, u"none"_s};
        reports[3].impact = {1, {}, u"other"_s};
        reports[4].impact = {{}, {}, u"paper"_s};
        reports.append(report(recipe, at(6, u"14:00"_s), {}, 20, {}, u"paper"_s));
        reports.append(report(recipe, at(4, u"20:00"_s), {}, 500, 50, u"paper"_s));
        Report moved = report(recipe, at(6, u"10:00"_s), {}, 100, {}, {});
        reports.append(moved);
        reports.append(report(u"ehealthbox"_s, at(6, u"11:00"_s), {}, {}, {}, {}));
        for (const Report &value : std::as_const(reports))
            put(value, 201);

        Report revised = reports.at(1);
        revised.revision = 2;
        revised.impact.minutesLost = 45;
        put(revised, 200);
        moved.revision = 2;
        moved.service = u"ehealthbox"_s;
        put(moved, 200);
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestServerImpact)
#include "tst_serverimpact.moc"
