// AddressRanges: a list of IP addresses and CIDR ranges from the configuration: who may read
// /metrics ([metrics] allow), which peers are proxies whose X-Forwarded-For is believed
// ([server] trusted_proxies). Loopback only by default.
#pragma once

#include "protocol/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace parley::server {

class AddressRanges
{
public:
    // 127.0.0.1 and ::1.
    AddressRanges();

    // Entries like "10.0.0.0/8", "::1" or "192.0.2.7"; any other is an invalid_field error
    // naming setting (e.g. "[metrics] allow"). No entries: no address is in the ranges.
    static protocol::Result<AddressRanges> parse(
        const QStringList &entries, const QString &setting);

    // An IPv4 address seen through a dual-stack socket (::ffff:a.b.c.d) counts as a.b.c.d.
    bool contains(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> m_ranges;
};

} // namespace parley::server
