// The command line and database URL parsing of ehealthbugs-server, without starting anything.
#include "server/cli/serveroptions.h"
#include "server/storage/databaseurl.h"

#include <QDir>
#include <QTest>

using namespace ehb::server;
using namespace Qt::StringLiterals;

class TestServerOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto options = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(options.ok());
        QCOMPARE(options->command, ServerOptions::Command::Serve);
        QCOMPARE(options->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options->port, quint16(8080));
        QCOMPARE(options->maxBodyBytes, qint64(64 * 1024));
        QVERIFY(options->database.isEmpty());
    }

    void serveFlags()
    {
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--listen=0.0.0.0:9000"_s, u"--database"_s,
             u"sqlite:/tmp/x.sqlite"_s, u"--max-body"_s, u"1024"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(options->port, quint16(9000));
        QCOMPARE(options->database, u"sqlite:/tmp/x.sqlite"_s);
        QCOMPARE(options->maxBodyBytes, qint64(1024));
    }

    void limitFlags()
    {
        const auto defaults = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QCOMPARE(defaults->limits.maxHeaderBytes, qint64(16 * 1024));
        QCOMPARE(defaults->limits.maxUrlBytes, qint64(8 * 1024));
        QCOMPARE(defaults->limits.idleTimeout, std::chrono::seconds(60));
        QCOMPARE(defaults->limits.requestTimeout, std::chrono::seconds(30));
        QCOMPARE(defaults->limits.maxConnections, 1000);
        QCOMPARE(defaults->limits.headTimeout, std::chrono::seconds(10));
        QCOMPARE(defaults->limits.maxConnectionsPerAddress, 64);
        QCOMPARE(defaults->limits.installationRate, (RateLimit{60, 1}));
        QCOMPARE(defaults->limits.addressRate, (RateLimit{600, 20}));
        QVERIFY(defaults->limits.trustedProxies.isEmpty());

        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--max-header-bytes=4096"_s,
             u"--max-url-bytes"_s, u"2048"_s, u"--idle-timeout=5"_s, u"--request-timeout=7"_s,
             u"--max-connections=50"_s, u"--rate-installation=10/0.5"_s, u"--rate-address=off"_s,
             u"--trusted-proxy=10.0.0.0/8, 192.0.2.1"_s, u"--trusted-proxy"_s, u"::1"_s,
             u"--head-timeout=3"_s, u"--max-connections-per-address"_s, u"8"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        const ServerLimits &limits = options->limits;
        QCOMPARE(limits.maxHeaderBytes, qint64(4096));
        QCOMPARE(limits.maxUrlBytes, qint64(2048));
        QCOMPARE(limits.idleTimeout, std::chrono::seconds(5));
        QCOMPARE(limits.requestTimeout, std::chrono::seconds(7));
        QCOMPARE(limits.maxConnections, 50);
        QCOMPARE(limits.headTimeout, std::chrono::seconds(3));
        QCOMPARE(limits.maxConnectionsPerAddress, 8);
        QCOMPARE(limits.installationRate, (RateLimit{10, 0.5}));
        QVERIFY(!limits.addressRate.enabled());
        QCOMPARE(limits.trustedProxies, (QList<Subnet>{{QHostAddress(u"10.0.0.0"_s), 8},
                                                       {QHostAddress(u"192.0.2.1"_s), 32},
                                                       {QHostAddress(u"::1"_s), 128}}));
    }

    // 0 turns the cap per address off.
    void connectionsPerAddressOff()
    {
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--max-connections-per-address=0"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->limits.maxConnectionsPerAddress, 0);
    }

    // Every bad value is refused with a message that names the flag.
    void limitErrors_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::newRow("header bytes too small") << u"--max-header-bytes"_s << u"100"_s;
        QTest::newRow("header bytes not a number") << u"--max-header-bytes"_s << u"16k"_s;
        QTest::newRow("url bytes too big") << u"--max-url-bytes"_s << u"99999999"_s;
        QTest::newRow("idle zero") << u"--idle-timeout"_s << u"0"_s;
        QTest::newRow("idle fraction") << u"--idle-timeout"_s << u"1.5"_s;
        QTest::newRow("request negative") << u"--request-timeout"_s << u"-1"_s;
        QTest::newRow("connections zero") << u"--max-connections"_s << u"0"_s;
        QTest::newRow("connections empty") << u"--max-connections"_s << QString();
        QTest::newRow("head zero") << u"--head-timeout"_s << u"0"_s;
        QTest::newRow("head too long") << u"--head-timeout"_s << u"3601"_s;
        QTest::newRow("head words") << u"--head-timeout"_s << u"ten"_s;
        QTest::newRow("per address negative") << u"--max-connections-per-address"_s << u"-1"_s;
        QTest::newRow("per address too many") << u"--max-connections-per-address"_s << u"1000001"_s;
        QTest::newRow("per address fraction") << u"--max-connections-per-address"_s << u"6.4"_s;
        QTest::newRow("rate without slash") << u"--rate-installation"_s << u"60"_s;
        QTest::newRow("rate zero burst") << u"--rate-installation"_s << u"0/1"_s;
        QTest::newRow("rate zero refill") << u"--rate-address"_s << u"10/0"_s;
        QTest::newRow("rate negative") << u"--rate-address"_s << u"10/-2"_s;
        QTest::newRow("rate nan") << u"--rate-address"_s << u"10/nan"_s;
        QTest::newRow("rate words") << u"--rate-address"_s << u"many/often"_s;
        QTest::newRow("proxy host name") << u"--trusted-proxy"_s << u"proxy.example"_s;
        QTest::newRow("proxy bits") << u"--trusted-proxy"_s << u"10.0.0.0/40"_s;
        QTest::newRow("proxy empty item") << u"--trusted-proxy"_s << u"10.0.0.1,"_s;
    }
    void limitErrors()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s, flag + u'=' + value});
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(flag), qPrintable(options.error()));
        // Limits are for serve only.
        QVERIFY(!ServerOptions::parse({u"ehealthbugs-server"_s, u"migrate"_s, flag, u"1"_s}).ok());
    }

    // --holiday: dates YYYY-MM-DD, repeated or in a comma list, each kept once in the order
    // given; serve only.
    void holidays()
    {
        const auto none = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(none->holidays.isEmpty());
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"--holiday=2025-07-11"_s, u"serve"_s, u"--holiday"_s,
             u"2025-09-27, 2025-07-11,2026-07-11"_s, u"--holiday=2025-05-02"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->holidays, (QList<QDate>{QDate(2025, 7, 11), QDate(2025, 9, 27),
                                                  QDate(2026, 7, 11), QDate(2025, 5, 2)}));
        QVERIFY(!ServerOptions::parse(
                     {u"ehealthbugs-server"_s, u"migrate"_s, u"--holiday=2025-07-11"_s})
                     .ok());
        QVERIFY(!ServerOptions::parse(
                     {u"ehealthbugs-server"_s, u"token"_s, u"list"_s, u"--holiday=2025-07-11"_s})
                     .ok());
    }

    // The official status page: off by default; serve only.
    void officialFlags()
    {
        const auto none = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(none->officialStatus.isEmpty());
        QCOMPARE(none->officialInterval, 60);
        QVERIFY(none->officialMapFile.isEmpty());
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s,
             u"--official-status=https://status.ehealth.fgov.be/nl/api/components/prod"_s,
             u"--official-interval"_s, u"1"_s, u"--official-map"_s, u"/etc/map.json"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->officialStatus,
                 QUrl(u"https://status.ehealth.fgov.be/nl/api/components/prod"_s));
        QCOMPARE(options->officialInterval, 1);
        QCOMPARE(options->officialMapFile, u"/etc/map.json"_s);
        const auto off = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s,
                                               u"--official-status=http://127.0.0.1:9/x"_s,
                                               u"--official-status"_s, u"off"_s});
        QVERIFY(off.ok());
        QVERIFY(off->officialStatus.isEmpty());
        QVERIFY(!ServerOptions::parse(
                     {u"ehealthbugs-server"_s, u"migrate"_s, u"--official-status=off"_s})
                     .ok());
    }

    // The official status page, the app update and the public page options: a bad value is
    // refused, naming the option.
    void valueErrors_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::newRow("no scheme") << u"--official-status"_s << u"status.ehealth.fgov.be"_s;
        QTest::newRow("ftp") << u"--official-status"_s << u"ftp://status.ehealth.fgov.be/x"_s;
        QTest::newRow("no host") << u"--official-status"_s << u"https:///x"_s;
        QTest::newRow("empty url") << u"--official-status"_s << QString();
        QTest::newRow("interval zero") << u"--official-interval"_s << u"0"_s;
        QTest::newRow("interval words") << u"--official-interval"_s << u"1m"_s;
        QTest::newRow("interval a year") << u"--official-interval"_s << u"31536000"_s;
        QTest::newRow("map empty") << u"--official-map"_s << QString();
        QTest::newRow("version empty") << u"--client-latest"_s << QString();
        QTest::newRow("version words") << u"--client-latest"_s << u"latest"_s;
        QTest::newRow("version v") << u"--client-latest"_s << u"v1.4.2"_s;
        QTest::newRow("version suffix") << u"--client-latest"_s << u"1.4.2-beta"_s;
        QTest::newRow("version trailing dot") << u"--client-latest"_s << u"1.4."_s;
        QTest::newRow("version double dot") << u"--client-latest"_s << u"1..2"_s;
        QTest::newRow("version negative") << u"--client-latest"_s << u"-1.4"_s;
        QTest::newRow("version space") << u"--client-latest"_s << u"1.4 "_s;
        QTest::newRow("version five parts") << u"--client-latest"_s << u"1.2.3.4.5"_s;
        QTest::newRow("url empty") << u"--client-download"_s << QString();
        QTest::newRow("url no scheme") << u"--client-download"_s << u"www.example.be/app"_s;
        QTest::newRow("url plain http") << u"--client-download"_s << u"http://www.example.be/app"_s;
        QTest::newRow("url http lan") << u"--client-download"_s << u"http://192.168.1.10/app"_s;
        QTest::newRow("url ftp") << u"--client-download"_s << u"ftp://www.example.be/app"_s;
        QTest::newRow("url no host") << u"--client-download"_s << u"https:///app"_s;
        QTest::newRow("url file") << u"--client-download"_s << u"file:///tmp/app"_s;
        QTest::newRow("page yes") << u"--public-page"_s << u"yes"_s;
        QTest::newRow("page empty") << u"--public-page"_s << QString();
        QTest::newRow("cache zero") << u"--public-cache"_s << u"0"_s;
        QTest::newRow("cache over an hour") << u"--public-cache"_s << u"3601"_s;
        QTest::newRow("cache negative") << u"--public-cache"_s << u"-5"_s;
        QTest::newRow("cache words") << u"--public-cache"_s << u"5s"_s;
        QTest::newRow("cache empty") << u"--public-cache"_s << QString();
    }
    void valueErrors()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s, flag + u'=' + value});
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(flag), qPrintable(options.error()));
    }

    // The current app version and where to get it: none by default; serve only.
    void clientFlags()
    {
        const auto none = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(none->client.latest.isEmpty());
        QVERIFY(none->client.download.isEmpty());
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--client-latest"_s, u"1.4.2"_s,
             u"--client-download=https://www.example.be/ehealthbugs/download"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->client.latest, u"1.4.2"_s);
        QCOMPARE(options->client.download, QUrl(u"https://www.example.be/ehealthbugs/download"_s));
        for (const QString &url :
             {u"http://127.0.0.1:8080/app"_s, u"http://localhost/app"_s, u"http://[::1]:9/app"_s}) {
            const auto local = ServerOptions::parse(
                {u"ehealthbugs-server"_s, u"serve"_s, u"--client-download"_s, url});
            QVERIFY2(local.ok(), qPrintable(url));
            QCOMPARE(local->client.download, QUrl(url));
        }
        for (const QString &version : {u"2"_s, u"1.10"_s, u"10.0.3.1"_s})
            QVERIFY2(ServerOptions::parse(
                         {u"ehealthbugs-server"_s, u"serve"_s, u"--client-latest="_s + version})
                         .ok(),
                     qPrintable(version));
        QVERIFY(!ServerOptions::parse(
                     {u"ehealthbugs-server"_s, u"migrate"_s, u"--client-latest=1.4.2"_s})
                     .ok());
    }

    // The public status page: on, 5 s, by default; serve only.
    void publicFlags()
    {
        const auto none = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(none->publicPage.enabled);
        QCOMPARE(none->publicPage.cacheAge, std::chrono::milliseconds(5000));
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s, u"--public-page"_s, u"OFF"_s,
                                  u"--public-cache=30"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QVERIFY(!options->publicPage.enabled);
        QCOMPARE(options->publicPage.cacheAge, std::chrono::milliseconds(30000));
        const auto on = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--public-page=off"_s, u"--public-page=on"_s});
        QVERIFY(on->publicPage.enabled);
        QVERIFY(
            !ServerOptions::parse({u"ehealthbugs-server"_s, u"migrate"_s, u"--public-page=off"_s})
                 .ok());
    }

    void officialImport()
    {
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"official"_s, u"import"_s,
                                  u"history.csv"_s, u"--database=sqlite:/tmp/x.sqlite"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->command, ServerOptions::Command::OfficialImport);
        QCOMPARE(options->importFile, u"history.csv"_s);
        for (const QStringList &wrong :
             {QStringList{u"official"_s}, QStringList{u"official"_s, u"import"_s},
              QStringList{u"official"_s, u"export"_s, u"x.csv"_s},
              QStringList{u"official"_s, u"import"_s, u"a.csv"_s, u"b.csv"_s},
              QStringList{u"official"_s, u"import"_s, u"a.csv"_s, u"--threads=2"_s}}) {
            const auto refused = ServerOptions::parse(QStringList{u"ehealthbugs-server"_s} + wrong);
            QVERIFY2(!refused.ok(), qPrintable(wrong.join(u' ')));
        }
    }

    void holidayErrors_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named"); // the part of the value the message quotes
        QTest::newRow("no such month") << u"2025-13-01"_s << u"2025-13-01"_s;
        QTest::newRow("no such day") << u"2025-02-29"_s << u"2025-02-29"_s;
        QTest::newRow("short year") << u"25-07-11"_s << u"25-07-11"_s;
        QTest::newRow("no leading zeros") << u"2025-7-11"_s << u"2025-7-11"_s;
        QTest::newRow("day first") << u"11-07-2025"_s << u"11-07-2025"_s;
        QTest::newRow("a time") << u"2025-07-11T00:00:00Z"_s << u"2025-07-11T00:00:00Z"_s;
        QTest::newRow("a word") << u"tomorrow"_s << u"tomorrow"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("empty item") << u"2025-07-11,"_s << QString();
        QTest::newRow("bad second item") << u"2025-07-11,2025-07-32"_s << u"2025-07-32"_s;
    }
    void holidayErrors()
    {
        QFETCH(QString, value);
        QFETCH(QString, named);
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s, u"--holiday="_s + value});
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(u"--holiday"_s), qPrintable(options.error()));
        QVERIFY2(options.error().contains(u'"' + named + u'"'), qPrintable(options.error()));
    }

    // --impact-hourly-value: euros above 0 with at most two decimals; no default; serve only.
    void impactHourlyValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("whole") << u"60"_s << 60.0;
        QTest::newRow("cents") << u"62.50"_s << 62.5;
        QTest::newRow("one decimal") << u"0.5"_s << 0.5;
        QTest::newRow("the most") << u"10000"_s << 10000.0;
    }
    void impactHourlyValue()
    {
        QFETCH(QString, value);
        QFETCH(double, expected);
        const auto none = ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s});
        QVERIFY(!none->impactHourlyValue);
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"serve"_s, u"--impact-hourly-value"_s, value});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->impactHourlyValue, std::optional<double>(expected));
        QVERIFY(!ServerOptions::parse(
                     {u"ehealthbugs-server"_s, u"migrate"_s, u"--impact-hourly-value=60"_s})
                     .ok());
    }

    void impactHourlyValueErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must quote
        QTest::newRow("negative") << QStringList{u"--impact-hourly-value=-60"_s} << u"\"-60\""_s;
        QTest::newRow("zero") << QStringList{u"--impact-hourly-value=0"_s} << u"\"0\""_s;
        QTest::newRow("word") << QStringList{u"--impact-hourly-value=cheap"_s} << u"\"cheap\""_s;
        QTest::newRow("comma") << QStringList{u"--impact-hourly-value=62,50"_s} << u"\"62,50\""_s;
        QTest::newRow("three decimals")
            << QStringList{u"--impact-hourly-value=1.005"_s} << u"\"1.005\""_s;
        QTest::newRow("exponent") << QStringList{u"--impact-hourly-value=6e1"_s} << u"\"6e1\""_s;
        QTest::newRow("too much") << QStringList{u"--impact-hourly-value=10000.01"_s}
                                  << u"\"10000.01\""_s;
        QTest::newRow("empty") << QStringList{u"--impact-hourly-value="_s} << u"\"\""_s;
        QTest::newRow("missing value") << QStringList{u"--impact-hourly-value"_s} << u"needs"_s;
    }
    void impactHourlyValueErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const auto options =
            ServerOptions::parse(QStringList{u"ehealthbugs-server"_s, u"serve"_s} + arguments);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(u"--impact-hourly-value"_s), qPrintable(options.error()));
        QVERIFY2(options.error().contains(named), qPrintable(options.error()));
    }

    void helpAndVersionWin()
    {
        const QString program = u"ehealthbugs-server"_s;
        QCOMPARE(ServerOptions::parse({program, u"serve"_s, u"--help"_s})->command,
                 ServerOptions::Command::Help);
        QCOMPARE(ServerOptions::parse({program, u"--version"_s})->command,
                 ServerOptions::Command::Version);
        for (const QString &flag :
             {u"--max-body"_s, u"--max-url-bytes"_s, u"--max-header-bytes"_s, u"--idle-timeout"_s,
              u"--head-timeout"_s, u"--request-timeout"_s, u"--max-connections"_s,
              u"--max-connections-per-address"_s, u"--rate-installation"_s, u"--rate-address"_s,
              u"--trusted-proxy"_s, u"--holiday"_s, u"--client-latest"_s, u"--client-download"_s,
              u"--public-page"_s, u"--public-cache"_s})
            QVERIFY2(ServerOptions::helpText().contains(flag), qPrintable(flag));
        QVERIFY(ServerOptions::helpText().contains(u"default 600/20"_s));
        QVERIFY(ServerOptions::helpText().contains(u"default 64; else closed unanswered"_s));
        QVERIFY(ServerOptions::helpText().contains(u"(default 10; else 408)"_s));
        QCOMPARE(ServerOptions::versionText(), u"ehealthbugs-server " EHB_VERSION ""_s);
    }

    void listen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << true << u"127.0.0.1"_s << 8080;
        QTest::newRow("any port") << u"127.0.0.1:0"_s << true << u"127.0.0.1"_s << 0;
        QTest::newRow("ipv6") << u"[::1]:443"_s << true << u"::1"_s << 443;
        QTest::newRow("localhost") << u"localhost:80"_s << true << u"127.0.0.1"_s << 80;
        QTest::newRow("no port") << u"127.0.0.1"_s << false << QString() << 0;
        QTest::newRow("port too big") << u"127.0.0.1:65536"_s << false << QString() << 0;
        QTest::newRow("negative port") << u"127.0.0.1:-1"_s << false << QString() << 0;
        QTest::newRow("bad address") << u"300.0.0.1:80"_s << false << QString() << 0;
        QTest::newRow("host name") << u"example.org:80"_s << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
    }
    void listen()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto parsed = ServerOptions::parseListen(text);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QVERIFY(!parsed.error().isEmpty());
            return;
        }
        QCOMPARE(parsed->first, QHostAddress(address));
        QCOMPARE(int(parsed->second), port);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"start"_s};
        QTest::newRow("unknown flag") << QStringList{u"serve"_s, u"--verbose"_s};
        QTest::newRow("flag without value") << QStringList{u"serve"_s, u"--database"_s};
        QTest::newRow("empty database") << QStringList{u"serve"_s, u"--database="_s};
        QTest::newRow("max body zero") << QStringList{u"serve"_s, u"--max-body=0"_s};
        QTest::newRow("max body huge") << QStringList{u"serve"_s, u"--max-body=999999999999"_s};
        QTest::newRow("listen on migrate")
            << QStringList{u"migrate"_s, u"--listen"_s, u"127.0.0.1:1"_s};
        QTest::newRow("extra argument") << QStringList{u"serve"_s, u"now"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(u"ehealthbugs-server"_s);
        const auto options = ServerOptions::parse(arguments);
        QVERIFY(!options.ok());
        QVERIFY(!options.error().isEmpty());
    }

    // QCommandLineParser would take these ("--" ends its options, "-" is an argument, "--h"
    // and "-hh" mean -h); the server refuses them, naming the argument as written.
    void strictSpelling_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("end of options")
            << QStringList{u"token"_s, u"create"_s, u"--"_s, u"-x"_s} << u"--"_s;
        QTest::newRow("lone dash") << QStringList{u"token"_s, u"create"_s, u"-"_s} << u"-"_s;
        QTest::newRow("long h") << QStringList{u"--h"_s} << u"--h"_s;
        QTest::newRow("clustered h") << QStringList{u"-hh"_s} << u"-hh"_s;
        QTest::newRow("value on -h") << QStringList{u"-h=1"_s} << u"-h"_s;
        QTest::newRow("value on --help") << QStringList{u"--help=yes"_s} << u"--help"_s;
        QTest::newRow("value on --version") << QStringList{u"--version="_s} << u"--version"_s;
        QTest::newRow("single-dash long")
            << QStringList{u"serve"_s, u"-listen"_s, u"127.0.0.1:1"_s} << u"-listen"_s;
        QTest::newRow("unknown with value")
            << QStringList{u"serve"_s, u"--port=80"_s} << u"--port"_s;
    }
    void strictSpelling()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const auto options = ServerOptions::parse(QStringList{u"ehealthbugs-server"_s} + arguments);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(u'"' + named + u'"'), qPrintable(options.error()));
    }

    // The first mistake from the left is the one reported; a value is taken as written, even
    // when it starts with a dash.
    void firstMistake_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("notNamed");
        QTest::newRow("bad value, then unknown option")
            << QStringList{u"serve"_s, u"--max-body=lots"_s, u"--verbose"_s} << u"--max-body"_s
            << u"--verbose"_s;
        QTest::newRow("unknown option, then bad value")
            << QStringList{u"serve"_s, u"--verbose"_s, u"--max-body=lots"_s} << u"--verbose"_s
            << u"--max-body"_s;
        QTest::newRow("bad value, then missing value")
            << QStringList{u"serve"_s, u"--threads=0"_s, u"--database"_s} << u"--threads"_s
            << u"--database"_s;
        QTest::newRow("bad value, then wrong command")
            << QStringList{u"migrate"_s, u"--listen=bad"_s} << u"--listen needs"_s << u"migrate"_s;
        QTest::newRow("dash value") << QStringList{u"serve"_s, u"--sla-target"_s, u"-1"_s}
                                    << u"--sla-target"_s << u"Unknown"_s;
    }

    // A URL given by mistake as another option's value is quoted without its password.
    void misplacedUrlHidesItsPassword()
    {
        const auto options =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"serve"_s, u"--stats-zone"_s,
                                  u"--database=postgresql://ehb:s3cret-word@db.example/ehb"_s});
        QVERIFY(!options);
        QVERIFY2(options.error().contains(u"--stats-zone"_s), qPrintable(options.error()));
        QVERIFY2(!options.error().contains(u"s3cret-word"_s), qPrintable(options.error()));
        QVERIFY2(options.error().contains(u"db.example"_s), qPrintable(options.error()));
    }
    void firstMistake()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QFETCH(QString, notNamed);
        const auto options = ServerOptions::parse(QStringList{u"ehealthbugs-server"_s} + arguments);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(named), qPrintable(options.error()));
        QVERIFY2(!options.error().contains(notNamed), qPrintable(options.error()));
    }

    // Options may come before the command; a repeated option's last value wins, except for
    // --stats-zone and --trusted-proxy, which add up.
    void optionsAnywhereAndRepeated()
    {
        const auto options = ServerOptions::parse(
            {u"ehealthbugs-server"_s, u"--listen=127.0.0.1:1"_s, u"--stats-zone"_s,
             u"Europe/Brussels"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:2"_s,
             u"--stats-zone=America/New_York"_s, u"--stats-zone=Europe/Brussels"_s});
        QVERIFY2(options.ok(), qPrintable(options.error()));
        QCOMPARE(options->command, ServerOptions::Command::Serve);
        QCOMPARE(options->port, quint16(2));
        QCOMPARE(options->statsZones,
                 (QList<QTimeZone>{QTimeZone("Europe/Brussels"), QTimeZone("America/New_York")}));
        const auto token =
            ServerOptions::parse({u"ehealthbugs-server"_s, u"--database=sqlite:a"_s, u"token"_s,
                                  u"revoke"_s, u"--database"_s, u"sqlite:b"_s, u"ci"_s});
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QCOMPARE(token->command, ServerOptions::Command::TokenRevoke);
        QCOMPARE(token->tokenName, u"ci"_s);
        QCOMPARE(token->database, u"sqlite:b"_s);
    }

    void databaseUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("sqlitePath"); // empty: not SQLite
        QTest::newRow("short") << u"sqlite:/var/lib/ehb/server.sqlite"_s << true
                               << u"/var/lib/ehb/server.sqlite"_s;
        QTest::newRow("url form") << u"sqlite:///var/lib/ehb/server.sqlite"_s << true
                                  << u"/var/lib/ehb/server.sqlite"_s;
        QTest::newRow("relative") << u"sqlite:data/x.sqlite"_s << true
                                  << QDir::current().absoluteFilePath(u"data/x.sqlite"_s);
        QTest::newRow("postgresql") << u"postgresql://ehb:secret@db/ehb"_s << true << QString();
        QTest::newRow("host") << u"sqlite://host/x"_s << false << QString();
        QTest::newRow("no path") << u"sqlite:"_s << false << QString();
        QTest::newRow("other scheme") << u"mysql://db/ehb"_s << false << QString();
        QTest::newRow("plain path") << u"/var/lib/x.sqlite"_s << false << QString();
    }
    void databaseUrl()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, sqlitePath);
        const auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), valid);
        if (!valid)
            return;
        QCOMPARE(url->kind,
                 sqlitePath.isEmpty() ? DatabaseUrl::Kind::Postgresql : DatabaseUrl::Kind::Sqlite);
        QCOMPARE(url->sqlitePath, sqlitePath);
        QVERIFY(!url->redacted().contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
