// GET /api/v1/stats/breakdown against an in-process server: counts per symptom (every one, by
// count), per EMR software (grouped without regard to case, the most frequent spelling shown, the
// top 20 then ""), per province (the 11 codes in order, zeros included, then "" for no
// postcode), over [from, to) by started_at and the service filter; staff access and errors.
#include "core/reportcodec.h"
#include "samples.h"
#include "server/api/breakdownhandler.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

using Counts = QList<std::pair<QString, qint64>>;

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute), QTimeZone::utc());
}

Report report(const QDateTime &startedAt, const QStringList &symptoms, const QString &software,
              const QString &postcode, const QString &service = u"recip-e"_s)
{
    Report value = minimalReport(startedAt.addSecs(120));
    value.startedAt = startedAt;
    value.service = service;
    value.symptoms = symptoms;
    value.software.name = software;
    value.postcode = postcode;
    return value;
}

Counts countsOf(const QJsonValue &list)
{
    Counts counts;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        counts.append({object.value(u"key"_s).toString(), object.value(u"reports"_s).toInteger()});
    }
    return counts;
}

Counts provinces(const QHash<QString, qint64> &nonZero, qint64 none)
{
    Counts counts;
    for (const char *code : {"BE-BRU", "BE-WBR", "BE-VBR", "BE-VAN", "BE-VLI", "BE-WLG", "BE-WNA",
                             "BE-WHT", "BE-WLX", "BE-VWV", "BE-VOV"})
        counts.append({QLatin1String(code), nonZero.value(QLatin1String(code))});
    counts.append({QString(), none});
    return counts;
}

} // namespace

class TestServerBreakdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        server::ServerConfig config;
        config.clock = [] { return at(20, 12); };
        QVERIFY(m_harness.start(std::move(config)));
        m_token = m_harness.createStaffToken(u"breakdown"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_harness.stop(); }

    void countsOverThePeriod()
    {
        const QStringList timeout{u"timeout"_s};
        store({
            report(at(5, 8), {u"timeout"_s, u"slow"_s}, u"HealthOne"_s, u"1050"_s),
            report(at(5, 9), timeout, u"healthone"_s, u"2000"_s),
            report(at(5, 10), timeout, u" HEALTHONE "_s, u"2930"_s),
            report(at(5, 11), {u"unreachable"_s}, u"HealthOne"_s, u"9000"_s),
            report(at(6, 8), {u"auth_failure"_s, u"timeout"_s}, u"Medidoc"_s, u"3500"_s),
            report(at(6, 9), timeout, QString(), QString()),
            report(at(6, 10), {u"slow"_s}, u"CareConnect"_s, u"6600"_s, u"ehealthbox"_s),
            // The edges: started exactly at `to` is out; exactly at `from` is in (above).
            report(at(7, 0), timeout, u"Medidoc"_s, u"1000"_s),
            report(at(4, 23, 59), timeout, u"Medidoc"_s, u"1000"_s),
        });

        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/breakdown?from=2024-03-05T08:00:00Z&to=2024-03-07T00:00:00Z"_s,
            m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"from"_s).toString(), u"2024-03-05T09:00:00+01:00"_s);
        QCOMPARE(body.value(u"to"_s).toString(), u"2024-03-07T01:00:00+01:00"_s);
        QCOMPARE(body.value(u"tz"_s).toString(), u"Europe/Brussels"_s);
        QCOMPARE(body.value(u"reports"_s).toInteger(), 7);
        // Every symptom, by count; ties in the order of the form.
        QCOMPARE(countsOf(body.value(u"symptoms"_s)), (Counts{{u"timeout"_s, 5},
                                                              {u"slow"_s, 2},
                                                              {u"unreachable"_s, 1},
                                                              {u"auth_failure"_s, 1},
                                                              {u"error_message"_s, 0},
                                                              {u"rejected"_s, 0},
                                                              {u"partial"_s, 0},
                                                              {u"other"_s, 0}}));
        QCOMPARE(countsOf(body.value(u"software"_s)),
                 (Counts{{u"HealthOne"_s, 4}, {u"CareConnect"_s, 1}, {u"Medidoc"_s, 1}, {{}, 1}}));
        QCOMPARE(countsOf(body.value(u"provinces"_s)), provinces({{u"BE-BRU"_s, 1},
                                                                  {u"BE-VAN"_s, 2},
                                                                  {u"BE-VOV"_s, 1},
                                                                  {u"BE-VLI"_s, 1},
                                                                  {u"BE-WLX"_s, 1}},
                                                                 1));

        const HttpReply box = m_harness.staffGet(
            u"/api/v1/stats/breakdown?from=2024-03-01&to=2024-04-01&service=ehealthbox"_s, m_token);
        QCOMPARE(box.status, 200);
        QCOMPARE(box.json().value(u"service"_s).toString(), u"ehealthbox"_s);
        QCOMPARE(box.json().value(u"reports"_s).toInteger(), 1);
        QCOMPARE(countsOf(box.json().value(u"software"_s)),
                 (Counts{{u"CareConnect"_s, 1}, {{}, 0}}));
        QCOMPARE(countsOf(box.json().value(u"provinces"_s)), provinces({{u"BE-WLX"_s, 1}}, 0));
    }

    void emptyPeriod()
    {
        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/breakdown?from=2024-03-01&to=2024-03-02"_s, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"reports"_s).toInteger(), 0);
        QCOMPARE(body.value(u"symptoms"_s).toArray().size(), knownSymptoms().size());
        QCOMPARE(countsOf(body.value(u"software"_s)), (Counts{{{}, 0}}));
        QCOMPARE(countsOf(body.value(u"provinces"_s)), provinces({}, 0));
    }

    // The 20 largest groups by count (ties by name), the rest with the unnamed under "".
    void softwareGroups()
    {
        QHash<QString, qint64> names;
        names.insert(u"EMR 01"_s, 101);
        names.insert(u"emr 01"_s, 200); // one group of 301, spelt "emr 01"
        for (int i = 2; i <= 18; ++i)
            names.insert(u"EMR %1"_s.arg(i, 2, 10, QLatin1Char('0')), 100 + i);
        // Three groups of 101 for the last two places: taken in folded-name order.
        names.insert(u"Tie C"_s, 101);
        names.insert(u"Tie B"_s, 101);
        names.insert(u"tie a"_s, 101);
        names.insert(QString(), 7);
        const Counts groups = countsOf(server::BreakdownHandler::softwareGroups(names, 20));
        QCOMPARE(groups.size(), 21);
        QCOMPARE(groups.at(0), (std::pair<QString, qint64>{u"emr 01"_s, 301}));
        QCOMPARE(groups.at(1), (std::pair<QString, qint64>{u"EMR 18"_s, 118}));
        QCOMPARE(groups.at(17), (std::pair<QString, qint64>{u"EMR 02"_s, 102}));
        QCOMPARE(groups.at(18), (std::pair<QString, qint64>{u"tie a"_s, 101}));
        QCOMPARE(groups.at(19), (std::pair<QString, qint64>{u"Tie B"_s, 101}));
        QCOMPARE(groups.at(20), (std::pair<QString, qint64>{QString(), 101 + 7}));
        qint64 total = 0;
        for (const auto &group : groups)
            total += group.second;
        qint64 expected = 0;
        for (const qint64 count : std::as_const(names))
            expected += count;
        QCOMPARE(total, expected);
    }

    void staffOnly()
    {
        const QString path = u"/api/v1/stats/breakdown?from=2024-03-01&to=2024-03-02"_s;
        const HttpReply anonymous = m_harness.send("GET", path);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
        QCOMPARE(m_harness.staffGet(path, "wrong").status, 401);
        QCOMPARE(m_harness.send("DELETE", path).status, 405);
    }

    void invalidParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("nothing") << QString() << QStringList{u"from"_s, u"to"_s};
        QTest::newRow("bad from") << u"from=2024-13-01&to=2024-03-02"_s << QStringList{u"from"_s};
        QTest::newRow("empty period") << u"from=2024-03-02&to=2024-03-02"_s << QStringList{u"to"_s};
        QTest::newRow("unknown tz")
            << u"from=2024-03-01&to=2024-03-02&tz=Nowhere"_s << QStringList{u"tz"_s};
        QTest::newRow("unknown service")
            << u"from=2024-03-01&to=2024-03-02&service=x"_s << QStringList{u"service"_s};
    }
    void invalidParameters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, paths);
        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/breakdown?"_s + query, m_token);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), paths);
    }

private:
    void store(const QList<Report> &reports)
    {
        for (const Report &value : reports) {
            const HttpReply reply =
                m_harness.putReport(uuidText(value.id), ReportCodec::toBytes(value));
            QVERIFY2(reply.status == 201, reply.body.constData());
        }
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestServerBreakdown)
#include "tst_serverbreakdown.moc"
