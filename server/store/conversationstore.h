// ConversationStore: conversations and their members.
#pragma once

#include "protocol/conversation.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// The conversation row alone: what access checks need.
struct ConversationRecord
{
    qint64 id = 0;
    qint64 firmId = 0;
    std::optional<qint64> matterId;
    QString kind;
    bool closed = false; // the matter closed or its client cancelled: staff have left
    bool requireMfa = false; // clients enter an emailed code to see what is in it
};

struct NewConversationRecord
{
    qint64 firmId = 0;
    std::optional<qint64> matterId;
    QString kind;
    QString title;
    bool requireMfa = false;
    bool sms = false;
    qint64 createdBy = 0;
    qint64 createdAt = 0; // ms since the epoch
};

class ConversationStore
{
public:
    explicit ConversationStore(QSqlDatabase db);

    protocol::Result<qint64> create(const NewConversationRecord &conversation);
    protocol::Result<void> addMember(qint64 conversationId, qint64 userId, qint64 addedAtMs);
    // Ends the member's membership (the row stays); false when they were not an active member.
    protocol::Result<bool> removeMember(qint64 conversationId, qint64 userId, qint64 atMs);
    protocol::Result<void> touchLastMessage(qint64 conversationId, qint64 atMs);
    // Sets who answers the conversation for the firm (none: nobody); false when it was so.
    protocol::Result<bool> setAssignee(qint64 conversationId, std::optional<qint64> assigneeId);
    // Closes an open conversation for reason ("matter_closed" | "client_cancelled") and ends
    // the membership of every staff member in it; returns those staff (none, and nothing
    // changed, when it was closed already).
    protocol::Result<std::optional<QList<qint64>>> close(
        qint64 conversationId, const QString &reason, qint64 atMs);

    protocol::Result<std::optional<ConversationRecord>> find(qint64 id);
    // The full wire form with members; not_found when missing.
    protocol::Result<protocol::Conversation> load(qint64 id);
    protocol::Result<QList<ConversationRecord>> listForMatter(qint64 matterId);
    // Every conversation of the firm (access filtering is the caller's).
    protocol::Result<QList<ConversationRecord>> list(qint64 firmId);
    protocol::Result<bool> isActiveMember(qint64 conversationId, qint64 userId);

private:
    protocol::Result<QList<ConversationRecord>> listWhere(const QString &condition, qint64 value);

    QSqlDatabase m_db;
};

} // namespace parley::server
