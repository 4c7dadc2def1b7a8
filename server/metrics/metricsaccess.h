// MetricsAccess: who may read /metrics: the addresses and CIDR ranges of [metrics] allow;
// loopback only by default.
#pragma once

#include "protocol/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace parley::server {

class MetricsAccess
{
public:
    // 127.0.0.1 and ::1.
    MetricsAccess();

    // Entries like "10.0.0.0/8", "::1" or "192.0.2.7"; any other is an invalid_field error
    // naming [metrics] allow. No entries: nobody may read the metrics.
    static protocol::Result<MetricsAccess> parse(const QStringList &entries);

    bool allows(const QHostAddress &peer) const;

private:
    QList<QPair<QHostAddress, int>> m_ranges;
};

} // namespace parley::server
