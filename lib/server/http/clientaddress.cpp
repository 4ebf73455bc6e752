#include "server/http/clientaddress.h"

namespace ehb::server::ClientAddress {

namespace {

// A plain IPv4 dotted quad or an IPv6 address, without scope: QHostAddress alone would also
// take short forms such as "127.1".
bool parsePlainAddress(QStringView text, QHostAddress &address)
{
    if (!text.contains(QLatin1Char(':'))) {
        const auto parts = text.split(QLatin1Char('.'));
        if (parts.size() != 4)
            return false;
        for (const QStringView part : parts) {
            if (part.isEmpty() || part.size() > 3 ||
                !std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
                return false;
        }
    }
    return address.setAddress(text.toString()) && address.scopeId().isEmpty();
}

} // namespace

QHostAddress normalized(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        static constexpr quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::equal(std::begin(mappedPrefix), std::end(mappedPrefix), bytes.c)) {
            return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 |
                                quint32(bytes[14]) << 8 | quint32(bytes[15]));
        }
    }
    return address;
}

bool isTrusted(const QHostAddress &address, const QList<Subnet> &trustedProxies)
{
    const QHostAddress plain = normalized(address);
    return std::any_of(trustedProxies.cbegin(), trustedProxies.cend(),
                       [&](const Subnet &subnet) { return plain.isInSubnet(subnet); });
}

QHostAddress resolve(const QHostAddress &peer, QByteArrayView forwardedFor,
                     const QList<Subnet> &trustedProxies)
{
    const QHostAddress client = normalized(peer);
    if (forwardedFor.trimmed().isEmpty() || !isTrusted(client, trustedProxies))
        return client;

    QList<QHostAddress> chain;
    for (const QByteArray &entry : forwardedFor.toByteArray().split(',')) {
        QHostAddress address;
        // Only plain addresses: no ports, brackets, "unknown" or obfuscated names.
        if (!parsePlainAddress(QString::fromLatin1(entry.trimmed()), address))
            return client;
        chain.append(normalized(address));
    }
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if (!isTrusted(*it, trustedProxies))
            return *it;
    }
    return chain.constFirst();
}

QByteArray rateKey(const QHostAddress &address)
{
    const QHostAddress plain = normalized(address);
    if (plain.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ipv4 = plain.toIPv4Address();
        const char bytes[4] = {char(ipv4 >> 24), char(ipv4 >> 16), char(ipv4 >> 8), char(ipv4)};
        return QByteArray(bytes, 4);
    }
    const Q_IPV6ADDR bytes = plain.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(bytes.c), 8);
}

std::optional<Subnet> parseSubnet(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    QHostAddress address;
    if (!parsePlainAddress(slash < 0 ? text : text.first(slash), address))
        return std::nullopt;
    address = normalized(address);
    const int maxBits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    int bits = maxBits;
    if (slash >= 0) {
        const QStringView digits = text.sliced(slash + 1);
        bool ok = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        bits = ok ? digits.toInt(&ok) : -1;
        if (!ok || bits < 0 || bits > maxBits)
            return std::nullopt;
    }
    return Subnet{address, bits};
}

} // namespace ehb::server::ClientAddress
