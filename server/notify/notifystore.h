// NotifyStore: what the notifier reads and writes besides the mail queue: its place in the
// change log, the emails waiting for their time (notify_pending), invitations (only their
// hash stored), and the people and conversations an email is about.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct NotifyCursor
{
    qint64 seq = 0;
    qint64 messageId = 0;
};

struct Recipient
{
    qint64 userId = 0;
    QString kind; // staff | client
    QString name;
    QString email;
    QString phone;
};

struct ConversationFacts
{
    qint64 id = 0;
    qint64 firmId = 0;
    std::optional<qint64> matterId;
    QString kind;
    QString title;
    QString matterNumber;
    QString matterTitle;
    bool requireMfa = false;
    bool sms = false; // messages also go to clients by text
};

struct MessageFacts
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString senderKind;
    QString senderName;
    QString kind;
    QString eventType; // for kind "event": "read", "member_added"...
    QString body;
    QStringList fileNames;
    QDateTime createdAt;
};

struct PendingNotice
{
    qint64 id = 0;
    qint64 firmId = 0;
    QString kind; // client_unread | staff_batch
    qint64 userId = 0;
    std::optional<qint64> conversationId;
    qint64 firstMessageId = 0;
    qint64 lastMessageId = 0;
    QDateTime dueAt;
};

class NotifyStore
{
public:
    explicit NotifyStore(QSqlDatabase db);

    protocol::Result<std::optional<NotifyCursor>> cursor(qint64 firmId);
    protocol::Result<void> setCursor(qint64 firmId, const NotifyCursor &cursor);
    // Whether the firm has changes past its cursor (or no cursor yet).
    protocol::Result<bool> behind(qint64 firmId);
    protocol::Result<qint64> latestMessageId();
    // The firm's own staff batch window, when it set one.
    protocol::Result<std::optional<int>> staffBatchMinutes(qint64 firmId);

    protocol::Result<std::optional<ConversationFacts>> conversation(qint64 id);
    protocol::Result<std::optional<MessageFacts>> message(qint64 id);
    // Active members of a conversation, with their email addresses.
    protocol::Result<QList<Recipient>> members(qint64 conversationId);
    // Staff who may see a matter: those on it (all of the firm's staff for an unrestricted
    // matter without a staff list would be too many: the matter's staff list decides).
    protocol::Result<QList<Recipient>> matterStaff(qint64 matterId);
    // The conversation's assignee while they may still see it (its matter unrestricted, or
    // they are on its staff list): they alone hear of its clients' activity.
    protocol::Result<std::optional<Recipient>> assignee(qint64 conversationId);
    protocol::Result<std::optional<Recipient>> user(qint64 userId);

    // Whether the user has read the conversation up to messageId (a receipt at or after it).
    protocol::Result<bool> hasRead(qint64 userId, qint64 conversationId, qint64 messageId);
    protocol::Result<bool> hasInvitation(qint64 userId, qint64 conversationId);
    // A fresh single-use invitation; returns the token in clear (only its hash is kept).
    protocol::Result<QString> createInvitation(
        qint64 userId, qint64 conversationId, const QDateTime &now, const QDateTime &expires);

    // Adds messageId to the user's waiting notice of this kind (and conversation), or starts
    // one due at dueAt.
    protocol::Result<void> addPending(qint64 firmId, const QString &kind, qint64 userId,
        std::optional<qint64> conversationId, qint64 messageId, const QDateTime &dueAt);
    protocol::Result<std::optional<PendingNotice>> pendingFor(
        const QString &kind, qint64 userId, std::optional<qint64> conversationId);
    protocol::Result<QList<PendingNotice>> duePending(const QDateTime &now);
    protocol::Result<void> removePending(qint64 id);
    // The firm's messages of a conversation in [first, last] (a client's unread batch), oldest
    // first, events left out.
    protocol::Result<QList<MessageFacts>> firmMessages(
        qint64 conversationId, qint64 first, qint64 last);
    // Clients' messages and reads in [first, last] that are news for the staff member (a staff
    // batch): in conversations assigned to them, or unassigned ones of matters they are on;
    // oldest first.
    protocol::Result<QList<MessageFacts>> clientActivity(qint64 staffId, qint64 first, qint64 last);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
