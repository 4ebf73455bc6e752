// The official status feed's parsing and the map of its components to our services: pure, so
// every malformed input is tried here, quickly.
#include "core/servicecatalogue.h"
#include "server/official/officialfeed.h"
#include "server/official/officialmap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ehb;
using namespace ehb::server;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ehb::server::OfficialStatus)

class TestOfficialFeed final : public QObject
{
    Q_OBJECT

private slots:
    void arrayOfComponents()
    {
        const auto parsed = OfficialFeed::parse(
            "[{\"id\": 12, \"name_nl\": \"Recip-e\", \"name_fr\": \"Recip-e FR\", "
            "\"group_name_nl\": \"Voorschriften\", \"status_name\": \"Major Outage\", "
            "\"unknown_field\": {\"x\": [1, 2]}}, "
            "{\"id\": \"abc\", \"name_fr\": \"eHealthBox\", \"status_name\": \"Operational\"}]");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0), (OfficialComponent{u"12"_s, u"Recip-e"_s, u"Voorschriften"_s,
                                                   OfficialStatus::Major}));
        QCOMPARE(parsed->at(1), (OfficialComponent{u"abc"_s, u"eHealthBox"_s, QString(),
                                                   OfficialStatus::Operational}));
    }

    void objectWithData()
    {
        const auto parsed =
            OfficialFeed::parse("{\"meta\": 1, \"data\": [{\"id\": 3, \"name_nl\": \"MyCareNet\", "
                                "\"status_name\": \"Partial Outage\"}]}");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).status, OfficialStatus::Partial);
    }

    void tolerantOfEntries()
    {
        // Not objects, no id nor name: skipped; no id: the name stands for it; no status, or
        // one we do not know: unknown.
        const auto parsed = OfficialFeed::parse(
            "[1, \"x\", null, [], {}, {\"status_name\": \"Operational\"}, "
            "{\"name_nl\": \"Zonder id\", \"status_name\": \"Under Maintenance\"}, "
            "{\"id\": 7.5, \"name_nl\": \"Half\"}, "
            "{\"id\": 8, \"name_nl\": null, \"name_fr\": \"Fr\", \"status_name\": 3}]");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).id, u"Zonder id"_s);
        QCOMPARE(parsed->at(0).status, OfficialStatus::Unknown);
        QCOMPARE(parsed->at(1).id, u"7.5"_s);
        QCOMPARE(parsed->at(1).status, OfficialStatus::Unknown);
        QCOMPARE(parsed->at(2).name, u"Fr"_s);
    }

    void hugeNumericIds()
    {
        // Ids beyond qint64 (found by fuzz_officialfeed) are read as numbers, not converted.
        const auto parsed =
            OfficialFeed::parse("[{\"id\": 1e88, \"name_nl\": \"Groot\"}, "
                                "{\"id\": -1e300, \"name_nl\": \"Klein\"}, "
                                "{\"id\": 9007199254740992, \"name_nl\": \"2^53\"}]");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).id, u"1e+88"_s);
        QCOMPARE(parsed->at(1).id, u"-1e+300"_s);
        QCOMPARE(parsed->at(2).id, u"9007199254740992"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html error page")
            << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("[{\"id\": 1, \"name_nl\": \"Rec");
        QTest::newRow("object without data") << QByteArray("{\"error\": \"maintenance\"}");
        QTest::newRow("data not a list") << QByteArray("{\"data\": {\"id\": 1}}");
        QTest::newRow("a number") << QByteArray("42");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{[", 5);
    }
    void refused()
    {
        QFETCH(QByteArray, body);
        const auto parsed = OfficialFeed::parse(body);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
    }

    void garbageNeverCrashes()
    {
        // Random bytes, and random cuts and flips of a valid feed: an error or a list, never
        // a crash (run under the sanitizers in the fuzz build).
        const QByteArray valid = "{\"data\": [{\"id\": 1, \"name_nl\": \"Recip-e\", "
                                 "\"status_name\": \"Major Outage\"}]}";
        QRandomGenerator random(1414);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray body = valid.left(random.bounded(valid.size() + 1));
            for (int flips = random.bounded(4); flips > 0 && !body.isEmpty(); --flips)
                body[random.bounded(body.size())] = char(random.bounded(256));
            if (i % 3 == 0) {
                body.resize(random.bounded(64));
                for (char &c : body)
                    c = char(random.bounded(256));
            }
            refused += OfficialFeed::parse(body).ok() ? 0 : 1;
        }
        QVERIFY(refused > 1000);
    }

    void statusNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OfficialStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("operational")
            << u"Operational"_s << OfficialStatus::Operational << u"operational"_s;
        QTest::newRow("degraded") << u"degraded  performance"_s << OfficialStatus::Degraded
                                  << u"degraded_performance"_s;
        QTest::newRow("partial") << u"Partial Outage"_s << OfficialStatus::Partial
                                 << u"partial_outage"_s;
        QTest::newRow("major") << u" MAJOR OUTAGE "_s << OfficialStatus::Major << u"major_outage"_s;
        QTest::newRow("maintenance")
            << u"Under Maintenance"_s << OfficialStatus::Unknown << u"unknown"_s;
    }
    void statusNames()
    {
        QFETCH(QString, name);
        QFETCH(OfficialStatus, status);
        QFETCH(QString, code);
        QCOMPARE(OfficialFeed::statusFromName(name), status);
        QCOMPARE(OfficialFeed::code(status), code);
        QCOMPARE(OfficialFeed::fromCode(code), status);
    }

    void severityOrder()
    {
        QCOMPARE(OfficialFeed::severity(OfficialStatus::Unknown), 0);
        QCOMPARE(OfficialFeed::severity(OfficialStatus::Operational), 0);
        QVERIFY(OfficialFeed::severity(OfficialStatus::Degraded) > 0);
        QVERIFY(OfficialFeed::severity(OfficialStatus::Partial) >
                OfficialFeed::severity(OfficialStatus::Degraded));
        QVERIFY(OfficialFeed::severity(OfficialStatus::Major) >
                OfficialFeed::severity(OfficialStatus::Partial));
    }

    void mapByIdThenNameThenPart()
    {
        const auto map =
            OfficialMap::parse("{\"components\": [ "
                               "{\"name_contains\": \"box\", \"service\": \"ehealthbox\"}, "
                               "{\"name\": \"RECIP-E\", \"service\": \"recip-e\"}, "
                               "{\"id\": 99, \"service\": \"chapter-iv\"}]}",
                               ServiceCatalogue::builtIn());
        QVERIFY2(map.ok(), qPrintable(map.error()));
        QCOMPARE(map->serviceFor({u"99"_s, u"Recip-e"_s, {}, {}}), u"chapter-iv"_s);
        QCOMPARE(map->serviceFor({u"1"_s, u"recip-e"_s, {}, {}}), u"recip-e"_s);
        QCOMPARE(map->serviceFor({u"2"_s, u"eHealthBox v2"_s, {}, {}}), u"ehealthbox"_s);
        QCOMPARE(map->serviceFor({u"3"_s, u"Recip-e bis"_s, {}, {}}), QString());
        const QList<OfficialComponent> components{{u"3"_s, u"Timestamping"_s, {}, {}},
                                                  {u"1"_s, u"Recip-e"_s, {}, {}}};
        QCOMPARE(map->unmapped(components), QStringList{u"Timestamping (id 3)"_s});
    }

    void mapRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << u"JSON"_s;
        QTest::newRow("no list") << QByteArray("{\"x\": []}") << u"components"_s;
        QTest::newRow("unknown service")
            << QByteArray("{\"components\": [{\"id\": \"1\", \"service\": \"nope\"}]}")
            << u"components[0].service"_s;
        QTest::newRow("two matches")
            << QByteArray(
                   "{\"components\": [{\"id\": \"1\", \"name\": \"x\", \"service\": \"recip-e\"}]}")
            << u"components[0]"_s;
        QTest::newRow("no match") << QByteArray("{\"components\": [{\"service\": \"recip-e\"}]}")
                                  << u"components[0]"_s;
    }
    void mapRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto map = OfficialMap::parse(json, ServiceCatalogue::builtIn());
        QVERIFY(!map.ok());
        QVERIFY2(map.error().contains(mentions), qPrintable(map.error()));
    }

    void builtInMapNamesTheMainServices_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("service");
        QTest::newRow("recip-e") << u"Recip-e"_s << u"recip-e"_s;
        QTest::newRow("ehealthbox") << u"eHealthBox"_s << u"ehealthbox"_s;
        QTest::newRow("chapter iv nl") << u"Hoofdstuk IV"_s << u"chapter-iv"_s;
        QTest::newRow("chapter iv fr") << u"Chapitre IV"_s << u"chapter-iv"_s;
        QTest::newRow("insurability")
            << u"MyCareNet - Verzekerbaarheid"_s << u"mycarenet-insurability"_s;
        QTest::newRow("eattest") << u"MyCareNet eAttest"_s << u"mycarenet-eattest"_s;
        QTest::newRow("efact") << u"MyCareNet eFact"_s << u"mycarenet-efact"_s;
        QTest::newRow("iam") << u"IAM"_s << u"ehealth-auth"_s;
        QTest::newRow("authentication") << u"eHealth-authenticatie"_s << u"ehealth-auth"_s;
        QTest::newRow("hubs") << u"Hubs & Metahub"_s << u"hubs-sumehr"_s;
        QTest::newRow("therapeutic") << u"Therapeutische relaties"_s << u"therapeutic-link"_s;
        QTest::newRow("unmapped") << u"Timestamping"_s << QString();
    }
    void builtInMapNamesTheMainServices()
    {
        QFETCH(QString, name);
        QFETCH(QString, service);
        QCOMPARE(OfficialMap::builtIn().serviceFor({u"x"_s, name, {}, {}}), service);
    }
};

QTEST_GUILESS_MAIN(TestOfficialFeed)
#include "tst_officialfeed.moc"
