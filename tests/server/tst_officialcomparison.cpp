// The comparison of the crowd's episodes with the official record, on known episodes, and the
// validation of official incidents entered by hand or imported.
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "server/official/officialcomparison.h"
#include "server/official/officialincidents.h"

#include <QTest>

using namespace ehb;
using namespace ehb::server;
using namespace Qt::StringLiterals;

namespace {

// Minutes after 2024-03-04T08:00:00Z, as UTC milliseconds and times.
constexpr qint64 base = 1709539200000;
qint64 at(int minutes)
{
    return base + qint64(minutes) * 60000;
}
QDateTime time(int minutes)
{
    return utcFromSecs(at(minutes) / 1000);
}

OfficialChange change(const QString &component, qint64 sequence, const QString &service,
                      const QString &status, int minutes)
{
    return {component, sequence, component, service, QString(), status, time(minutes)};
}

// recip-e: the feed knows it from minute -600. Official outages at 30–90 (partial, major from
// 45) and at 200–230 (degraded); an unmapped component in a major outage from 0, which never
// counts.
QList<OfficialChange> recipeChanges()
{
    return {
        change(u"1"_s, 1, u"recip-e"_s, u"operational"_s, -600),
        change(u"1"_s, 2, u"recip-e"_s, u"partial_outage"_s, 30),
        change(u"1"_s, 3, u"recip-e"_s, u"major_outage"_s, 45),
        change(u"1"_s, 4, u"recip-e"_s, u"operational"_s, 90),
        change(u"1"_s, 5, u"recip-e"_s, u"degraded_performance"_s, 200),
        change(u"1"_s, 6, u"recip-e"_s, u"operational"_s, 230),
        change(u"2"_s, 1, QString(), u"major_outage"_s, 0),
    };
}

} // namespace

class TestOfficialComparison final : public QObject
{
    Q_OBJECT

private slots:
    void knownEpisodes()
    {
        // recip-e: the feed knows it from minute -600. Official outages at 30–90 (partial,
        // major from 45), at 200–230 (degraded) and at 400–(open) (major).
        QList<OfficialChange> changes = recipeChanges();
        changes.append(change(u"1"_s, 7, u"recip-e"_s, u"major_outage"_s, 400));
        // ehealthbox: no feed, one incident imported from the press, 100–160, and an episode
        // admitted before the crowd saw it.
        OfficialIncident press{
            0, u"ehealthbox"_s, time(100), time(160), u"major_outage"_s, u"De Standaard"_s, true};
        const auto timeline = OfficialComparison::timeline(changes, {press});
        const QList<OfficialComparison::Episode> episodes{
            {u"recip-e"_s, at(0), at(120)},      // admitted late: 30 minutes, ended 90 < 120
            {u"recip-e"_s, at(300), at(340)},    // never admitted
            {u"ehealthbox"_s, at(110), at(150)}, // admitted 10 minutes before
            {u"mycarenet-gmd"_s, at(0), at(60)}, // nothing known of the service
        };
        const QStringList services{u"recip-e"_s, u"ehealthbox"_s, u"mycarenet-gmd"_s};
        const auto outcome =
            OfficialComparison::compare(episodes, timeline, services, at(-60), at(24 * 60));

        const auto &late = outcome.episodes.at(0);
        QCOMPARE(late.status, std::optional(OfficialStatus::Major)); // the worst during it
        QCOMPARE(late.acknowledgedAt, std::optional(at(30)));
        QCOMPARE(late.lagMinutes, std::optional<qint64>(30));
        QCOMPARE(late.officialEnd, std::optional(at(90))); // before the crowd's end (120)

        const auto &never = outcome.episodes.at(1);
        QCOMPARE(never.status, std::optional(OfficialStatus::Operational));
        QVERIFY(!never.acknowledgedAt);
        QVERIFY(!never.lagMinutes);
        QVERIFY(!never.officialEnd);

        const auto &early = outcome.episodes.at(2);
        QCOMPARE(early.lagMinutes, std::optional<qint64>(-10));
        QCOMPARE(early.officialEnd, std::optional(at(160)));

        QVERIFY(!outcome.episodes.at(3).status);
        QVERIFY(!outcome.episodes.at(3).acknowledgedAt);

        // Admitted with no GP reports: 200–230 and 400–open of recip-e.
        QCOMPARE(outcome.unreported.size(), 2);
        QCOMPARE(outcome.unreported.at(0).service, u"recip-e"_s);
        QCOMPARE(outcome.unreported.at(0).start, at(200));
        QCOMPARE(outcome.unreported.at(0).end, at(230));
        QCOMPARE(outcome.unreported.at(0).status, OfficialStatus::Degraded);
        QCOMPARE(outcome.unreported.at(1).end, OfficialComparison::openEnd);

        QCOMPARE(outcome.services.size(), 3);
        const auto &recipe = outcome.services.at(0);
        QCOMPARE(recipe.acknowledged, 1);
        QCOMPARE(recipe.unacknowledged, 1);
        QCOMPARE(recipe.unacknowledgedMinutes, 40);
        QCOMPARE(recipe.medianLagMinutes, std::optional(30.0));
        QCOMPARE(outcome.services.at(2).unacknowledged, 1);
        QCOMPARE(outcome.services.at(2).unacknowledgedMinutes, 60);
        QVERIFY(!outcome.services.at(2).medianLagMinutes);
    }

    void admittedJustAfterTheEpisode()
    {
        // The page admitted it 20 minutes after the crowd's episode ended: late, but admitted;
        // 2 hours after: not this episode's (and then unreported).
        const QList<OfficialChange> changes{change(u"1"_s, 1, u"recip-e"_s, u"major_outage"_s, 80),
                                            change(u"1"_s, 2, u"recip-e"_s, u"operational"_s, 100),
                                            change(u"1"_s, 3, u"recip-e"_s, u"major_outage"_s, 300),
                                            change(u"1"_s, 4, u"recip-e"_s, u"operational"_s, 310)};
        const auto outcome = OfficialComparison::compare(
            {{u"recip-e"_s, at(0), at(60)}, {u"recip-e"_s, at(170), at(180)}},
            OfficialComparison::timeline(changes, {}), {u"recip-e"_s}, at(0), at(1000));
        QCOMPARE(outcome.episodes.at(0).lagMinutes, std::optional<qint64>(80));
        QCOMPARE(outcome.episodes.at(0).status, std::optional(OfficialStatus::Major));
        QVERIFY(!outcome.episodes.at(1).acknowledgedAt);
        QCOMPARE(outcome.unreported.size(), 1);
        QCOMPARE(outcome.unreported.at(0).start, at(300));
    }

    // The status at one moment and since when: the worst of the components and the incidents
    // open then; a change within an outage is a new status; nothing known: nullopt.
    void currentStatus_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("status"); // -1: nullopt
        QTest::addColumn<int>("since");  // minutes; only with a status
        const int operational = int(OfficialStatus::Operational);
        const int partial = int(OfficialStatus::Partial);
        const int major = int(OfficialStatus::Major);
        const int degraded = int(OfficialStatus::Degraded);
        QTest::newRow("before the feed") << u"recip-e"_s << -700 << -1 << 0;
        QTest::newRow("known, operational") << u"recip-e"_s << 0 << operational << -600;
        QTest::newRow("partial") << u"recip-e"_s << 40 << partial << 30;
        QTest::newRow("worse within the outage") << u"recip-e"_s << 60 << major << 45;
        QTest::newRow("over") << u"recip-e"_s << 100 << operational << 90;
        QTest::newRow("incident on top") << u"recip-e"_s << 210 << major << 205;
        QTest::newRow("incident over, component still") << u"recip-e"_s << 225 << degraded << 220;
        QTest::newRow("at the very change") << u"recip-e"_s << 230 << operational << 230;
        QTest::newRow("incident only") << u"ehealthbox"_s << 120 << major << 100;
        QTest::newRow("incident only, over") << u"ehealthbox"_s << 200 << -1 << 0;
        QTest::newRow("unmapped counts for nothing") << u"mycarenet-gmd"_s << 10 << -1 << 0;
    }
    void currentStatus()
    {
        QFETCH(QString, service);
        QFETCH(int, minute);
        QFETCH(int, status);
        QFETCH(int, since);
        const QList<OfficialChange> changes = recipeChanges();
        const QList<OfficialIncident> incidents{
            {0, u"recip-e"_s, time(205), time(220), u"major_outage"_s, {}, false},
            {0, u"ehealthbox"_s, time(100), time(160), u"major_outage"_s, {}, true},
        };
        const auto current = OfficialComparison::current(
            OfficialComparison::timeline(changes, incidents), service, at(minute));
        if (status < 0) {
            QVERIFY(!current.status);
            QVERIFY(!current.since);
            return;
        }
        QCOMPARE(current.status, std::optional(OfficialStatus(status)));
        QCOMPARE(current.since, std::optional(at(since)));
    }

    // A status name we do not know is neither operational nor an outage: while a component
    // says it, the service's status is Unknown (never reported as operational), an outage of
    // another component still wins, and it admits nothing.
    void unknownStatusIsNotOperational()
    {
        const QList<OfficialChange> changes{
            change(u"1"_s, 1, u"recip-e"_s, u"operational"_s, -600),
            change(u"1"_s, 2, u"recip-e"_s, u"under_maintenance"_s, 300),
            change(u"1"_s, 3, u"recip-e"_s, u"operational"_s, 400),
            change(u"3"_s, 1, u"recip-e"_s, u"operational"_s, -600),
            change(u"3"_s, 2, u"recip-e"_s, u"partial_outage"_s, 340),
            change(u"3"_s, 3, u"recip-e"_s, u"operational"_s, 360)};
        const auto timeline = OfficialComparison::timeline(changes, {});

        const auto during = OfficialComparison::current(timeline, u"recip-e"_s, at(320));
        QCOMPARE(during.status, std::optional(OfficialStatus::Unknown));
        QCOMPARE(during.since, std::optional(at(300)));
        QCOMPARE(OfficialComparison::current(timeline, u"recip-e"_s, at(350)).status,
                 std::optional(OfficialStatus::Partial));
        const auto after = OfficialComparison::current(timeline, u"recip-e"_s, at(450));
        QCOMPARE(after.status, std::optional(OfficialStatus::Operational));
        QCOMPARE(after.since, std::optional(at(400)));
        QCOMPARE(OfficialComparison::statusDuring(timeline, u"recip-e"_s, at(290), at(310)),
                 std::optional(OfficialStatus::Unknown));

        // The unknown status alone (without component 3's outage, which would admit it).
        const auto unknownOnly = OfficialComparison::timeline(changes.mid(0, 3), {});
        const auto outcome = OfficialComparison::compare(
            {{u"recip-e"_s, at(300), at(330)}}, unknownOnly, {u"recip-e"_s}, at(0), at(500));
        QCOMPARE(outcome.episodes.at(0).status, std::optional(OfficialStatus::Unknown));
        QVERIFY(!outcome.episodes.at(0).acknowledgedAt);
    }

    void medianOfEvenCount()
    {
        const QList<OfficialChange> changes{
            change(u"1"_s, 1, u"recip-e"_s, u"partial_outage"_s, 10),
            change(u"1"_s, 2, u"recip-e"_s, u"operational"_s, 50),
            change(u"1"_s, 3, u"recip-e"_s, u"partial_outage"_s, 130),
            change(u"1"_s, 4, u"recip-e"_s, u"operational"_s, 150)};
        const auto outcome = OfficialComparison::compare(
            {{u"recip-e"_s, at(0), at(40)}, {u"recip-e"_s, at(100), at(140)}},
            OfficialComparison::timeline(changes, {}), {u"recip-e"_s}, at(0), at(1000));
        QCOMPARE(outcome.services.at(0).medianLagMinutes, std::optional(20.0)); // (10 + 30) / 2
        QVERIFY(outcome.unreported.isEmpty());
    }

    void csvImport()
    {
        const QByteArray csv = "\xEF\xBB\xBFservice,start,end,status,source\r\n"
                               "recip-e,2019-11-05T08:00:00+01:00,2019-11-05T12:30:00+01:00,"
                               "Major Outage,\"Le Soir, 6 novembre \"\"panne\"\"\"\r\n"
                               "\r\n"
                               "ehealthbox,2020-01-10T09:00:00Z,,partial_outage,\r\n";
        const auto incidents = OfficialIncidents::fromCsv(csv, ServiceCatalogue::builtIn());
        QVERIFY2(incidents.ok(), qPrintable(incidents.error()));
        QCOMPARE(incidents->size(), 2);
        QCOMPARE(incidents->at(0).start, utcDateTime(QDate(2019, 11, 5), QTime(7, 0)));
        QCOMPARE(incidents->at(0).status, u"major_outage"_s);
        QCOMPARE(incidents->at(0).source, u"Le Soir, 6 novembre \"panne\""_s);
        QVERIFY(incidents->at(0).imported);
        QVERIFY(!incidents->at(1).end.isValid());
    }

    void csvRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            "recip-e,2019-11-05T08:00:00Z,2019-11-05T09:00:00Z,major_outage,x\n";
        QTest::newRow("unknown service") << good + "nope,2019-11-05T08:00:00Z,,major_outage,x\n"
                                         << u"line 2: service"_s;
        QTest::newRow("bad start") << "service,start,end,status,source\n" + good + good +
                                          "recip-e,05/11/2019,,major_outage,x\n"
                                   << u"line 4: start"_s;
        QTest::newRow("end before start")
            << good + "recip-e,2019-11-05T08:00:00Z,2019-11-05T07:00:00Z,major_outage,x\n"
            << u"line 2: end"_s;
        QTest::newRow("operational is no incident")
            << QByteArray("recip-e,2019-11-05T08:00:00Z,,operational,x\n") << u"line 1: status"_s;
        QTest::newRow("four columns") << good + "recip-e,2019-11-05T08:00:00Z,,major_outage\n"
                                      << u"line 2: 5 columns"_s;
        QTest::newRow("quote not closed")
            << good + "recip-e,2019-11-05T08:00:00Z,,major_outage,\"open\n"
            << u"line 2:"_s;
        QTest::newRow("quoted line break counts")
            << QByteArray("recip-e,2019-11-05T08:00:00Z,,major_outage,\"a\nb\"\nnope,x,,y,z\n")
            << u"line 3: service"_s;
        QTest::newRow("empty") << QByteArray("service,start,end,status,source\n")
                               << u"no incident"_s;
    }
    void csvRefusedWithTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const auto incidents = OfficialIncidents::fromCsv(csv, ServiceCatalogue::builtIn());
        QVERIFY(!incidents.ok());
        QVERIFY2(incidents.error().startsWith(message) || incidents.error().contains(message),
                 qPrintable(incidents.error()));
    }

    void jsonNamesEachField()
    {
        const QJsonObject body{
            {u"incidents"_s, QJsonArray{QJsonObject{{u"service"_s, u"recip-e"_s},
                                                    {u"start"_s, u"2019-11-05T08:00:00Z"_s},
                                                    {u"status"_s, u"major_outage"_s}},
                                        QJsonObject{{u"service"_s, u"x"_s},
                                                    {u"start"_s, u"2019-11-05T08:00:00Z"_s},
                                                    {u"end"_s, u"yesterday"_s},
                                                    {u"status"_s, u"major_outage"_s}}}}};
        const auto incidents = OfficialIncidents::fromJson(body, ServiceCatalogue::builtIn());
        QVERIFY(!incidents.ok());
        QStringList paths;
        for (const FieldError &error : incidents.error())
            paths.append(error.path);
        QCOMPARE(paths, (QStringList{u"incidents[1].service"_s, u"incidents[1].end"_s}));

        const auto one = OfficialIncidents::fromJson(
            QJsonObject{{u"incidents"_s, QJsonArray{body.value(u"incidents"_s)[0]}}},
            ServiceCatalogue::builtIn());
        QVERIFY(one.ok());
        QVERIFY(!one->at(0).imported);
        QVERIFY(!OfficialIncidents::fromJson({}, ServiceCatalogue::builtIn()).ok());
    }
};

QTEST_GUILESS_MAIN(TestOfficialComparison)
#include "tst_officialcomparison.moc"
