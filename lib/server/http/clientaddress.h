#pragma once

#include "server/http/httplimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QStringView>

#include <optional>

namespace ehb::server {

// Who the client of a request is, for rate limiting only: the address is never stored or
// logged. X-Forwarded-For counts only when the TCP peer is a trusted proxy.
namespace ClientAddress {

// The peer, or when the peer is trusted, the right-most X-Forwarded-For entry that is not
// itself a trusted proxy (the left-most one if all are). A header that does not parse as a
// list of plain addresses is ignored (the peer is the client).
QHostAddress resolve(const QHostAddress &peer, QByteArrayView forwardedFor,
                     const QList<Subnet> &trustedProxies);

// An IPv4-mapped IPv6 address (::ffff:a.b.c.d, from a dual-stack socket) as plain IPv4.
QHostAddress normalized(const QHostAddress &address);

bool isTrusted(const QHostAddress &address, const QList<Subnet> &trustedProxies);

// The rate-limit key: the IPv4 address, or the /64 network of an IPv6 address (one client
// commonly holds a whole /64).
QByteArray rateKey(const QHostAddress &address);

// "ADDRESS" or "ADDRESS/BITS", IPv4 or IPv6; nullopt when it is neither.
std::optional<Subnet> parseSubnet(QStringView text);

} // namespace ClientAddress

} // namespace ehb::server
