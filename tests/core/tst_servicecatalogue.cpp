// The service catalogue the report's "service" field refers to (docs/architecture.md, "The
// report"): the built-in one, with a name in every language, as the server serves it, and what
// ServiceCatalogue::fromJson refuses.

#include "core/result.h"
#include "core/servicecatalogue.h"
#include "fieldlists.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ehb;
using namespace ehb::test;

class TestServiceCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogue();
    void catalogueFromJson_data();
    void catalogueFromJson();
};

void TestServiceCatalogue::builtInCatalogue()
{
    const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
    const QStringList ids =
        strings({"ehealth-auth", "recip-e", "mycarenet-insurability", "mycarenet-eattest",
                 "mycarenet-efact", "mycarenet-gmd", "mycarenet-tariff", "chapter-iv", "ehealthbox",
                 "hubs-sumehr", "therapeutic-link", "emr-software", "internet", "other"});
    QStringList actual;
    for (const Service &service : catalogue.services())
        actual.append(service.id);
    QCOMPARE(sorted(actual), sorted(ids));

    for (const QString &id : ids) {
        QVERIFY2(catalogue.contains(id), qPrintable(id));
        const Service *service = catalogue.find(id);
        QVERIFY2(service, qPrintable(id));
        QCOMPARE(service->id, id);
        QVERIFY2(ServiceCatalogue::groups().contains(service->group), qPrintable(id));
        for (const char *language : {"en", "fr", "nl", "de"}) {
            const QString name = service->names.value(QString::fromLatin1(language));
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + QLatin1String(language)));
            QCOMPARE(service->name(QString::fromLatin1(language)), name);
        }
    }
    QVERIFY(!catalogue.contains(QStringLiteral("Recip-e")));
    QVERIFY(!catalogue.find(QStringLiteral("nope")));

    // What the server serves reads back as the same catalogue.
    const QByteArray served =
        QJsonDocument(QJsonObject{{QStringLiteral("services"), catalogue.toJson()}}).toJson();
    const Result<ServiceCatalogue> reread = ServiceCatalogue::fromJson(served);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->services().size(), catalogue.services().size());
    for (const Service &service : catalogue.services()) {
        const Service *copy = reread->find(service.id);
        QVERIFY(copy);
        QCOMPARE(copy->names, service.names);
        QCOMPARE(copy->group, service.group);
        QCOMPARE(copy->statusPage, service.statusPage);
    }
}

void TestServiceCatalogue::catalogueFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: must be refused

    const QByteArray a =
        R"({"id":"a","group":"ehealth","names":{"en":"A","fr":"A","nl":"A","de":"A"}})";
    const QByteArray b = R"({"id":"b","group":"local","names":{"en":"B"}})";
    QTest::newRow("two services") << QByteArray(R"({"services":[)" + a + ',' + b + "]}") << 2;
    QTest::newRow("duplicate id") << QByteArray(R"({"services":[)" + a + ',' + b + ',' + a + "]}")
                                  << -1;
    QTest::newRow("empty list") << QByteArray(R"({"services":[]})") << -1;
    QTest::newRow("no services key") << QByteArray("{}") << -1;
    QTest::newRow("not json") << QByteArray("services: a") << -1;
    QTest::newRow("empty bytes") << QByteArray() << -1;
    QTest::newRow("missing id") << QByteArray(
                                       R"({"services":[{"group":"local","names":{"en":"X"}}]})")
                                << -1;
    QTest::newRow("unknown group")
        << QByteArray(R"({"services":[{"id":"x","group":"cloud","names":{"en":"X"}}]})") << -1;
    QTest::newRow("no English name")
        << QByteArray(R"({"services":[{"id":"x","group":"local","names":{"fr":"X"}}]})") << -1;
}

void TestServiceCatalogue::catalogueFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);

    const Result<ServiceCatalogue> result = ServiceCatalogue::fromJson(json);
    if (count < 0) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().trimmed().isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->services().size(), count);
    }
}

QTEST_GUILESS_MAIN(TestServiceCatalogue)
#include "tst_servicecatalogue.moc"
