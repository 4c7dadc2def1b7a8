// clientAddress: where a request came from. The connection's peer, unless that peer is one of
// the trusted proxies ([server] trusted_proxies, loopback by default: nginx on the same
// host); then the nearest address in X-Forwarded-For that is not itself a trusted proxy
// (each proxy appends the address it heard from, so the right end is the one to believe).
// Entries may carry a port ("192.0.2.7:51234", "[2001:db8::1]:51234"); an entry that is not an
// address stops the walk at the last address a trusted proxy vouched for.
#pragma once

#include "common/addressranges.h"

#include <QByteArray>
#include <QHostAddress>

namespace parley::server {

QHostAddress clientAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor, const AddressRanges &trustedProxies);

} // namespace parley::server
