// PortalStore: the rows behind the client portal: invitations redeemed (single use), clients
// found by email, one-time MFA codes (only their hash kept), the conversations a session has
// passed MFA for, wrong codes counted for the lockout, and unread counts.
#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct InvitationRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 conversationId = 0;
    qint64 expiresAt = 0; // ms since the epoch
    bool used = false;
};

struct MfaCodeRecord
{
    qint64 id = 0;
    QString codeHash;
    qint64 expiresAt = 0;
    qint64 createdAt = 0;
};

class PortalStore
{
public:
    explicit PortalStore(QSqlDatabase db);

    protocol::Result<std::optional<InvitationRecord>> invitation(const QString &tokenHash);
    // Marks the invitation used; false when it was used already (a race lost).
    protocol::Result<bool> useInvitation(qint64 id, qint64 atMs);
    // The active client with this email (case-insensitive) and the conversation they most
    // recently received a message in (or joined), if any.
    struct ClientConversation
    {
        qint64 userId = 0;
        qint64 conversationId = 0;
    };
    protocol::Result<std::optional<ClientConversation>> clientByEmail(const QString &email);
    // When the user's newest invitation (or sign-in link) was made, if any.
    protocol::Result<std::optional<qint64>> lastInvitationAt(qint64 userId);

    protocol::Result<qint64> addMfaCode(qint64 tokenId, qint64 conversationId,
        const QString &codeHash, qint64 atMs, qint64 expiresAt);
    // The newest unused code of the session for the conversation.
    protocol::Result<std::optional<MfaCodeRecord>> latestMfaCode(
        qint64 tokenId, qint64 conversationId);
    protocol::Result<void> useMfaCode(qint64 id, qint64 atMs);
    protocol::Result<void> addMfaFailure(qint64 userId, qint64 conversationId, qint64 atMs);
    // Wrong codes since sinceMs and since the client last passed (a right code starts the
    // count again; nothing is deleted).
    protocol::Result<int> mfaFailuresSince(qint64 userId, qint64 conversationId, qint64 sinceMs);
    protocol::Result<void> passMfa(qint64 tokenId, qint64 conversationId, qint64 atMs);
    // Every conversation the session has passed MFA for.
    protocol::Result<QSet<qint64>> mfaPassed(qint64 tokenId);

    // Ends what the client's old portal address gave: unused invitations expire now (opening
    // one explains and mails a fresh link to the new address) and portal sessions are
    // revoked. Returns how many sessions ended.
    protocol::Result<int> endAccess(qint64 userId, qint64 atMs);
    // The matters the client is a party to, and the external conversations they are an
    // active member of (id, matter id).
    protocol::Result<QList<qint64>> mattersOf(qint64 userId);
    struct Membership
    {
        qint64 conversationId = 0;
        qint64 matterId = 0;
    };
    protocol::Result<QList<Membership>> conversationsOf(qint64 userId);

    // Messages of the conversation from others, not events, after the user's last read.
    protocol::Result<int> unreadCount(qint64 userId, qint64 conversationId);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
