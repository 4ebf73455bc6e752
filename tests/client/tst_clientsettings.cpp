// Where the collection server address comes from: the administrator's managed setting, the
// user's, the address built into the program, or none; and which addresses are refused. The
// first-start welcome's answer, kept with the other settings, also when given to an earlier
// version (first-start.ini).
#include "client/clientsettings.h"
#include "managedsettings.h"
#include "net/serveraddress.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;

Q_DECLARE_METATYPE(ehb::ClientSettings::ServerSource)

using Source = ClientSettings::ServerSource;

class TestClientSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resolutionOrder_data();
    void resolutionOrder();
    void onlyHttpsBeyondThisComputer_data();
    void onlyHttpsBeyondThisComputer();
    void configuredDefaultReachesTheProgram();
    void noAddressAtAll();
    void managedSettingWins();
    void managedPlainHttpIsRefused();
    void clearingTheUserAddress();
    void welcomeAnsweredIsKept();
    void welcomeAnsweredMovesFromTheOldFile_data();
    void welcomeAnsweredMovesFromTheOldFile();

private:
    // Before any settings are read: the system-wide ones come from a temporary folder.
    test::ManagedSettings m_managed;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientSettings::initTestCase()
{
    QVERIFY(m_managed.isValid());
}

void TestClientSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientSettings::cleanup()
{
    m_managed.clear();
}

void TestClientSettings::resolutionOrder_data()
{
    QTest::addColumn<QString>("managed");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("builtIn");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Source>("source");
    QTest::addColumn<int>("problems");

    const QString managed = QStringLiteral("https://managed.example.be/");
    const QString user = QStringLiteral("https://user.example.be/");
    const QString builtIn = QStringLiteral("https://built-in.example.be/");
    const QString remoteHttp = QStringLiteral("http://bugs.example.be/");
    QTest::newRow("none") << QString() << QString() << QString() << QString() << Source::None << 0;
    QTest::newRow("built-in only")
        << QString() << QString() << builtIn << builtIn << Source::BuiltIn << 0;
    QTest::newRow("user over built-in")
        << QString() << user << builtIn << user << Source::User << 0;
    QTest::newRow("managed over user")
        << managed << user << builtIn << managed << Source::Managed << 0;
    QTest::newRow("managed, nothing else")
        << managed << QString() << QString() << managed << Source::Managed << 0;
    QTest::newRow("blank user") << QString() << QStringLiteral("  ") << builtIn << builtIn
                                << Source::BuiltIn << 0;
    QTest::newRow("managed plain http refused")
        << remoteHttp << user << builtIn << user << Source::User << 1;
    QTest::newRow("user plain http refused")
        << QString() << remoteHttp << builtIn << builtIn << Source::BuiltIn << 1;
    QTest::newRow("all refused") << remoteHttp << QStringLiteral("ftp://x.example.be")
                                 << QStringLiteral("not an address") << QString() << Source::None
                                 << 3;
    QTest::newRow("loopback http for development")
        << QString() << QStringLiteral("http://127.0.0.1:8080") << builtIn
        << QStringLiteral("http://127.0.0.1:8080") << Source::User << 0;
}

void TestClientSettings::resolutionOrder()
{
    QFETCH(QString, managed);
    QFETCH(QString, user);
    QFETCH(QString, builtIn);
    QFETCH(QString, expected);
    QFETCH(Source, source);
    QFETCH(int, problems);
    const ClientSettings::ServerChoice choice =
        ClientSettings::chooseServer(managed, user, builtIn);
    QCOMPARE(choice.url, expected.isEmpty() ? QUrl() : QUrl(expected));
    QCOMPARE(choice.source, source);
    QCOMPARE(choice.problems.size(), problems);

    // The same through the settings object, with the built-in address injected.
    if (!managed.isEmpty())
        QVERIFY(m_managed.setServerUrl(managed));
    ClientSettings settings(m_dir->path());
    settings.setBuiltInServerUrl(builtIn);
    if (!user.isEmpty())
        settings.setServerUrl(QUrl(user));
    QCOMPARE(settings.serverUrl(), choice.url);
    QCOMPARE(settings.server().source, source);
    QCOMPARE(settings.serverUrlManaged(), source == Source::Managed);
}

void TestClientSettings::onlyHttpsBeyondThisComputer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://bugs.example.be/ehb") << true;
    QTest::newRow("https ip") << QStringLiteral("https://192.0.2.7:8443") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << true;
    QTest::newRow("http 127.4.5.6") << QStringLiteral("http://127.4.5.6/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("http name") << QStringLiteral("http://bugs.example.be") << false;
    QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.10:8080") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.be") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("http other v6") << QStringLiteral("http://[2001:db8::1]/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("words") << QStringLiteral("bugs dot example") << false;
}

void TestClientSettings::onlyHttpsBeyondThisComputer()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QCOMPARE(ServerAddress::isAllowed(QUrl(address)), allowed);
    const Result<QUrl> parsed = ServerAddress::parse(address, QStringLiteral("--server"));
    QCOMPARE(parsed.ok(), allowed);
    if (!allowed)
        QVERIFY2(parsed.error().startsWith(QLatin1String("--server: ")),
                 qPrintable(parsed.error()));
}

void TestClientSettings::configuredDefaultReachesTheProgram()
{
    // The value given to CMake (EHB_DEFAULT_SERVER_URL) is the one the client library has.
    QCOMPARE(ClientSettings(m_dir->path()).builtInServerUrl(),
             QStringLiteral(EHB_EXPECTED_DEFAULT_SERVER_URL));
}

void TestClientSettings::noAddressAtAll()
{
    ClientSettings settings(m_dir->path());
    settings.setBuiltInServerUrl({});
    QVERIFY(settings.serverUrl().isEmpty());
    QCOMPARE(settings.server().source, Source::None);
    QVERIFY(settings.server().problems.isEmpty());
}

void TestClientSettings::managedSettingWins()
{
    QVERIFY(m_managed.setServerUrl(QStringLiteral("https://gbo.example.be/collect")));
    ClientSettings settings(m_dir->path());
    settings.setServerUrl(QUrl(QStringLiteral("https://mine.example.be")));
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://gbo.example.be/collect")));
    QVERIFY(settings.serverUrlManaged());
    // The user's own address is kept, for when the administrator's goes away.
    QCOMPARE(settings.userServerUrl(), QStringLiteral("https://mine.example.be"));
}

void TestClientSettings::managedPlainHttpIsRefused()
{
    QVERIFY(m_managed.setServerUrl(QStringLiteral("http://bugs.practice.lan:8080")));
    ClientSettings settings(m_dir->path());
    settings.setBuiltInServerUrl({});
    QCOMPARE(settings.managedServerUrl(), QStringLiteral("http://bugs.practice.lan:8080"));
    QVERIFY(settings.serverUrl().isEmpty());
    QVERIFY(!settings.serverUrlManaged());
    const QStringList problems = settings.server().problems;
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().startsWith(
                 QLatin1String("Server address set by your practice's administrator: ")),
             qPrintable(problems.constFirst()));
    QVERIFY2(problems.constFirst().contains(QLatin1String("https://")),
             qPrintable(problems.constFirst()));
}

void TestClientSettings::clearingTheUserAddress()
{
    ClientSettings settings(m_dir->path());
    settings.setBuiltInServerUrl(QStringLiteral("https://built-in.example.be"));
    settings.setServerUrl(QUrl(QStringLiteral("https://mine.example.be")));
    QCOMPARE(settings.server().source, Source::User);
    settings.setServerUrl(QUrl());
    QCOMPARE(settings.userServerUrl(), QString());
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("https://built-in.example.be")));
}

void TestClientSettings::welcomeAnsweredIsKept()
{
    {
        ClientSettings settings(m_dir->path());
        QVERIFY(!settings.welcomeAnswered());
        settings.setWelcomeAnswered();
        QVERIFY(settings.welcomeAnswered());
    }
    // With the other settings, not in a file of its own.
    QVERIFY(ClientSettings(m_dir->path()).welcomeAnswered());
    QVERIFY(QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                .value(QStringLiteral("welcome/answered"))
                .toBool());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("first-start.ini"))));
}

void TestClientSettings::welcomeAnsweredMovesFromTheOldFile_data()
{
    QTest::addColumn<QByteArray>("oldFile"); // empty: none
    QTest::addColumn<bool>("answered");
    QTest::newRow("answered") << QByteArray("[welcome]\nanswered=true\n") << true;
    QTest::newRow("no answer in it") << QByteArray("[welcome]\n") << false;
    QTest::newRow("no old file") << QByteArray() << false;
}

// Someone who answered the welcome before it moved into the settings is not welcomed again
// after the update: the old file is read once, its answer kept in the settings, the file removed.
void TestClientSettings::welcomeAnsweredMovesFromTheOldFile()
{
    QFETCH(QByteArray, oldFile);
    QFETCH(bool, answered);
    const QString oldPath = m_dir->filePath(QStringLiteral("first-start.ini"));
    if (!oldFile.isEmpty()) {
        QFile file(oldPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(oldFile), oldFile.size());
    }
    QCOMPARE(ClientSettings(m_dir->path()).welcomeAnswered(), answered);
    if (!answered)
        return;
    QVERIFY(!QFile::exists(oldPath));
    QVERIFY(QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                .value(QStringLiteral("welcome/answered"))
                .toBool());
    QVERIFY(ClientSettings(m_dir->path()).welcomeAnswered());
}

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_clientsettings.moc"
