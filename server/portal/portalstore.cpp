// Portal rows.
#include "portalstore.h"

#include "db/sqlquery.h"

namespace parley::server {

PortalStore::PortalStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<std::optional<InvitationRecord>> PortalStore::invitation(const QString &tokenHash)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, user_id, conversation_id, expires_at, used_at IS NOT NULL"
                       " FROM invitations WHERE token_hash = ?"));
    query.bindText(tokenHash);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<InvitationRecord>();
    return std::optional<InvitationRecord>(InvitationRecord { query.integer(0), query.integer(1),
        query.integer(2), query.integer(3), query.integer(4) != 0 });
}

protocol::Result<bool> PortalStore::useInvitation(qint64 id, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE invitations SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    query.bind(atMs).bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() == 1;
}

protocol::Result<std::optional<PortalStore::ClientConversation>> PortalStore::clientByEmail(
    const QString &email)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT u.id, m.conversation_id FROM users u"
            " JOIN members m ON m.user_id = u.id AND m.removed_at IS NULL"
            " JOIN conversations c ON c.id = m.conversation_id AND c.kind = 'external'"
            " WHERE lower(COALESCE(u.portal_email, u.email)) = lower(?) AND u.kind = 'client'"
            " ORDER BY (SELECT MAX(id) FROM messages WHERE conversation_id = m.conversation_id)"
            " DESC, m.added_at DESC LIMIT 1"));
    query.bindText(email.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ClientConversation>();
    return std::optional<ClientConversation>(
        ClientConversation { query.integer(0), query.integer(1) });
}

protocol::Result<std::optional<qint64>> PortalStore::lastInvitationAt(qint64 userId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT MAX(created_at) FROM invitations WHERE user_id = ?"));
    query.bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.integer(0));
}

protocol::Result<qint64> PortalStore::addMfaCode(
    qint64 tokenId, qint64 conversationId, const QString &codeHash, qint64 atMs, qint64 expiresAt)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO portal_mfa_codes (token_id, conversation_id, code_hash,"
                       " created_at, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.bind(tokenId).bind(conversationId).bindText(codeHash).bind(atMs).bind(expiresAt);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.insertedId();
}

protocol::Result<std::optional<MfaCodeRecord>> PortalStore::latestMfaCode(
    qint64 tokenId, qint64 conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, code_hash, expires_at, created_at FROM portal_mfa_codes"
                       " WHERE token_id = ? AND conversation_id = ? AND used_at IS NULL"
                       " ORDER BY id DESC LIMIT 1"));
    query.bind(tokenId).bind(conversationId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<MfaCodeRecord>();
    return std::optional<MfaCodeRecord>(
        MfaCodeRecord { query.integer(0), query.text(1), query.integer(2), query.integer(3) });
}

protocol::Result<void> PortalStore::useMfaCode(qint64 id, qint64 atMs)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE portal_mfa_codes SET used_at = ? WHERE id = ?"));
    query.bind(atMs).bind(id);
    return query.exec();
}

protocol::Result<void> PortalStore::addMfaFailure(qint64 userId, qint64 conversationId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO portal_mfa_failures (user_id, conversation_id, failed_at)"
                       " VALUES (?, ?, ?)"));
    query.bind(userId).bind(conversationId).bind(atMs);
    return query.exec();
}

protocol::Result<int> PortalStore::mfaFailuresSince(
    qint64 userId, qint64 conversationId, qint64 sinceMs)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT COUNT(*) FROM portal_mfa_failures f"
                       " WHERE f.user_id = ? AND f.conversation_id = ? AND f.failed_at >= ?"
                       " AND f.failed_at > COALESCE((SELECT MAX(p.passed_at)"
                       " FROM portal_mfa_passed p JOIN tokens t ON t.id = p.token_id"
                       " WHERE t.user_id = f.user_id AND p.conversation_id = f.conversation_id),"
                       " 0)"));
    query.bind(userId).bind(conversationId).bind(sinceMs);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

protocol::Result<void> PortalStore::passMfa(qint64 tokenId, qint64 conversationId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO portal_mfa_passed (token_id, conversation_id, passed_at)"
                       " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    query.bind(tokenId).bind(conversationId).bind(atMs);
    return query.exec();
}

protocol::Result<QSet<qint64>> PortalStore::mfaPassed(qint64 tokenId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT conversation_id FROM portal_mfa_passed WHERE token_id = ?"));
    query.bind(tokenId);
    if (auto done = query.exec(); !done)
        return done.error();
    QSet<qint64> passed;
    while (query.next())
        passed.insert(query.integer(0));
    return passed;
}

protocol::Result<int> PortalStore::unreadCount(qint64 userId, qint64 conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND sender_id != ?"
                       " AND kind != 'event' AND deleted = 0 AND id > COALESCE((SELECT"
                       " MAX(message_id) FROM receipts WHERE conversation_id = ? AND user_id = ?),"
                       " 0)"));
    query.bind(conversationId).bind(userId).bind(conversationId).bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

protocol::Result<int> PortalStore::endAccess(qint64 userId, qint64 atMs)
{
    SqlQuery invitations(m_db,
        QStringLiteral("UPDATE invitations SET expires_at = ?"
                       " WHERE user_id = ? AND used_at IS NULL AND expires_at > ?"));
    invitations.bind(atMs).bind(userId).bind(atMs);
    if (auto done = invitations.exec(); !done)
        return done.error();
    SqlQuery sessions(m_db,
        QStringLiteral("UPDATE tokens SET revoked_at = ?"
                       " WHERE user_id = ? AND kind = 'portal' AND revoked_at IS NULL"));
    sessions.bind(atMs).bind(userId);
    if (auto done = sessions.exec(); !done)
        return done.error();
    return sessions.rowsAffected();
}

protocol::Result<QList<qint64>> PortalStore::mattersOf(qint64 userId)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT matter_id FROM matter_parties WHERE user_id = ? ORDER BY matter_id"));
    query.bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<qint64> matters;
    while (query.next())
        matters.append(query.integer(0));
    return matters;
}

protocol::Result<QList<PortalStore::Membership>> PortalStore::conversationsOf(qint64 userId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT c.id, c.matter_id FROM members m"
                       " JOIN conversations c ON c.id = m.conversation_id AND c.kind = 'external'"
                       " WHERE m.user_id = ? AND m.removed_at IS NULL ORDER BY c.id"));
    query.bind(userId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Membership> conversations;
    while (query.next())
        conversations.append(Membership { query.integer(0), query.integer(1) });
    return conversations;
}

} // namespace parley::server
