// Conversation rows and members.
#include "conversationstore.h"

#include "common/errors.h"
#include "db/sqlquery.h"

namespace parley::server {

ConversationStore::ConversationStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> ConversationStore::create(const NewConversationRecord &conversation)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "INSERT INTO conversations (firm_id, matter_id, kind, title, require_mfa,"
            " sms, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.bind(conversation.firmId).bindOptional(conversation.matterId).bind(conversation.kind);
    query.bindText(conversation.title).bind(conversation.requireMfa ? 1 : 0);
    query.bind(conversation.sms ? 1 : 0).bind(conversation.createdBy);
    query.bind(conversation.createdAt);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.insertedId();
}

protocol::Result<void> ConversationStore::addMember(
    qint64 conversationId, qint64 userId, qint64 addedAtMs)
{
    // Re-adding a removed member starts a new membership period.
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO members (conversation_id, user_id, added_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (conversation_id, user_id) DO UPDATE"
                       " SET added_at = excluded.added_at, removed_at = NULL"
                       " WHERE members.removed_at IS NOT NULL"));
    query.bind(conversationId).bind(userId).bind(addedAtMs);
    return query.exec();
}

protocol::Result<bool> ConversationStore::removeMember(
    qint64 conversationId, qint64 userId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE members SET removed_at = ? WHERE conversation_id = ?"
                       " AND user_id = ? AND removed_at IS NULL"));
    query.bind(atMs).bind(conversationId).bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() == 1;
}

protocol::Result<void> ConversationStore::touchLastMessage(qint64 conversationId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE conversations SET last_message_at = CASE WHEN last_message_at > ?"
                       " THEN last_message_at ELSE ? END WHERE id = ?"));
    query.bind(atMs).bind(atMs).bind(conversationId);
    return query.exec();
}

protocol::Result<bool> ConversationStore::setAssignee(
    qint64 conversationId, std::optional<qint64> assigneeId)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE conversations SET assignee_id = ? WHERE id = ?"
                       " AND assignee_id IS DISTINCT FROM CAST(? AS BIGINT)"));
    query.bindOptional(assigneeId).bind(conversationId).bindOptional(assigneeId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() == 1;
}

protocol::Result<std::optional<QList<qint64>>> ConversationStore::close(
    qint64 conversationId, const QString &reason, qint64 atMs)
{
    SqlQuery closing(m_db,
        QStringLiteral("UPDATE conversations SET closed_at = ?, closed_reason = ?"
                       " WHERE id = ? AND closed_at IS NULL"));
    closing.bind(atMs).bindText(reason).bind(conversationId);
    if (auto done = closing.exec(); !done)
        return done.error();
    if (closing.rowsAffected() != 1)
        return std::optional<QList<qint64>>();
    QList<qint64> staff;
    SqlQuery members(m_db,
        QStringLiteral("SELECT m.user_id FROM members m JOIN users u ON u.id = m.user_id"
                       " WHERE m.conversation_id = ? AND m.removed_at IS NULL"
                       " AND u.kind = 'staff' ORDER BY m.user_id"));
    members.bind(conversationId);
    if (auto done = members.exec(); !done)
        return done.error();
    while (members.next())
        staff.append(members.integer(0));
    for (qint64 userId : staff) {
        if (auto removed = removeMember(conversationId, userId, atMs); !removed)
            return removed.error();
    }
    return std::optional<QList<qint64>>(staff);
}

protocol::Result<std::optional<ConversationRecord>> ConversationStore::find(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, firm_id, matter_id, kind, closed_at IS NOT NULL, require_mfa"
                       " FROM conversations WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return std::optional<ConversationRecord>();
    return std::optional<ConversationRecord>(
        ConversationRecord { query.integer(0), query.integer(1), query.optionalId(2), query.text(3),
            query.integer(4) != 0, query.integer(5) != 0 });
}

protocol::Result<protocol::Conversation> ConversationStore::load(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, matter_id, kind, title, require_mfa, sms, created_at,"
                       " last_message_at, closed_at, closed_reason, assignee_id FROM conversations"
                       " WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return notFound(QStringLiteral("The conversation"));
    protocol::Conversation conversation;
    conversation.id = query.integer(0);
    conversation.matterId = query.optionalId(1);
    conversation.kind = query.text(2);
    conversation.title = query.text(3);
    conversation.requireMfa = query.integer(4) != 0;
    conversation.sms = query.integer(5) != 0;
    conversation.createdAt = query.time(6);
    conversation.lastMessageAt = query.time(7);
    conversation.closedAt = query.time(8);
    conversation.closedReason = query.text(9);
    conversation.assigneeId = query.optionalId(10);

    SqlQuery members(m_db,
        QStringLiteral("SELECT m.user_id, u.name, u.kind, m.added_at, m.removed_at FROM members m"
                       " JOIN users u ON u.id = m.user_id WHERE m.conversation_id = ?"
                       " ORDER BY m.added_at, u.name"));
    members.bind(id);
    if (auto result = members.exec(); !result)
        return result.error();
    while (members.next()) {
        conversation.members.append(protocol::Member { members.integer(0), members.text(1),
            members.text(2), members.time(3), members.time(4) });
    }
    return conversation;
}

protocol::Result<QList<ConversationRecord>> ConversationStore::listWhere(
    const QString &condition, qint64 value)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, firm_id, matter_id, kind, closed_at IS NOT NULL, require_mfa"
                       " FROM conversations WHERE %1"
                       " ORDER BY COALESCE(last_message_at, created_at) DESC, id DESC")
            .arg(condition));
    query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<ConversationRecord> conversations;
    while (query.next()) {
        conversations.append(ConversationRecord { query.integer(0), query.integer(1),
            query.optionalId(2), query.text(3), query.integer(4) != 0, query.integer(5) != 0 });
    }
    return conversations;
}

protocol::Result<QList<ConversationRecord>> ConversationStore::listForMatter(qint64 matterId)
{
    return listWhere(QStringLiteral("matter_id = ?"), matterId);
}

protocol::Result<QList<ConversationRecord>> ConversationStore::list(qint64 firmId)
{
    return listWhere(QStringLiteral("firm_id = ?"), firmId);
}

protocol::Result<bool> ConversationStore::isActiveMember(qint64 conversationId, qint64 userId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT 1 FROM members WHERE conversation_id = ? AND user_id = ?"
                       " AND removed_at IS NULL"));
    query.bind(conversationId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next();
}

} // namespace parley::server
