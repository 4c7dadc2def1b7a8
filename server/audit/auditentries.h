// The audit entries several places write alike: a message sent (with the sha256 of its body,
// so the record proves what was said without copying it), a member added or removed.
#pragma once

#include "auditlog.h"

namespace parley::server::AuditEntries {

AuditEntry messageSent(qint64 firmId, std::optional<qint64> matterId, qint64 conversationId,
    qint64 messageId, qint64 senderId, const QString &kind, const QString &channel,
    const QString &body);
AuditEntry member(const char *action, qint64 firmId, std::optional<qint64> matterId,
    qint64 conversationId, std::optional<qint64> actorId, qint64 memberId);

// Entries for messages and receipts from before the audit log began (an upgraded database,
// the demo's seeded history): each marked "backfilled", in the order they happened.
protocol::Result<int> backfill(const QSqlDatabase &db);

} // namespace parley::server::AuditEntries
