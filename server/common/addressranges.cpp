// Matching an address against configured ranges.
#include "addressranges.h"

#include "common/errors.h"

namespace parley::server {

AddressRanges::AddressRanges()
    : m_ranges { { QHostAddress(QHostAddress::LocalHost), 32 },
        { QHostAddress(QHostAddress::LocalHostIPv6), 128 } }
{ }

protocol::Result<AddressRanges> AddressRanges::parse(
    const QStringList &entries, const QString &setting)
{
    AddressRanges ranges;
    ranges.m_ranges.clear();
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> range;
        if (entry.contains(QLatin1Char('/'))) {
            range = QHostAddress::parseSubnet(entry);
        } else if (const QHostAddress address(entry); !address.isNull()) {
            range = { address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128 };
        } else {
            range = { QHostAddress(), -1 };
        }
        if (range.first.isNull() || range.second < 0)
            return invalidField(setting,
                QStringLiteral("The setting %1 takes IP addresses and CIDR ranges "
                               "(e.g. 127.0.0.1, ::1, 10.0.0.0/8); %2 is neither.")
                    .arg(setting, entry));
        ranges.m_ranges.append(range);
    }
    return ranges;
}

bool AddressRanges::contains(const QHostAddress &peer) const
{
    // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; the ranges say a.b.c.d.
    QHostAddress address = peer;
    bool mapped = false;
    const quint32 ipv4 = peer.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(ipv4);
    for (const auto &range : m_ranges) {
        if (address.isInSubnet(range.first, range.second))
            return true;
    }
    return false;
}

} // namespace parley::server
