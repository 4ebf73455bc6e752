// Staff tokens: `ehealthbugs-server token create|list|revoke` through QProcess, what the database
// keeps (only a SHA-256), what the server prints (never a token), and the 401/200 answers of the
// staff routes in process.
#include "core/timeutil.h"
#include "server/api/stafftokens.h"
#include "servertesthelpers.h"

#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QString serverBinary = QStringLiteral(EHB_SERVER_BINARY);
const QRegularExpression tokenPattern(u"\\A[A-Za-z0-9_-]{43}\\z"_s);

const QStringList staffPaths{
    u"/api/v1/stats/frequency?from=2024-01-01&to=2024-02-01"_s,
    u"/api/v1/stats/heatmap?from=2024-01-01&to=2024-02-01"_s,
    u"/api/v1/reports?from=2024-01-01&to=2024-02-01"_s,
};

Finished runToEnd(const QStringList &arguments)
{
    return ehb::test::runToEnd(serverBinary, arguments, 20000);
}

// GET with an Authorization header against any server (also one in another process).
int statusOf(QNetworkAccessManager &network, const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    int status = 0;
    if (reply->isFinished() || finished.wait(10000))
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QByteArray bearer(const QByteArray &token)
{
    return QByteArrayLiteral("Bearer ") + token;
}

} // namespace

class TestServerTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(serverBinary), qPrintable(serverBinary)); }

    void init() { m_harness.wipe(); }
    void cleanup() { m_harness.stop(); }

    void generatedTokens()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray token = server::StaffTokens::generate();
            QVERIFY2(tokenPattern.match(QString::fromLatin1(token)).hasMatch(), token.constData());
            const auto decoded = QByteArray::fromBase64Encoding(
                token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), 32);
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 200);
        // FIPS 180-2 test vector.
        QCOMPARE(server::StaffTokens::sha256Hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"alice"_s << true;
        QTest::newRow("all classes") << u"Ops.team_2-b"_s << true;
        QTest::newRow("64") << QString(64, u'a') << true;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"alice smith"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("accent") << u"zoë"_s << false;
        QTest::newRow("newline") << u"alice\n"_s << false;
        QTest::newRow("semicolon") << u"a;drop"_s << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(server::StaffTokens::isValidName(name), valid);
    }

    void createPrintsOnlyTheToken()
    {
        const Finished created = token({u"create"_s, u"alice"_s});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.endsWith('\n'), created.out.constData());
        const QList<QByteArray> lines = created.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QByteArray secret = lines.constFirst().trimmed();
        QVERIFY2(tokenPattern.match(QString::fromLatin1(secret)).hasMatch(), secret.constData());
        QCOMPARE(created.out, secret + '\n');
        QVERIFY(!created.err.contains(secret));

        QVERIFY(m_harness.start());
        for (const QString &path : staffPaths)
            QCOMPARE(m_harness.staffGet(path, secret).status, 200);

        // Only the SHA-256 is stored.
        const auto stored = m_harness.server()->repository().tokens();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).name, u"alice"_s);
        QCOMPARE(stored->at(0).sha256Hex, server::StaffTokens::sha256Hex(secret));
        QVERIFY(qAbs(stored->at(0).createdAt.secsTo(utcNowSeconds())) < 120);
        m_harness.stop();
        if (qEnvironmentVariableIsEmpty("EHB_TEST_DATABASE_URL"))
            verifySqliteHasNo(secret);
    }

    void listShowsNamesAndDates()
    {
        const QByteArray alice = token({u"create"_s, u"alice"_s}).out.trimmed();
        const QByteArray bob = token({u"create"_s, u"bob"_s}).out.trimmed();
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        QVERIFY(alice != bob);

        const Finished list = token({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QStringList names;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> columns = line.trimmed().split('\t');
            QCOMPARE(columns.size(), 2);
            names.append(QString::fromUtf8(columns.at(0)));
            const QDateTime created =
                QDateTime::fromString(QString::fromUtf8(columns.at(1)), Qt::ISODate);
            QVERIFY2(created.isValid(), line.constData());
            QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"alice"_s, u"bob"_s}));
        for (const QByteArray &secret : {alice, bob}) {
            const QByteArray all = list.out + list.err;
            QVERIFY(!all.contains(secret));
            QVERIFY(!all.contains(server::StaffTokens::sha256Hex(secret)));
        }
    }

    void duplicateNameFails()
    {
        const QByteArray first = token({u"create"_s, u"alice"_s}).out.trimmed();
        QVERIFY(!first.isEmpty());
        const Finished again = token({u"create"_s, u"alice"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains("alice"), again.err.constData());

        const Finished list = token({u"list"_s});
        QCOMPARE(list.out.count("alice"), 1);
        QVERIFY(m_harness.start());
        QCOMPARE(m_harness.staffGet(staffPaths.at(0), first).status, 200);
    }

    void invalidNameFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"alice smith"_s;
        QTest::newRow("65 characters") << QString(65, u'x');
        QTest::newRow("slash") << u"ops/alice"_s;
        QTest::newRow("accent") << u"zoë"_s;
    }
    void invalidNameFails()
    {
        QFETCH(QString, name);
        const Finished created = token({u"create"_s, name});
        QVERIFY(created.exitCode != 0);
        QVERIFY(created.exitCode > 0);
        QVERIFY(created.out.isEmpty());
        QVERIFY(!created.err.trimmed().isEmpty());
        const Finished list = token({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.trimmed().isEmpty(), list.out.constData());
    }

    void revokeMakesItFail()
    {
        const QByteArray alice = token({u"create"_s, u"alice"_s}).out.trimmed();
        const QByteArray bob = token({u"create"_s, u"bob"_s}).out.trimmed();
        QVERIFY(m_harness.start());
        QCOMPARE(m_harness.staffGet(staffPaths.at(0), alice).status, 200);

        const Finished revoked = token({u"revoke"_s, u"alice"_s});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(revoked.out.contains("alice"));
        QVERIFY(!QByteArray(revoked.out + revoked.err).contains(alice));

        // A fresh server knows nothing of the old cache.
        QVERIFY(m_harness.start());
        for (const QString &path : staffPaths) {
            QCOMPARE(m_harness.staffGet(path, alice).status, 401);
            QCOMPARE(m_harness.staffGet(path, bob).status, 200);
        }
        const Finished list = token({u"list"_s});
        QVERIFY(!list.out.contains("alice"));
        QVERIFY(list.out.contains("bob"));

        const Finished twice = token({u"revoke"_s, u"alice"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.out.isEmpty());
        QVERIFY2(twice.err.contains("alice"), twice.err.constData());
        QCOMPARE(token({u"revoke"_s, u"nobody"_s}).exitCode, 1);

        // The name is free again; the new token works, the old one still does not.
        const QByteArray renewed = token({u"create"_s, u"alice"_s}).out.trimmed();
        QVERIFY(!renewed.isEmpty());
        QCOMPARE(m_harness.staffGet(staffPaths.at(0), renewed).status, 200);
        QCOMPARE(m_harness.staffGet(staffPaths.at(0), alice).status, 401);
    }

    // A running server: a token made while it runs works at once; a revoked one stops within
    // StaffAuth::cacheSeconds; nothing the server prints contains the token.
    void runningServer()
    {
        // Creates the database before the server opens it.
        const QByteArray early = token({u"create"_s, u"early"_s}).out.trimmed();
        QVERIFY(!early.isEmpty());
        QProcess server;
        server.start(serverBinary, {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                    m_harness.databaseUrl()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        QByteArray output = server.readLine();
        static const QRegularExpression listening(u"Listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        QVERIFY2(match.hasMatch(), output.constData());
        QUrl url(match.captured(1));
        url.setPath(u"/api/v1/stats/frequency"_s);
        url.setQuery(u"from=2024-01-01&to=2024-02-01&bucket=day"_s);
        QNetworkAccessManager network;

        QCOMPARE(statusOf(network, url, bearer(early)), 200);
        const QByteArray secret = token({u"create"_s, u"late"_s}).out.trimmed();
        QVERIFY(!secret.isEmpty());
        QCOMPARE(statusOf(network, url, bearer(secret)), 200);
        QCOMPARE(statusOf(network, url, bearer(secret.chopped(1))), 401);
        QCOMPARE(statusOf(network, url, {}), 401);
        QUrl bad = url;
        bad.setQuery(u"from=soon&to=later&bucket=fortnight"_s);
        QCOMPARE(statusOf(network, bad, bearer(secret)), 400);

        QCOMPARE(token({u"revoke"_s, u"late"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(network, url, bearer(secret)), 401,
                                  (server::StaffAuth::cacheSeconds + 3) * 1000);
        QCOMPARE(statusOf(network, url, bearer(early)), 200);

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        output += server.readAllStandardOutput() + server.readAllStandardError();
        for (const QByteArray &shown : {early, secret}) {
            QVERIFY2(!output.contains(shown), output.constData());
            QVERIFY(!output.contains(server::StaffTokens::sha256Hex(shown)));
        }
    }

    void unauthorizedAnswers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        const QStringList kinds{u"none"_s,        u"empty bearer"_s, u"wrong"_s,
                                u"one changed"_s, u"one more"_s,     u"one less"_s,
                                u"no scheme"_s,   u"basic"_s,        u"other scheme"_s,
                                u"hash"_s,        u"scheme only"_s,  u"revoked name's"_s};
        for (const QString &path : staffPaths) {
            for (const QString &kind : kinds)
                QTest::addRow("%s %s", qPrintable(path.section(u'?', 0, 0)), qPrintable(kind))
                    << path << kind;
        }
        QTest::newRow("bad parameters, no token")
            << u"/api/v1/stats/frequency?from=x&bucket=year"_s << u"none"_s;
        QTest::newRow("bad cursor, wrong token")
            << u"/api/v1/reports?from=2024-01-01&to=2024-02-01&cursor=zzz"_s << u"wrong"_s;
    }
    void unauthorizedAnswers()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QVERIFY(m_harness.start());
        const QByteArray secret = m_harness.createStaffToken(u"ops"_s);
        QVERIFY(!secret.isEmpty());
        const QByteArray other = m_harness.createStaffToken(u"gone"_s);
        QVERIFY(m_harness.server()->repository().revokeToken(u"gone"_s).value());
        QByteArray changed = secret;
        changed[10] = changed[10] == 'A' ? 'B' : 'A';

        const QHash<QString, QByteArray> authorization{
            {u"empty bearer"_s, QByteArrayLiteral("Bearer ")},
            {u"wrong"_s, bearer(server::StaffTokens::generate())},
            {u"one changed"_s, bearer(changed)},
            {u"one more"_s, bearer(secret + 'A')},
            {u"one less"_s, bearer(secret.chopped(1))},
            {u"no scheme"_s, secret},
            {u"basic"_s, "Basic " + QByteArray("ops:" + secret).toBase64()},
            {u"other scheme"_s, QByteArrayLiteral("Token ") + secret},
            {u"hash"_s, bearer(server::StaffTokens::sha256Hex(secret))},
            {u"scheme only"_s, QByteArrayLiteral("Bearer")},
            {u"revoked name's"_s, bearer(other)},
        };
        Headers headers;
        if (kind != u"none"_s)
            headers.append({QByteArrayLiteral("Authorization"), authorization.value(kind)});
        const HttpReply reply = m_harness.send("GET", path, {}, {}, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.isJsonError(), reply.body.constData());
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer"),
                 reply.header("WWW-Authenticate").constData());
        QVERIFY(!reply.body.contains("services") && !reply.body.contains("reports\""));

        // The right token, in any case of the scheme (RFC 7235), passes the same route.
        const int ok = m_harness.staffGet(path, secret).status;
        QVERIFY2(ok == 200 || ok == 400, QByteArray::number(ok).constData());
        QCOMPARE(
            m_harness
                .send("GET", path, {}, {},
                      {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("bearer ") + secret}})
                .status,
            ok);
    }

    void publicRoutesNeedNoToken()
    {
        QVERIFY(m_harness.start());
        QCOMPARE(m_harness.send("GET", u"/api/v1/services"_s).status, 200);
        QCOMPARE(m_harness.send("GET", u"/healthz"_s).status, 200);
    }

    void revokedInProcess()
    {
        QVERIFY(m_harness.start());
        const QByteArray a = m_harness.createStaffToken(u"a"_s);
        const QByteArray b = m_harness.createStaffToken(u"b"_s);
        QCOMPARE(m_harness.staffGet(staffPaths.at(2), a).status, 200);
        QCOMPARE(m_harness.server()->repository().revokeToken(u"a"_s).value(), true);
        QCOMPARE(m_harness.server()->repository().revokeToken(u"a"_s).value(), false);
        // Revoked tokens may pass for at most StaffAuth::cacheSeconds.
        QTRY_COMPARE_WITH_TIMEOUT(m_harness.staffGet(staffPaths.at(2), a).status, 401,
                                  (server::StaffAuth::cacheSeconds + 2) * 1000);
        QCOMPARE(m_harness.staffGet(staffPaths.at(2), b).status, 200);
        QVERIFY(m_harness.start());
        QCOMPARE(m_harness.staffGet(staffPaths.at(2), a).status, 401);
        QCOMPARE(m_harness.staffGet(staffPaths.at(2), b).status, 200);
    }

private:
    Finished token(QStringList arguments)
    {
        arguments.prepend(u"token"_s);
        arguments << u"--database"_s << m_harness.databaseUrl();
        return runToEnd(arguments);
    }

    // Reads the SQLite file (and its WAL) as bytes and as tables: the token is nowhere, its
    // SHA-256 is in staff_tokens.
    void verifySqliteHasNo(const QByteArray &secret)
    {
        for (const char *suffix : {"", "-wal"}) {
            QFile file(m_harness.databasePath() + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret), suffix);
        }
        const QString name = u"token-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_harness.databasePath());
            QVERIFY(db.open());
            int hashes = 0;
            const QStringList tables = db.tables();
            QVERIFY(tables.contains(u"staff_tokens"_s));
            for (const QString &table : tables) {
                QSqlQuery query(db);
                QVERIFY(query.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
                while (query.next()) {
                    for (int i = 0; i < query.record().count(); ++i) {
                        const QString value = query.value(i).toString();
                        QVERIFY2(!value.contains(QLatin1String(secret)), qPrintable(table));
                        if (value == QLatin1String(server::StaffTokens::sha256Hex(secret)))
                            ++hashes;
                    }
                }
            }
            QCOMPARE(hashes, 1);
        }
        QSqlDatabase::removeDatabase(name);
    }

    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestServerTokens)
#include "tst_servertokens.moc"
