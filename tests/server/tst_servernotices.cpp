// The GBO's notices against an in-process server with a clock the test moves: POST (staff),
// GET (public: the current ones; ?all=1 with a token: every one), DELETE (staff: withdraw),
// the fields each refusal names, the privacy guard, the validity window, and the tokens.
#include "server/api/serverconfig.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

// The server's clock; each test sets it.
QDateTime s_now;

QDateTime at(const QString &time)
{
    return QDateTime::fromString(u"2024-03-05T"_s + time + u":00Z"_s, Qt::ISODate);
}

QJsonObject notice(const QJsonObject &texts = {{u"fr"_s, u"Recip-e en panne nationale"_s}})
{
    return QJsonObject{{u"service"_s, u"recip-e"_s}, {u"texts"_s, texts}};
}

QStringList ids(const HttpReply &reply)
{
    QStringList list;
    const QJsonArray notices = reply.json().value(u"notices"_s).toArray();
    for (const QJsonValue &value : notices)
        list.append(QString::number(value.toObject().value(u"id"_s).toInteger()));
    return list;
}

} // namespace

class TestServerNotices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        s_now = at(u"10:00"_s);
        server::ServerConfig config;
        config.clock = [] { return s_now; };
        QVERIFY(m_harness.start(std::move(config)));
        m_token = m_harness.createStaffToken(u"notices"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_harness.stop(); }

    void createListWithdraw()
    {
        QJsonObject body = notice({{u"fr"_s, u"Recip-e en panne, utilisez le papier"_s},
                                   {u"nl"_s, u"Recip-e ligt plat, gebruik papier"_s},
                                   {u"de"_s, u""_s},
                                   {u"en"_s, QJsonValue::Null}});
        body.insert(u"link"_s, u"https://www.gbo.be/panne?x=1"_s);
        const HttpReply created = post(body);
        QCOMPARE(created.status, 201);
        const QJsonObject stored = created.json().value(u"notice"_s).toObject();
        QVERIFY(stored.value(u"id"_s).toInteger() > 0);
        QCOMPARE(stored.value(u"service"_s).toString(), u"recip-e"_s);
        QCOMPARE(stored.value(u"texts"_s).toObject().keys(), (QStringList{u"fr"_s, u"nl"_s}));
        QCOMPARE(stored.value(u"link"_s).toString(), u"https://www.gbo.be/panne?x=1"_s);
        QCOMPARE(stored.value(u"valid_from"_s).toString(), u"2024-03-05T10:00:00Z"_s);
        QVERIFY(stored.value(u"valid_until"_s).isNull());
        QCOMPARE(stored.value(u"created_at"_s).toString(), u"2024-03-05T10:00:00Z"_s);
        QVERIFY(stored.value(u"withdrawn_at"_s).isNull());

        // Every service; HTML is stored as the text it is.
        const HttpReply all = post(QJsonObject{
            {u"service"_s, QJsonValue::Null},
            {u"texts"_s, QJsonObject{{u"en"_s, u"<script>alert(1)</script> <b>slow</b>"_s}}}});
        QCOMPARE(all.status, 201);
        const QString id = QString::number(stored.value(u"id"_s).toInteger());
        const QString second =
            QString::number(all.json().value(u"notice"_s).toObject().value(u"id"_s).toInteger());

        // Public: no token needed.
        const HttpReply current = m_harness.send("GET", u"/api/v1/notices"_s);
        QCOMPARE(current.status, 200);
        QCOMPARE(ids(current), (QStringList{id, second}));
        const QJsonObject listed = current.json().value(u"notices"_s).toArray().at(1).toObject();
        QVERIFY(listed.value(u"service"_s).isNull());
        QCOMPARE(listed.value(u"texts"_s).toObject().value(u"en"_s).toString(),
                 u"<script>alert(1)</script> <b>slow</b>"_s);

        s_now = at(u"11:00"_s);
        const HttpReply withdrawn = staff("DELETE", u"/api/v1/notices/"_s + id);
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(withdrawn.json().value(u"notice"_s).toObject().value(u"withdrawn_at"_s),
                 QJsonValue(u"2024-03-05T11:00:00Z"_s));
        QCOMPARE(ids(m_harness.send("GET", u"/api/v1/notices"_s)), QStringList{second});
        // Withdrawn once: again keeps the first time.
        s_now = at(u"12:00"_s);
        QCOMPARE(staff("DELETE", u"/api/v1/notices/"_s + id)
                     .json()
                     .value(u"notice"_s)
                     .toObject()
                     .value(u"withdrawn_at"_s),
                 QJsonValue(u"2024-03-05T11:00:00Z"_s));

        // Staff see the withdrawn one too, newest first.
        const HttpReply history = staff("GET", u"/api/v1/notices?all=1"_s);
        QCOMPARE(history.status, 200);
        QCOMPARE(ids(history), (QStringList{second, id}));

        QCOMPARE(staff("DELETE", u"/api/v1/notices/999"_s).status, 404);
        QCOMPARE(staff("DELETE", u"/api/v1/notices/+1"_s).status, 404);
        QCOMPARE(staff("DELETE", u"/api/v1/notices/abc"_s).errorCode(), u"not_found"_s);
    }

    void window()
    {
        QJsonObject later = notice();
        later.insert(u"valid_from"_s, u"2024-03-05T12:00:00+01:00"_s); // 11:00 UTC
        later.insert(u"valid_until"_s, u"2024-03-05T13:30:00Z"_s);
        const HttpReply created = post(later);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"notice"_s).toObject().value(u"valid_from"_s),
                 QJsonValue(u"2024-03-05T11:00:00Z"_s));
        const QString id = QString::number(
            created.json().value(u"notice"_s).toObject().value(u"id"_s).toInteger());

        QCOMPARE(ids(m_harness.send("GET", u"/api/v1/notices"_s)), QStringList());
        s_now = at(u"11:00"_s);
        QCOMPARE(ids(m_harness.send("GET", u"/api/v1/notices"_s)), QStringList{id});
        s_now = at(u"13:29"_s);
        QCOMPARE(ids(m_harness.send("GET", u"/api/v1/notices"_s)), QStringList{id});
        s_now = at(u"13:30"_s);
        QCOMPARE(ids(m_harness.send("GET", u"/api/v1/notices"_s)), QStringList());
        // Past and future ones are listed for staff only.
        QCOMPARE(ids(staff("GET", u"/api/v1/notices?all=1"_s)), QStringList{id});
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");

        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject body = notice();
            body.insert(key, value);
            return jsonBytes(body);
        };
        QTest::newRow("unknown service")
            << with(u"service"_s, u"telepathy"_s) << QStringList{u"service"_s};
        QTest::newRow("no text") << with(u"texts"_s, QJsonObject{{u"fr"_s, u"  "_s}})
                                 << QStringList{u"texts"_s};
        QTest::newRow("texts missing")
            << jsonBytes(QJsonObject{{u"service"_s, u"recip-e"_s}}) << QStringList{u"texts"_s};
        QTest::newRow("unknown language")
            << with(u"texts"_s, QJsonObject{{u"fr"_s, u"x"_s}, {u"es"_s, u"y"_s}})
            << QStringList{u"texts.es"_s};
        QTest::newRow("too long") << with(u"texts"_s, QJsonObject{{u"nl"_s, QString(501, u'a')}})
                                  << QStringList{u"texts.nl"_s};
        QTest::newRow("national number")
            << with(u"texts"_s, QJsonObject{{u"fr"_s, u"ok"_s},
                                            {u"de"_s, u"Patient 85.07.30-033.28 betroffen"_s}})
            << QStringList{u"texts.de"_s};
        QTest::newRow("control character")
            << with(u"texts"_s, QJsonObject{{u"en"_s, u"bell\u0007"_s}})
            << QStringList{u"texts.en"_s};
        QTest::newRow("javascript link")
            << with(u"link"_s, u"javascript:alert(1)"_s) << QStringList{u"link"_s};
        QTest::newRow("ftp link") << with(u"link"_s, u"ftp://gbo.be/x"_s) << QStringList{u"link"_s};
        QTest::newRow("link not text") << with(u"link"_s, 7) << QStringList{u"link"_s};
        QTest::newRow("from not a time")
            << with(u"valid_from"_s, u"tomorrow"_s) << QStringList{u"valid_from"_s};
        QTest::newRow("until not after from")
            << with(u"valid_until"_s, u"2024-03-05T10:00:00Z"_s) << QStringList{u"valid_until"_s};
        QJsonObject several = notice(QJsonObject{{u"fr"_s, 12}});
        several.insert(u"service"_s, true);
        several.insert(u"valid_until"_s, u"2024-03-05"_s);
        QTest::newRow("several") << jsonBytes(several)
                                 << QStringList{u"service"_s, u"texts.fr"_s, u"valid_until"_s};
    }

    void invalid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const HttpReply reply =
            m_harness.send("POST", u"/api/v1/notices"_s, body, "application/json", bearer());
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"invalid_notice"_s);
        QCOMPARE(reply.errorPaths(), fields);
        QCOMPARE(ids(staff("GET", u"/api/v1/notices?all=1"_s)), QStringList());
    }

    void privacyMessage()
    {
        const HttpReply reply =
            post(notice(QJsonObject{{u"fr"_s, u"Patient 85073003328 touché"_s}}));
        QCOMPARE(reply.status, 422);
        const QJsonArray fields =
            reply.json().value(u"error"_s).toObject().value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 1);
        QVERIFY2(fields.at(0).toObject().value(u"message"_s).toString().contains(u"national"_s),
                 reply.body.constData());
    }

    void refusals()
    {
        const QByteArray body = jsonBytes(notice());
        // No token, a wrong one: 401, nothing stored.
        QCOMPARE(m_harness.send("POST", u"/api/v1/notices"_s, body).status, 401);
        QCOMPARE(m_harness
                     .send("POST", u"/api/v1/notices"_s, body, "application/json",
                           {{"Authorization", "Bearer wrong"}})
                     .status,
                 401);
        QCOMPARE(m_harness.send("DELETE", u"/api/v1/notices/1"_s).status, 401);
        QCOMPARE(m_harness.send("GET", u"/api/v1/notices?all=1"_s).status, 401);
        QCOMPARE(ids(staff("GET", u"/api/v1/notices?all=1"_s)), QStringList());
        QCOMPARE(staff("GET", u"/api/v1/notices?all=yes"_s).errorPaths(), QStringList{u"all"_s});

        QCOMPARE(m_harness.send("POST", u"/api/v1/notices"_s, body, "text/plain", bearer()).status,
                 415);
        QCOMPARE(
            m_harness
                .send("POST", u"/api/v1/notices"_s, "{\"texts\":", "application/json", bearer())
                .errorCode(),
            u"malformed_json"_s);
        const HttpReply wrongMethod = staff("PUT", u"/api/v1/notices"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(staff("GET", u"/api/v1/notices/1"_s).header("Allow"), QByteArray("DELETE"));
    }

private:
    Headers bearer() const { return {{"Authorization", "Bearer " + m_token}}; }
    HttpReply post(const QJsonObject &body)
    {
        return m_harness.send("POST", u"/api/v1/notices"_s, jsonBytes(body), "application/json",
                              bearer());
    }
    HttpReply staff(const QByteArray &method, const QString &target)
    {
        return m_harness.send(method, target, {}, "application/json", bearer());
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestServerNotices)
#include "tst_servernotices.moc"
