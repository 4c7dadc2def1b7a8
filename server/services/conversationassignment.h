// ConversationAssignment: who answers a client conversation for the firm. The assignee, rather
// than everyone on the matter, gets its notifications; desktops learn it through the
// conversation's change (assignee_id), and the audit trail records each assignment.
#pragma once

#include "common/principal.h"
#include "protocol/conversation.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class ConversationAssignment
{
public:
    ConversationAssignment(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events);

    // POST /conversations/{id}/assign: not_found unless the caller (staff) may see it;
    // conversation_closed for one that closed; invalid_field for a conversation that is not a
    // client one (field kind) and for an assignee who is not staff of the firm able to see it
    // (field assignee_id). The same assignee again changes nothing. Gives the conversation.
    protocol::Result<protocol::Conversation> assign(
        const Principal &who, qint64 conversationId, std::optional<qint64> assigneeId);
    // The same inside the caller's write transaction (a bulk action): true when it changed,
    // and then the conversation's change and its audit entry are written; the caller emits
    // changesCommitted after committing.
    protocol::Result<bool> assignWithin(
        const Principal &who, qint64 conversationId, std::optional<qint64> assigneeId, qint64 atMs);

private:
    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
