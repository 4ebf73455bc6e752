// The staff token never crosses the network unencrypted: StatsClient, the one place that puts
// it on a request, sends nothing over plain http:// to another computer. The in-process fake
// server stands as the practice's HTTP proxy, so that it would see any request to any host, and
// the Authorization header with it.
#include "fakestatsserver.h"
#include "net/liveclient.h"
#include "net/statsclient.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ehb;

namespace {

stats::Query march()
{
    const QTimeZone brussels("Europe/Brussels");
    stats::Query query;
    query.from = QDateTime(QDate(2024, 3, 1), QTime(0, 0), brussels);
    query.to = QDateTime(QDate(2024, 4, 1), QTime(0, 0), brussels);
    return query;
}

} // namespace

class TestTokenTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_proxy = std::make_unique<test::FakeStatsServer>();
        QVERIFY(m_proxy->start());
        m_proxy->setJson(QStringLiteral("/api/v1/live"), QByteArrayLiteral("{}"));
    }
    void cleanup()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        m_proxy.reset();
    }

    void aRequestWithoutTokenReachesTheProxy()
    {
        // The control: a request to the remote host does arrive at the fake proxy.
        LiveClient live;
        useProxy();
        live.setServerUrl(QUrl(QStringLiteral("http://stats.example.invalid/")));
        live.fetchNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->requestCount(QStringLiteral("/api/v1/live")), 1, 5000);
    }

    void tokenNeverCrossesPlainHttp_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("name") << QStringLiteral("http://stats.example.invalid/");
        QTest::newRow("LAN address") << QStringLiteral("http://192.0.2.10:8080/ehb");
    }
    void tokenNeverCrossesPlainHttp()
    {
        QFETCH(QString, server);
        StatsClient client;
        useProxy();
        client.setServerUrl(QUrl(server));
        client.setToken(QStringLiteral("secret-staff-token"));
        QSignalSpy failed(&client, &StatsClient::failed);
        QSignalSpy finished(&client, &StatsClient::finished);
        client.refresh(march());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        // Give a request that went out anyway the time to arrive.
        QTest::qWait(300);
        for (const test::FakeStatsServer::Request &request : m_proxy->requests())
            QVERIFY2(!request.authorization.contains("secret-staff-token"),
                     qPrintable(request.path));
        QCOMPARE(m_proxy->requests().size(), 0);
        // Each part says why.
        QCOMPARE(finished.constFirst().constFirst().toInt(), client.requestsTotal());
        QCOMPARE(failed.size(), client.requestsTotal());
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("plain http://")), qPrintable(message));
    }

    void tokenGoesToThisComputer()
    {
        // Plain http:// to this computer (development) carries it.
        StatsClient client;
        client.setServerUrl(m_proxy->url());
        client.setToken(QStringLiteral("secret-staff-token"));
        client.refresh(march(), StatsClient::Frequency);
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->requests().size(), 1, 5000);
        QCOMPARE(m_proxy->requests().constFirst().authorization,
                 QByteArrayLiteral("Bearer secret-staff-token"));
    }

private:
    void useProxy()
    {
        // After the client's constructor, which asks for the system's proxy settings.
        QNetworkProxy::setApplicationProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(m_proxy->url().port())));
    }

    std::unique_ptr<test::FakeStatsServer> m_proxy;
};

QTEST_GUILESS_MAIN(TestTokenTransport)
#include "tst_tokentransport.moc"
