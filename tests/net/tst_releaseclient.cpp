// ReleaseClient::compareVersions: dotted versions compared as numbers, part by part.
#include "net/releaseclient.h"

#include <QTest>

using namespace ehb;

class TestReleaseClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << QStringLiteral("1.4.2") << QStringLiteral("1.4.2") << 0;
        QTest::newRow("missing part is 0") << QStringLiteral("1.4") << QStringLiteral("1.4.0") << 0;
        QTest::newRow("patch") << QStringLiteral("1.4.3") << QStringLiteral("1.4.2") << 1;
        QTest::newRow("patch older") << QStringLiteral("1.4.1") << QStringLiteral("1.4.2") << -1;
        QTest::newRow("numbers, not text")
            << QStringLiteral("1.10.0") << QStringLiteral("1.9.3") << 1;
        QTest::newRow("minor beats patch")
            << QStringLiteral("1.9.99") << QStringLiteral("1.10") << -1;
        QTest::newRow("major") << QStringLiteral("2") << QStringLiteral("1.99.99") << 1;
        QTest::newRow("longer newer") << QStringLiteral("1.4.2.1") << QStringLiteral("1.4.2") << 1;
        QTest::newRow("leading zero") << QStringLiteral("1.04") << QStringLiteral("1.4") << 0;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(ReleaseClient::compareVersions(a, b), expected);
        QCOMPARE(ReleaseClient::compareVersions(b, a), -expected);
    }

    void idleUntilStarted()
    {
        ReleaseClient client;
        QVERIFY(!client.isActive());
        QVERIFY(!client.currentVersion().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseClient)
#include "tst_releaseclient.moc"
