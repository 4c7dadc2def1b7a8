// AccessPolicy: the one place that decides who may see and post to what; every endpoint,
// /sync and the stream ask it, so the rules of DESIGN.md hold everywhere at once.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/taskstore.h"

#include <QSqlDatabase>

namespace parley::server {

class RecordCache;

class AccessPolicy
{
public:
    // With records, the matter and conversation rows are read through that cache (one read
    // view's worth of checks, e.g. a stream push round); without, fresh for every question.
    explicit AccessPolicy(QSqlDatabase db, RecordCache *records = nullptr);

    // Staff: every matter of their firm except restricted ones they are not on the staff
    // list of. Clients: the matters they are a party to.
    protocol::Result<bool> canSeeMatter(const Principal &who, const MatterRecord &matter);
    protocol::Result<bool> canSeeMatter(const Principal &who, qint64 matterId);
    // A matter's own files and lists (documents, message files) are for its staff: anyone
    // else, clients included, gets not_found, so a matter's existence never leaks.
    protocol::Result<void> requireStaffOnMatter(const Principal &who, qint64 matterId);
    // Staff: conversations of visible matters, and direct ones they are an active member
    // of. Clients: external conversations they are an active member of.
    protocol::Result<bool> canSeeConversation(
        const Principal &who, const ConversationRecord &conversation);
    protocol::Result<bool> canSeeConversation(const Principal &who, qint64 conversationId);
    // The conversation when the caller may see it; not_found when it is missing or hidden
    // alike, so a hidden conversation's existence never leaks.
    protocol::Result<ConversationRecord> visibleConversation(
        const Principal &who, qint64 conversationId);
    // What is in the conversation (messages, files): visible, and for a portal session, MFA
    // entered where the conversation requires it.
    protocol::Result<bool> canSeeContent(const Principal &who, qint64 conversationId);
    // Posting needs visibility (a client also needs active membership) and an open
    // conversation: conversation_closed for a client in a closed one.
    protocol::Result<bool> canPostTo(const Principal &who, const ConversationRecord &conversation);
    // Sync only: the conversation's own row (title, members, closed), never its content. Staff
    // who saw a client conversation until it closed learn that it closed and that they left.
    protocol::Result<bool> canSeeConversationRecord(const Principal &who, qint64 conversationId);
    // The bytes of a blob (by sha256): its uploader; whoever may see a conversation it was
    // sent to (a copy or file; a share only while active and at its latest version); staff
    // who may see a matter with a document version of those bytes.
    protocol::Result<bool> canReadBlob(const Principal &who, const QString &sha256);

    // The team inbox's reach: the client (external) conversations the caller may see, i.e.
    // the open ones of matters they may see. None for clients: the inbox is the firm's.
    protocol::Result<QList<qint64>> inboxConversations(const Principal &who);
    // A colleague as the rules see them, to ask what they may see (an assignee): none unless
    // userId is a staff member of the firm.
    protocol::Result<std::optional<Principal>> colleague(qint64 firmId, qint64 userId);
    // Staff who may see the task's matter (and the conversation of the message it came from,
    // if any); a task without a matter: its creator and its assignee only. Never clients.
    protocol::Result<bool> canSeeTask(const Principal &who, const TaskRecord &task);

private:
    protocol::Result<std::optional<MatterRecord>> findMatter(qint64 matterId);
    protocol::Result<std::optional<ConversationRecord>> findConversation(qint64 conversationId);

    QSqlDatabase m_db;
    RecordCache *m_records = nullptr;
};

} // namespace parley::server
