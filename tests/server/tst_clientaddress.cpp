// Who the client is: X-Forwarded-For only from trusted proxies, right-most untrusted entry.
#include "server/http/clientaddress.h"

#include <QTest>

using namespace ehb::server;
using namespace Qt::StringLiterals;

namespace {

QList<Subnet> subnets(const QStringList &texts)
{
    QList<Subnet> list;
    for (const QString &text : texts)
        list.append(ClientAddress::parseSubnet(text).value());
    return list;
}

} // namespace

class TestClientAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("client");

        const QStringList proxy{u"10.0.0.1"_s};
        QTest::newRow("no proxies configured")
            << u"10.0.0.1"_s << QByteArray("203.0.113.5") << QStringList() << u"10.0.0.1"_s;
        QTest::newRow("untrusted peer")
            << u"198.51.100.7"_s << QByteArray("203.0.113.5") << proxy << u"198.51.100.7"_s;
        QTest::newRow("trusted peer")
            << u"10.0.0.1"_s << QByteArray("203.0.113.5") << proxy << u"203.0.113.5"_s;
        QTest::newRow("trusted, no header")
            << u"10.0.0.1"_s << QByteArray() << proxy << u"10.0.0.1"_s;
        QTest::newRow("spoofed left entries ignored")
            << u"10.0.0.1"_s << QByteArray("1.1.1.1, 2.2.2.2, 203.0.113.5") << proxy
            << u"203.0.113.5"_s;
        QTest::newRow("chain of trusted proxies")
            << u"10.0.0.1"_s << QByteArray("203.0.113.5, 10.1.2.3, 10.0.0.2")
            << QStringList{u"10.0.0.0/8"_s} << u"203.0.113.5"_s;
        QTest::newRow("all trusted: left-most") << u"10.0.0.1"_s << QByteArray("10.9.9.9,10.0.0.2")
                                                << QStringList{u"10.0.0.0/8"_s} << u"10.9.9.9"_s;
        QTest::newRow("no spaces")
            << u"10.0.0.1"_s << QByteArray("9.9.9.9,203.0.113.5") << proxy << u"203.0.113.5"_s;
        QTest::newRow("IPv6 client")
            << u"10.0.0.1"_s << QByteArray("2001:db8::1") << proxy << u"2001:db8::1"_s;
        QTest::newRow("IPv6 proxy") << u"2001:db8:ffff::1"_s << QByteArray("203.0.113.5")
                                    << QStringList{u"2001:db8:ffff::/48"_s} << u"203.0.113.5"_s;
        QTest::newRow("IPv4-mapped peer")
            << u"::ffff:10.0.0.1"_s << QByteArray("203.0.113.5") << proxy << u"203.0.113.5"_s;
        QTest::newRow("mapped entry")
            << u"10.0.0.1"_s << QByteArray("::ffff:203.0.113.5") << proxy << u"203.0.113.5"_s;
        QTest::newRow("with port: malformed")
            << u"10.0.0.1"_s << QByteArray("203.0.113.5:4711") << proxy << u"10.0.0.1"_s;
        QTest::newRow("bracketed: malformed")
            << u"10.0.0.1"_s << QByteArray("[2001:db8::1]") << proxy << u"10.0.0.1"_s;
        QTest::newRow("unknown: malformed")
            << u"10.0.0.1"_s << QByteArray("unknown") << proxy << u"10.0.0.1"_s;
        QTest::newRow("empty entry: malformed")
            << u"10.0.0.1"_s << QByteArray("203.0.113.5,,") << proxy << u"10.0.0.1"_s;
        QTest::newRow("garbage left of a good entry: malformed")
            << u"10.0.0.1"_s << QByteArray("<script>, 203.0.113.5") << proxy << u"10.0.0.1"_s;
        QTest::newRow("short IPv4 form: malformed")
            << u"10.0.0.1"_s << QByteArray("127.1") << proxy << u"10.0.0.1"_s;
    }
    void resolve()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QStringList, trusted);
        QFETCH(QString, client);
        QCOMPARE(ClientAddress::resolve(QHostAddress(peer), forwardedFor, subnets(trusted)),
                 QHostAddress(client));
    }

    void rateKey()
    {
        using ClientAddress::rateKey;
        QCOMPARE(rateKey(QHostAddress(u"203.0.113.5"_s)).size(), 4);
        QCOMPARE(rateKey(QHostAddress(u"::ffff:203.0.113.5"_s)),
                 rateKey(QHostAddress(u"203.0.113.5"_s)));
        QVERIFY(rateKey(QHostAddress(u"203.0.113.5"_s)) != rateKey(QHostAddress(u"203.0.113.6"_s)));
        // One /64, one key; another /64, another key.
        QCOMPARE(rateKey(QHostAddress(u"2001:db8:1:2:aaaa::1"_s)),
                 rateKey(QHostAddress(u"2001:db8:1:2:bbbb::9"_s)));
        QVERIFY(rateKey(QHostAddress(u"2001:db8:1:2::1"_s)) !=
                rateKey(QHostAddress(u"2001:db8:1:3::1"_s)));
    }

    void parseSubnet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("bits");
        QTest::newRow("IPv4") << u"10.0.0.1"_s << true << u"10.0.0.1"_s << 32;
        QTest::newRow("IPv4 network") << u"10.0.0.0/8"_s << true << u"10.0.0.0"_s << 8;
        QTest::newRow("IPv6") << u"2001:db8::1"_s << true << u"2001:db8::1"_s << 128;
        QTest::newRow("IPv6 network") << u"2001:db8::/32"_s << true << u"2001:db8::"_s << 32;
        QTest::newRow("zero bits") << u"0.0.0.0/0"_s << true << u"0.0.0.0"_s << 0;
        QTest::newRow("too many bits") << u"10.0.0.0/33"_s << false << QString() << 0;
        QTest::newRow("negative bits") << u"10.0.0.0/-1"_s << false << QString() << 0;
        QTest::newRow("no bits") << u"10.0.0.0/"_s << false << QString() << 0;
        QTest::newRow("mask form") << u"10.0.0.0/255.0.0.0"_s << false << QString() << 0;
        QTest::newRow("host name") << u"proxy.example"_s << false << QString() << 0;
        QTest::newRow("short form") << u"10/8"_s << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
    }
    void parseSubnet()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, bits);
        const auto subnet = ClientAddress::parseSubnet(text);
        QCOMPARE(subnet.has_value(), valid);
        if (valid)
            QCOMPARE(*subnet, Subnet(QHostAddress(address), bits));
    }
};

QTEST_GUILESS_MAIN(TestClientAddress)
#include "tst_clientaddress.moc"
