// ConversationService: starting conversations (external, internal, direct) and reading them.
#pragma once

#include "common/principal.h"
#include "protocol/conversation.h"
#include "protocol/limits.h"
#include "protocol/newconversation.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class ServerEvents;

class ConversationService
{
public:
    ConversationService(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events);

    // Checks the shape (limits), the matter's visibility and every member, then stores
    // the conversation with its members and a numbered change in one transaction.
    protocol::Result<protocol::Conversation> create(const Principal &who,
        const protocol::NewConversation &request, const protocol::Limits &limits);
    // not_found unless the caller may see it.
    protocol::Result<protocol::Conversation> get(const Principal &who, qint64 conversationId);
    // The visible conversations of a visible matter; not_found for an invisible matter.
    protocol::Result<QList<protocol::Conversation>> listForMatter(
        const Principal &who, qint64 matterId);

    // For staff who may see the conversation: ends userId's membership (the row stays). Their
    // streams close at once and later requests about the conversation are refused; the
    // others see "removed" and the audit log has who did it. not_found when userId is not
    // an active member.
    protocol::Result<protocol::Conversation> removeMember(
        const Principal &who, qint64 conversationId, qint64 userId);

private:
    // A client conversation needs an open matter and clients who have not cancelled. Gives
    // the spouse parties who join it too (the matter messages spouses).
    protocol::Result<QList<qint64>> checkOpenForClients(const protocol::NewConversation &request);
    protocol::Result<void> checkMembers(
        const Principal &who, const protocol::NewConversation &request);
    // sms_not_allowed (400) naming the rule unless the client may receive SMS.
    static protocol::Result<void> checkSms(const protocol::User &client, const QString &field);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    ServerEvents *m_events;
};

} // namespace parley::server
