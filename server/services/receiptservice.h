// ReceiptService: marking a conversation read up to a message, for /sync and the stream.
#pragma once

#include "common/principal.h"
#include "protocol/receipt.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class ReceiptService
{
public:
    ReceiptService(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events);

    // Records that the caller read messageId and every earlier message of the conversation
    // sent by others that they had not read yet, one `receipt` change each. Idempotent: a
    // repeat creates nothing and returns an empty list. not_found for a conversation the
    // caller may not see; invalid_field (message_id) for a message of another conversation.
    // Events are never marked. A client's read that created receipts also records one
    // portal event {"type": "read"} (a message of kind "event"); a staff read does not.
    protocol::Result<QList<protocol::Receipt>> markRead(
        const Principal &who, qint64 conversationId, qint64 messageId);

private:
    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
