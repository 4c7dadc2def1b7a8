// MessageService: sending messages exactly once per client_txn_id, and paging history.
#pragma once

#include "common/principal.h"
#include "protocol/limits.h"
#include "protocol/message.h"
#include "protocol/newmessage.h"
#include "protocol/result.h"
#include "store/attachmentstore.h"
#include "store/conversationstore.h"
#include "store/messagestore.h"

#include <QSqlDatabase>

namespace parley::server {

class AccessPolicy;
class DocumentService;
class ServerEvents;

struct SendOutcome
{
    protocol::Message message;
    bool created = false; // false: the same client_txn_id was stored before
};

class MessageService
{
public:
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 200;

    MessageService(
        QSqlDatabase db, AccessPolicy &policy, DocumentService &documents, ServerEvents *events);

    // A retry with a (sender, client_txn_id) already stored returns that message,
    // unchanged, with created = false; the unique index guarantees one row even when
    // retries race.
    // channel: how it came in: "app" (the API), "sms" (a text message's reply).
    protocol::Result<SendOutcome> send(const Principal &who, qint64 conversationId,
        const protocol::NewMessage &request, const protocol::Limits &limits,
        const QString &channel = QStringLiteral("app"));
    protocol::Result<MessagePage> history(
        const Principal &who, qint64 conversationId, std::optional<qint64> beforeId, int limit);

    // Inside the caller's write transaction, for a sender already allowed to post there: the
    // message with its attachments, its audit entries, the conversation's last message time and
    // its change, as send() stores them. *duplicate as MessageStore::insert sets it.
    protocol::Result<qint64> storeWithin(const Principal &who,
        const ConversationRecord &conversation, const NewMessageRecord &message,
        const QList<NewAttachmentRow> &attachments, bool *duplicate = nullptr);

    // The sender deletes their message: participants see "message deleted" (the row and body
    // stay; the body goes into the audit entry). not_found for a message the caller may not
    // see, forbidden for someone else's, an event or a client's.
    protocol::Result<protocol::Message> remove(const Principal &who, qint64 messageId);

private:
    protocol::Result<std::optional<SendOutcome>> findRetry(
        const Principal &who, qint64 conversationId, const QString &clientTxnId);
    // The send's audit entries: the message, and each file sent or shared with it.
    protocol::Result<void> audit(const Principal &who, const ConversationRecord &conversation,
        qint64 messageId, const QString &kind, const QString &body, const QString &channel,
        const QList<NewAttachmentRow> &attachments, qint64 atMs);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
    DocumentService &m_documents;
    ServerEvents *m_events;
};

} // namespace parley::server
