// Finding the client behind the proxies.
#include "clientaddress.h"

#include <QList>

namespace parley::server {

namespace {

// "192.0.2.7", "192.0.2.7:51234", "2001:db8::1" or "[2001:db8::1]:51234" (some balancers add
// the port); a null address for anything else ("unknown", an obfuscated name).
QHostAddress hopAddress(const QByteArray &hop)
{
    QByteArray text = hop;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return {};
        text = text.mid(1, close - 1);
    } else if (text.count(':') == 1) {
        text.truncate(text.indexOf(':'));
    }
    return QHostAddress(QString::fromLatin1(text));
}

} // namespace

QHostAddress clientAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor, const AddressRanges &trustedProxies)
{
    QHostAddress client = peer;
    if (!trustedProxies.contains(client))
        return client;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = hopAddress(it->trimmed());
        // Something that is not an address was written by someone we cannot trust: stop at
        // the last hop a trusted proxy vouched for.
        if (hop.isNull())
            break;
        client = hop;
        if (!trustedProxies.contains(hop))
            break;
    }
    return client;
}

} // namespace parley::server
