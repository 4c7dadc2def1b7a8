// The access rules.
#include "accesspolicy.h"

#include "common/errors.h"
#include "db/sqlquery.h"
#include "recordcache.h"
#include "store/userstore.h"

#include <QHash>

namespace parley::server {

AccessPolicy::AccessPolicy(QSqlDatabase db, RecordCache *records)
    : m_db(std::move(db))
    , m_records(records)
{ }

protocol::Result<std::optional<MatterRecord>> AccessPolicy::findMatter(qint64 matterId)
{
    return m_records ? m_records->matter(matterId) : MatterStore(m_db).find(matterId);
}

protocol::Result<std::optional<ConversationRecord>> AccessPolicy::findConversation(
    qint64 conversationId)
{
    return m_records ? m_records->conversation(conversationId)
                     : ConversationStore(m_db).find(conversationId);
}

protocol::Result<bool> AccessPolicy::canSeeMatter(const Principal &who, const MatterRecord &matter)
{
    if (matter.firmId != who.firmId)
        return false;
    MatterStore matters(m_db);
    if (!who.isStaff())
        return matters.isParty(matter.id, who.userId());
    if (!matter.restricted)
        return true;
    return matters.isStaffOnMatter(matter.id, who.userId());
}

protocol::Result<bool> AccessPolicy::canSeeMatter(const Principal &who, qint64 matterId)
{
    auto matter = findMatter(matterId);
    if (!matter)
        return matter.error();
    if (!matter.value())
        return false;
    return canSeeMatter(who, *matter.value());
}

protocol::Result<bool> AccessPolicy::canSeeConversation(
    const Principal &who, const ConversationRecord &conversation)
{
    if (conversation.firmId != who.firmId)
        return false;
    ConversationStore conversations(m_db);
    if (!who.isStaff()) {
        if (conversation.kind != QLatin1String("external"))
            return false;
        return conversations.isActiveMember(conversation.id, who.userId());
    }
    if (conversation.kind == QLatin1String("direct"))
        return conversations.isActiveMember(conversation.id, who.userId());
    // Closing (the matter closed, the client cancelled) takes the firm out of its client
    // conversations; the clients keep them.
    if (conversation.closed)
        return false;
    if (!conversation.matterId)
        return false;
    return canSeeMatter(who, *conversation.matterId);
}

protocol::Result<void> AccessPolicy::requireStaffOnMatter(const Principal &who, qint64 matterId)
{
    if (!who.isStaff())
        return notFound(QStringLiteral("The matter"));
    auto visible = canSeeMatter(who, matterId);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The matter"));
    return {};
}

protocol::Result<bool> AccessPolicy::canSeeConversation(const Principal &who, qint64 conversationId)
{
    auto conversation = findConversation(conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value())
        return false;
    return canSeeConversation(who, *conversation.value());
}

protocol::Result<ConversationRecord> AccessPolicy::visibleConversation(
    const Principal &who, qint64 conversationId)
{
    auto conversation = findConversation(conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value())
        return notFound(QStringLiteral("The conversation"));
    auto visible = canSeeConversation(who, *conversation.value());
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The conversation"));
    return *conversation.value();
}

protocol::Result<bool> AccessPolicy::canSeeContent(const Principal &who, qint64 conversationId)
{
    if (who.portalSession && !who.mfaPassed.contains(conversationId)) {
        SqlQuery protectedQuery(
            m_db, QStringLiteral("SELECT require_mfa FROM conversations WHERE id = ?"));
        protectedQuery.bind(conversationId);
        if (auto done = protectedQuery.exec(); !done)
            return done.error();
        if (!protectedQuery.next() || protectedQuery.integer(0) != 0)
            return false;
    }
    return canSeeConversation(who, conversationId);
}

protocol::Result<bool> AccessPolicy::canPostTo(
    const Principal &who, const ConversationRecord &conversation)
{
    // Visibility already demands active membership where the rules ask for it (direct
    // threads for staff, every thread for clients).
    auto visible = canSeeConversation(who, conversation);
    if (!visible || !visible.value() || !conversation.closed)
        return visible;
    return protocol::Error::make(protocol::ErrorCode::ConversationClosed,
        QStringLiteral("This conversation is closed: it stays readable, but nobody can post to "
                       "it any more."));
}

protocol::Result<bool> AccessPolicy::canSeeConversationRecord(
    const Principal &who, qint64 conversationId)
{
    auto conversation = findConversation(conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value())
        return false;
    const ConversationRecord &record = *conversation.value();
    auto visible = canSeeConversation(who, record);
    if (!visible || visible.value() || !record.closed || !who.isStaff() || !record.matterId)
        return visible;
    return canSeeMatter(who, *record.matterId);
}

protocol::Result<bool> AccessPolicy::canReadBlob(const Principal &who, const QString &sha256)
{
    SqlQuery uploaded(m_db,
        QStringLiteral("SELECT 1 FROM uploads WHERE user_id = ? AND sha256 = ?"
                       " AND completed_at IS NOT NULL LIMIT 1"));
    uploaded.bind(who.userId()).bindText(sha256);
    if (auto result = uploaded.exec(); !result)
        return result.error();
    if (uploaded.next())
        return true;
    // Sent to a conversation the caller may see: a copy or a file with these bytes, or an
    // active share whose document's latest version has them (in a closed conversation, the
    // latest when it closed).
    SqlQuery sent(m_db,
        QStringLiteral("SELECT DISTINCT m.conversation_id FROM attachments a JOIN messages m"
                       " ON m.id = a.message_id JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE m.deleted = 0 AND ((a.mode IN ('copy', 'file')"
                       " AND a.sha256 = ?) OR (a.mode = 'share' AND a.stopped_at IS NULL AND ? ="
                       " (SELECT sha256 FROM document_versions WHERE document_id = a.document_id"
                       "  AND (c.closed_at IS NULL OR created_at <= c.closed_at)"
                       "  ORDER BY number DESC LIMIT 1)))"));
    sent.bindText(sha256).bindText(sha256);
    if (auto result = sent.exec(); !result)
        return result.error();
    while (sent.next()) {
        auto visible = canSeeContent(who, sent.integer(0));
        if (!visible || visible.value())
            return visible;
    }
    if (!who.isStaff())
        return false;
    SqlQuery matters(m_db,
        QStringLiteral("SELECT DISTINCT d.matter_id FROM document_versions v"
                       " JOIN documents d ON d.id = v.document_id"
                       " WHERE v.sha256 = ? AND d.firm_id = ?"));
    matters.bindText(sha256).bind(who.firmId);
    if (auto result = matters.exec(); !result)
        return result.error();
    while (matters.next()) {
        auto visible = canSeeMatter(who, matters.integer(0));
        if (!visible || visible.value())
            return visible;
    }
    return false;
}

protocol::Result<QList<qint64>> AccessPolicy::inboxConversations(const Principal &who)
{
    QList<qint64> reach;
    if (!who.isStaff())
        return reach;
    auto conversations = ConversationStore(m_db).list(who.firmId);
    if (!conversations)
        return conversations.error();
    QHash<qint64, bool> matters; // asked once per matter
    for (const ConversationRecord &record : conversations.value()) {
        if (record.kind != QLatin1String("external") || record.closed || !record.matterId)
            continue;
        auto known = matters.constFind(*record.matterId);
        if (known == matters.cend()) {
            auto visible = canSeeMatter(who, *record.matterId);
            if (!visible)
                return visible.error();
            known = matters.insert(*record.matterId, visible.value());
        }
        if (*known)
            reach.append(record.id);
    }
    return reach;
}

protocol::Result<std::optional<Principal>> AccessPolicy::colleague(qint64 firmId, qint64 userId)
{
    auto user = UserStore(m_db).find(userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->firmId != firmId || !user.value()->user.isStaff())
        return std::optional<Principal>();
    return std::optional<Principal>(Principal { user.value()->user, firmId });
}

protocol::Result<bool> AccessPolicy::canSeeTask(const Principal &who, const TaskRecord &record)
{
    const protocol::Task &task = record.task;
    if (!who.isStaff() || record.firmId != who.firmId)
        return false;
    if (!task.matterId)
        return task.createdBy == who.userId() || task.assigneeId == who.userId();
    auto visible = canSeeMatter(who, *task.matterId);
    if (!visible || !visible.value() || !task.conversationId)
        return visible;
    return canSeeConversation(who, *task.conversationId);
}

} // namespace parley::server
