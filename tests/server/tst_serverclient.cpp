// GET /api/v1/client against an in-process server: the app version the operator set as current
// and where to get it (serve --client-latest, --client-download), nulls when not set, for
// everyone without a token, and GET only.
#include "server/api/serverconfig.h"
#include "servertesthelpers.h"

#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_harness.wipe(); }
    void cleanup() { m_harness.stop(); }

    void notSet()
    {
        QVERIFY(m_harness.start());
        const HttpReply reply = m_harness.send("GET", u"/api/v1/client"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.size(), 2);
        QVERIFY(body.value(u"latest"_s).isNull());
        QVERIFY(body.value(u"download_url"_s).isNull());
    }

    void set()
    {
        server::ServerConfig config;
        config.client = {u"1.4.2"_s, QUrl(u"https://www.example.be/ehealthbugs/download?os=win"_s)};
        QVERIFY(m_harness.start(std::move(config)));
        const HttpReply reply = m_harness.send("GET", u"/api/v1/client"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"latest"_s).toString(), u"1.4.2"_s);
        QCOMPARE(body.value(u"download_url"_s).toString(),
                 u"https://www.example.be/ehealthbugs/download?os=win"_s);
        QCOMPARE(m_harness.send("POST", u"/api/v1/client"_s, "{}").status, 405);
    }

    // Only the version: the app shows the notice without a link.
    void versionOnly()
    {
        server::ServerConfig config;
        config.client.latest = u"2.0"_s;
        QVERIFY(m_harness.start(std::move(config)));
        const QJsonObject body = m_harness.send("GET", u"/api/v1/client"_s).json();
        QCOMPARE(body.value(u"latest"_s).toString(), u"2.0"_s);
        QVERIFY(body.value(u"download_url"_s).isNull());
    }

private:
    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
