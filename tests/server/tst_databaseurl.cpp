#include "server/storage/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ehb::server::DatabaseUrl;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private slots:
    void postgresql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("connectOptions");
        QTest::addColumn<QString>("redacted");

        QTest::newRow("full") << u"postgresql://ehb:secret@db.example.org:5433/reports"_s
                              << u"db.example.org"_s << 5433 << u"ehb"_s << u"secret"_s
                              << u"reports"_s << QString()
                              << u"postgresql://ehb:***@db.example.org:5433/reports"_s;
        QTest::newRow("short scheme")
            << u"postgres://ehb@db/reports"_s << u"db"_s << -1 << u"ehb"_s << QString()
            << u"reports"_s << QString() << u"postgresql://ehb@db/reports"_s;
        QTest::newRow("scheme in capitals")
            << u"PostgreSQL://db/reports"_s << u"db"_s << -1 << QString() << QString()
            << u"reports"_s << QString() << u"postgresql://db/reports"_s;
        QTest::newRow("only a database")
            << u"postgresql:///reports"_s << QString() << -1 << QString() << QString()
            << u"reports"_s << QString() << u"postgresql:///reports"_s;
        QTest::newRow("socket in the query")
            << u"postgresql:///ehb?host=/var/run/postgresql"_s << u"/var/run/postgresql"_s << -1
            << QString() << QString() << u"ehb"_s << QString()
            << u"postgresql:///ehb?host=/var/run/postgresql"_s;
        QTest::newRow("socket percent-encoded as host")
            << u"postgresql://%2Fvar%2Frun%2Fpostgresql/ehb"_s << u"/var/run/postgresql"_s << -1
            << QString() << QString() << u"ehb"_s << QString()
            << u"postgresql:///ehb?host=/var/run/postgresql"_s;
        QTest::newRow("socket, lower-case escapes, port")
            << u"postgresql://ehb@%2ftmp%2fpg:5433/ehb"_s << u"/tmp/pg"_s << 5433 << u"ehb"_s
            << QString() << u"ehb"_s << QString()
            << u"postgresql://ehb@/ehb?host=/tmp/pg&port=5433"_s;
        QTest::newRow("socket with user and port in the query")
            << u"postgresql://ehb@/ehb_test?host=/build/pg&port=6000"_s << u"/build/pg"_s << 6000
            << u"ehb"_s << QString() << u"ehb_test"_s << QString()
            << u"postgresql://ehb@/ehb_test?host=/build/pg&port=6000"_s;
        QTest::newRow("ipv4 and options")
            << u"postgresql://ehb@127.0.0.1:5432/ehb?sslmode=require&connect_timeout=5"_s
            << u"127.0.0.1"_s << 5432 << u"ehb"_s << QString() << u"ehb"_s
            << u"sslmode='require';connect_timeout='5'"_s
            << u"postgresql://ehb@127.0.0.1:5432/ehb?sslmode=require&connect_timeout=5"_s;
        QTest::newRow("ipv6") << u"postgresql://[::1]:6543/ehb"_s << u"::1"_s << 6543 << QString()
                              << QString() << u"ehb"_s << QString()
                              << u"postgresql://[::1]:6543/ehb"_s;
        QTest::newRow("encoded user, password with @ and :")
            << u"postgresql://ehb%20app:p%40ss:w@rd@db/ehb"_s << u"db"_s << -1 << u"ehb app"_s
            << u"p@ss:w@rd"_s << u"ehb"_s << QString() << u"postgresql://ehb%20app:***@db/ehb"_s;
        QTest::newRow("password in the query")
            << u"postgresql://db/ehb?user=ehb&password=secret"_s << u"db"_s << -1 << u"ehb"_s
            << u"secret"_s << u"ehb"_s << QString() << u"postgresql://ehb:***@db/ehb"_s;
        QTest::newRow("query overrides the parts")
            << u"postgresql://a@h1:1/d1?host=h2&port=2&user=b&dbname=d2"_s << u"h2"_s << 2 << u"b"_s
            << QString() << u"d2"_s << QString() << u"postgresql://b@h2:2/d2"_s;
        QTest::newRow("database only in the query")
            << u"postgresql://db?dbname=ehb"_s << u"db"_s << -1 << QString() << QString()
            << u"ehb"_s << QString() << u"postgresql://db/ehb"_s;
        QTest::newRow("quote in an option value")
            << u"postgresql://db/ehb?application_name=it%27s"_s << u"db"_s << -1 << QString()
            << QString() << u"ehb"_s << u"application_name='it\\'s'"_s
            << u"postgresql://db/ehb?application_name=it%27s"_s;
        QTest::newRow("encoded database name")
            << u"postgresql://db/%C3%A9hb%2Fx"_s << u"db"_s << -1 << QString() << QString()
            << u"éhb/x"_s << QString() << u"postgresql://db/%C3%A9hb%2Fx"_s;
    }
    void postgresql()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, connectOptions);
        QFETCH(QString, redacted);

        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
        QCOMPARE(url->kind, DatabaseUrl::Kind::Postgresql);
        QCOMPARE(url->host, host);
        QCOMPARE(url->isUnixSocket(), host.startsWith(u'/'));
        QCOMPARE(url->port, port);
        QCOMPARE(url->user, user);
        QCOMPARE(url->password, password);
        QCOMPARE(url->databaseName, database);
        QCOMPARE(url->connectOptions(), connectOptions);
        QCOMPARE(url->redacted(), redacted);
        QCOMPARE(url->text, text);
        if (!password.isEmpty())
            QVERIFY(!url->redacted().contains(password));

        // toString() carries everything, password included, and parses back the same.
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY2(again.ok(), qPrintable(url->toString()));
        QCOMPARE(again->host, host);
        QCOMPARE(again->port, port);
        QCOMPARE(again->user, user);
        QCOMPARE(again->password, password);
        QCOMPARE(again->databaseName, database);
        QCOMPARE(again->connectOptions(), connectOptions);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions"); // the error names what is wrong

        QTest::newRow("other scheme") << u"mysql://ehb:secret@db/ehb"_s << u"not understood"_s;
        QTest::newRow("no scheme") << u"db/ehb"_s << u"not understood"_s;
        QTest::newRow("no database") << u"postgresql://ehb:secret@db"_s << u"no database"_s;
        QTest::newRow("empty database") << u"postgresql://db/"_s << u"no database"_s;
        QTest::newRow("port not a number") << u"postgresql://db:fast/ehb"_s << u"\"fast\""_s;
        QTest::newRow("port zero") << u"postgresql://db:0/ehb"_s << u"1 to 65535"_s;
        QTest::newRow("port too big") << u"postgresql://db:65536/ehb"_s << u"1 to 65535"_s;
        QTest::newRow("port signed") << u"postgresql://db:+5432/ehb"_s << u"1 to 65535"_s;
        QTest::newRow("port missing") << u"postgresql://db:/ehb"_s << u"port"_s;
        QTest::newRow("port in query") << u"postgresql://db/ehb?port=x"_s << u"\"x\""_s;
        QTest::newRow("broken escape in host") << u"postgresql://%2/ehb"_s << u"host"_s;
        QTest::newRow("broken escape in password")
            << u"postgresql://ehb:sec%zzret@db/ehb"_s << u"password"_s;
        QTest::newRow("nul escape") << u"postgresql://db/e%00hb"_s << u"database name"_s;
        QTest::newRow("bad utf-8") << u"postgresql://db/%FF"_s << u"database name"_s;
        QTest::newRow("unknown option")
            << u"postgresql://db/ehb?sslmod=require"_s << u"\"sslmod\""_s;
        QTest::newRow("bad sslmode") << u"postgresql://db/ehb?sslmode=always"_s << u"verify-full"_s;
        QTest::newRow("bad timeout")
            << u"postgresql://db/ehb?connect_timeout=5s"_s << u"whole number"_s;
        QTest::newRow("option twice")
            << u"postgresql://db/ehb?sslmode=require&sslmode=disable"_s << u"twice"_s;
        QTest::newRow("option without value") << u"postgresql://db/ehb?sslmode"_s << u"key=value"_s;
        QTest::newRow("semicolon in option")
            << u"postgresql://db/ehb?application_name=a;b"_s << u"';'"_s;
        QTest::newRow("secret option refused")
            << u"postgresql://db/ehb?sslpassword=secret"_s << u"\"sslpassword\""_s;
        QTest::newRow("several hosts") << u"postgresql://h1,h2/ehb"_s << u"several hosts"_s;
        QTest::newRow("several hosts in query")
            << u"postgresql:///ehb?host=h1,h2"_s << u"several hosts"_s;
        QTest::newRow("ipv6 without brackets") << u"postgresql://::1/ehb"_s << u"brackets"_s;
        QTest::newRow("ipv6 unclosed") << u"postgresql://[::1/ehb"_s << u"']'"_s;
        QTest::newRow("fragment") << u"postgresql://ehb:secret@db/ehb#x"_s << u"'#'"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().contains(mentions), qPrintable(url.error()));
        QVERIFY2(!url.error().contains(u"secret"_s), qPrintable(url.error()));
    }

    void redactText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("user info")
            << u"postgresql://ehb:secret@db/ehb"_s << u"postgresql://ehb:***@db/ehb"_s;
        QTest::newRow("at in password")
            << u"postgresql://ehb:se@cret@db/ehb"_s << u"postgresql://ehb:***@db/ehb"_s;
        QTest::newRow("query") << u"postgresql://db/ehb?user=u&password=secret&x=1"_s
                               << u"postgresql://db/ehb?user=u&password=***&x=1"_s;
        QTest::newRow("encoded key") << u"postgresql://db/ehb?pass%77ord=secret"_s
                                     << u"postgresql://db/ehb?pass%77ord=***"_s;
        QTest::newRow("other scheme") << u"mysql://a:secret@db/x"_s << u"mysql://a:***@db/x"_s;
        QTest::newRow("no password")
            << u"postgresql://ehb@db:5432/ehb"_s << u"postgresql://ehb@db:5432/ehb"_s;
        QTest::newRow("sqlite") << u"sqlite:/var/lib/a:b@c"_s << u"sqlite:/var/lib/a:b@c"_s;
    }
    void redactText()
    {
        QFETCH(QString, text);
        QFETCH(QString, redacted);
        QCOMPARE(DatabaseUrl::redactText(text), redacted);
    }

    void withDatabaseName()
    {
        const auto url = DatabaseUrl::parse(u"postgresql://ehb:pw@/ehb_test?host=/tmp/s&port=7"_s);
        QVERIFY(url.ok());
        const DatabaseUrl other = url->withDatabaseName(u"other db"_s);
        QCOMPARE(other.databaseName, u"other db"_s);
        QCOMPARE(other.host, u"/tmp/s"_s);
        QCOMPARE(other.port, 7);
        QCOMPARE(other.password, u"pw"_s);
        QCOMPARE(other.text, u"postgresql://ehb:pw@/other%20db?host=/tmp/s&port=7"_s);
        QCOMPARE(other.redacted(), u"postgresql://ehb:***@/other%20db?host=/tmp/s&port=7"_s);
    }

    void sqliteIsUnchanged()
    {
        const auto url = DatabaseUrl::parse(u"sqlite:///var/lib/ehb/server.sqlite"_s);
        QVERIFY(url.ok());
        QCOMPARE(url->kind, DatabaseUrl::Kind::Sqlite);
        QCOMPARE(url->sqlitePath, u"/var/lib/ehb/server.sqlite"_s);
        QCOMPARE(url->redacted(), url->text);
        QVERIFY(url->host.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
