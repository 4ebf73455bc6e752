// A program built with an address (cmake -DEHB_DEFAULT_SERVER_URL=...) uses it when nobody set
// another. This test compiles clientsettings.cpp itself, through the same CMake function as the
// client library, with https://example.invalid built in.
#include "client/clientsettings.h"
#include "managedsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ehb;

class TestBuiltInServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_managed.isValid()); }

    void usedWhenNothingElseIsSet()
    {
        QTemporaryDir dir;
        ClientSettings settings(dir.path());
        QCOMPARE(settings.builtInServerUrl(), QStringLiteral("https://example.invalid"));
        QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://example.invalid")));
        QCOMPARE(settings.server().source, ClientSettings::ServerSource::BuiltIn);
    }

    void theUsersAddressComesFirst()
    {
        QTemporaryDir dir;
        ClientSettings settings(dir.path());
        settings.setServerUrl(QUrl(QStringLiteral("https://mine.example.be")));
        QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://mine.example.be")));
    }

private:
    // No managed setting from the machine the test runs on.
    test::ManagedSettings m_managed;
};

QTEST_GUILESS_MAIN(TestBuiltInServer)
#include "tst_builtinserver.moc"
