// MatterClosing: a matter closes, or one of its clients cancels with the firm. Either way the
// firm leaves the client conversations concerned (every staff member's membership ends, the
// rows stay) and the conversations close: the clients keep reading everything that was sent,
// nobody posts any more, and the record of the matter keeps all of it. Both are for staff who
// may see the matter; doing it again changes nothing.
#pragma once

#include "audit/auditlog.h"
#include "common/principal.h"
#include "protocol/matter.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class MatterClosing
{
public:
    // events may be null (no stream to wake).
    MatterClosing(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events);

    // Sets the matter's status to "closed" and closes all of its client conversations.
    protocol::Result<protocol::Matter> closeMatter(const Principal &who, qint64 matterId);
    // Records that the client party cancelled and closes the matter's client conversations
    // they are in. not_found for someone who is no party of the matter; forbidden for a party
    // who is not a client (an "other" party is not the firm's client).
    protocol::Result<protocol::Matter> cancelClient(
        const Principal &who, qint64 matterId, qint64 userId);

private:
    // What one closing closes, and its audit entry.
    struct Closing
    {
        QList<qint64> conversations;
        QString reason; // "matter_closed" | "client_cancelled"
        AuditEntry audit;
    };
    // In one transaction: change (nothing to do when it gives none), then the conversations
    // closed, the audit entry and the matter's change; the matter as it is now.
    protocol::Result<protocol::Matter> record(const Principal &who, qint64 matterId,
        const std::function<protocol::Result<std::optional<Closing>>(qint64 now)> &change);
    // Inside the transaction: closes each conversation for reason, with the event clients see,
    // the change that tells staff desktops, and the audit entries.
    protocol::Result<void> closeConversations(const Principal &who, qint64 matterId,
        const QList<qint64> &conversationIds, const QString &reason, qint64 now);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
