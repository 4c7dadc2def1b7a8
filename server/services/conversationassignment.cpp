// Assigning client conversations.
#include "conversationassignment.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/changelog.h"
#include "store/conversationstore.h"

namespace parley::server {

ConversationAssignment::ConversationAssignment(
    QSqlDatabase db, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
{ }

protocol::Result<protocol::Conversation> ConversationAssignment::assign(
    const Principal &who, qint64 conversationId, std::optional<qint64> assigneeId)
{
    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    auto changed = assignWithin(who, conversationId, assigneeId, nowMs());
    if (!changed)
        return changed.error();
    auto conversation = ConversationStore(m_db).load(conversationId);
    if (!conversation)
        return conversation.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && changed.value())
        Q_EMIT m_events->changesCommitted(who.firmId);
    return conversation;
}

protocol::Result<bool> ConversationAssignment::assignWithin(
    const Principal &who, qint64 conversationId, std::optional<qint64> assigneeId, qint64 atMs)
{
    const protocol::Error hidden = notFound(QStringLiteral("The conversation"));
    if (!who.isStaff())
        return hidden;
    ConversationStore conversations(m_db);
    auto found = conversations.find(conversationId);
    if (!found)
        return found.error();
    if (!found.value())
        return hidden;
    const ConversationRecord &record = *found.value();
    auto visible = m_policy.canSeeConversation(who, record);
    if (!visible)
        return visible.error();
    if (!visible.value()) {
        // Staff who saw it until it closed learn that it closed, as a post would.
        auto known = m_policy.canSeeConversationRecord(who, conversationId);
        if (!known)
            return known.error();
        if (known.value() && record.closed)
            return protocol::Error::make(protocol::ErrorCode::ConversationClosed,
                QStringLiteral("This conversation is closed: the firm has left it."));
        return hidden;
    }
    if (record.kind != QLatin1String("external"))
        return invalidField(QStringLiteral("kind"),
            QStringLiteral("Only conversations with clients are assigned."));
    if (assigneeId) {
        auto assignee = m_policy.colleague(who.firmId, *assigneeId);
        if (!assignee)
            return assignee.error();
        auto sees = assignee.value() ? m_policy.canSeeConversation(*assignee.value(), record)
                                     : protocol::Result<bool>(false);
        if (!sees)
            return sees.error();
        if (!sees.value())
            return invalidField(QStringLiteral("assignee_id"),
                QStringLiteral("Assign the conversation to a colleague who may see it."));
    }

    auto changed = conversations.setAssignee(conversationId, assigneeId);
    if (!changed || !changed.value())
        return changed;
    if (auto change = ChangeLog(m_db).record(who.firmId, QStringLiteral("conversation"),
            conversationId, record.matterId, conversationId);
        !change)
        return change.error();
    const QJsonObject detail { { QStringLiteral("assignee_id"),
        assigneeId ? QJsonValue(*assigneeId) : QJsonValue() } };
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { who.firmId, record.matterId,
                QLatin1String(AuditAction::ConversationAssigned), who.userId(), conversationId,
                std::nullopt, std::nullopt, std::nullopt, detail },
            atMs);
        !audited)
        return audited.error();
    return true;
}

} // namespace parley::server
