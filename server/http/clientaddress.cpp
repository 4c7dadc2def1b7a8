// Finding the client behind the proxies.
#include "clientaddress.h"

#include <QList>

namespace parley::server {

QHostAddress clientAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor, const AddressRanges &trustedProxies)
{
    QHostAddress client = peer;
    if (!trustedProxies.contains(client))
        return client;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
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
