// Sending and reading messages.
#include "messageservice.h"

#include "access/accesspolicy.h"
#include "audit/auditentries.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "services/documentservice.h"
#include "store/attachmentstore.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/documentstore.h"

namespace parley::server {

MessageService::MessageService(
    QSqlDatabase db, AccessPolicy &policy, DocumentService &documents, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_documents(documents)
    , m_events(events)
{ }

protocol::Result<std::optional<SendOutcome>> MessageService::findRetry(
    const Principal &who, qint64 conversationId, const QString &clientTxnId)
{
    auto existing = MessageStore(m_db).findByTxn(who.userId(), clientTxnId);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return std::optional<SendOutcome>();
    if (existing.value()->conversationId != conversationId)
        return protocol::Error::make(protocol::ErrorCode::Conflict,
            QStringLiteral("This client_txn_id was already used for another conversation."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("client_txn_id") } });
    return std::optional<SendOutcome>(SendOutcome { *existing.value(), false });
}

protocol::Result<SendOutcome> MessageService::send(const Principal &who, qint64 conversationId,
    const protocol::NewMessage &request, const protocol::Limits &limits, const QString &channel)
{
    auto record = ConversationStore(m_db).find(conversationId);
    if (!record)
        return record.error();
    if (!record.value())
        return notFound(QStringLiteral("The conversation"));
    // A retry of what was stored answers with it even once the sender may no longer post
    // there (the conversation closed, they were removed): the first answer was only lost.
    // (A conflict is answered only once access is checked, below, so it says nothing about
    // a conversation the sender may not see.)
    if (auto earlier = findRetry(who, conversationId, request.clientTxnId);
        earlier && earlier.value())
        return *earlier.value();
    auto allowed = m_policy.canPostTo(who, *record.value());
    if (!allowed)
        return allowed.error();
    if (!allowed.value())
        return notFound(QStringLiteral("The conversation"));
    if (auto valid = request.validate(limits); !valid)
        return valid.error();

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    auto attachments = m_documents.resolve(who, *record.value(), request.attachments);
    if (!attachments)
        return attachments.error();

    const qint64 now = nowMs();
    bool duplicate = false;
    // Files with no text are a message of kind file.
    const QString kind = request.body.trimmed().isEmpty() && !attachments->isEmpty()
        ? QStringLiteral("file")
        : request.kind;
    auto id = storeWithin(who, *record.value(),
        NewMessageRecord { conversationId, who.userId(), kind, request.body, request.clientTxnId,
            channel, {}, now },
        attachments.value(), &duplicate);
    if (!id && duplicate) {
        // A retry stored between our lookup and insert (another request, another server):
        // its row is the message; ours was not inserted and the transaction rolls back.
        qCInfo(lcMessages) << "a retry by user" << who.userId()
                           << "was stored meanwhile; answering with that message";
        auto again = findRetry(who, conversationId, request.clientTxnId);
        if (!again)
            return again.error();
        if (again.value())
            return *again.value();
    }
    if (!id)
        return id.error();
    auto stored = MessageStore(m_db).load(id.value());
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events)
        Q_EMIT m_events->changesCommitted(who.firmId);
    return SendOutcome { std::move(stored).value(), true };
}

protocol::Result<qint64> MessageService::storeWithin(const Principal &who,
    const ConversationRecord &conversation, const NewMessageRecord &message,
    const QList<NewAttachmentRow> &attachments, bool *duplicate)
{
    auto id = MessageStore(m_db).insert(message, duplicate);
    if (!id)
        return id;
    AttachmentStore attachmentRows(m_db);
    for (const NewAttachmentRow &row : attachments) {
        if (auto stored = attachmentRows.insert(id.value(), row); !stored)
            return stored.error();
    }
    if (auto shared = m_documents.markShared(attachments); !shared)
        return shared.error();
    if (auto audited = audit(who, conversation, id.value(), message.kind, message.body,
            message.channel, attachments, message.createdAt);
        !audited)
        return audited.error();
    if (auto touched = ConversationStore(m_db).touchLastMessage(conversation.id, message.createdAt);
        !touched)
        return touched.error();
    if (auto change = ChangeLog(m_db).record(who.firmId, QStringLiteral("message"), id.value(),
            conversation.matterId, conversation.id);
        !change)
        return change.error();
    return id;
}

protocol::Result<void> MessageService::audit(const Principal &who,
    const ConversationRecord &conversation, qint64 messageId, const QString &kind,
    const QString &body, const QString &channel, const QList<NewAttachmentRow> &attachments,
    qint64 atMs)
{
    AuditLog log(m_db);
    if (auto sent = log.append(AuditEntries::messageSent(who.firmId, conversation.matterId,
                                   conversation.id, messageId, who.userId(), kind, channel, body),
            atMs);
        !sent)
        return sent.error();
    for (const NewAttachmentRow &file : attachments) {
        // A share follows the latest version; the record names the one current when shared.
        std::optional<qint64> version = file.versionId;
        if (!version && file.documentId) {
            auto document = DocumentStore(m_db).find(*file.documentId);
            if (!document)
                return document.error();
            if (document.value() && document.value()->currentVersion())
                version = document.value()->currentVersion()->id;
        }
        AuditEntry entry { who.firmId, conversation.matterId,
            QLatin1String(file.mode == QLatin1String("share") ? AuditAction::DocumentShared
                                                              : AuditAction::DocumentSent),
            who.userId(), conversation.id, messageId, file.documentId, version,
            QJsonObject { { QStringLiteral("mode"), file.mode },
                { QStringLiteral("size"), file.size },
                { QStringLiteral("sha256"), file.sha256 } } };
        if (auto appended = log.append(entry, atMs); !appended)
            return appended.error();
    }
    return {};
}

protocol::Result<MessagePage> MessageService::history(
    const Principal &who, qint64 conversationId, std::optional<qint64> beforeId, int limit)
{
    auto visible = m_policy.canSeeConversation(who, conversationId);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound(QStringLiteral("The conversation"));
    return MessageStore(m_db).page(conversationId, beforeId, limit);
}

protocol::Result<protocol::Message> MessageService::remove(const Principal &who, qint64 messageId)
{
    MessageStore messages(m_db);
    auto message = messages.load(messageId);
    if (!message)
        return message.error();
    auto conversation = m_policy.visibleConversation(who, message->conversationId);
    if (!conversation)
        return conversation.error().is(protocol::ErrorCode::NotFound)
            ? notFound(QStringLiteral("The message"))
            : conversation.error();
    if (!who.isStaff() || message->senderId != who.userId()
        || message->kind == QLatin1String("event"))
        return protocol::Error::make(protocol::ErrorCode::Forbidden,
            QStringLiteral("Only the firm member who sent a message can delete it."));

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    auto body = messages.storedBody(messageId);
    if (!body)
        return body.error();
    auto flagged = messages.markDeleted(messageId);
    if (!flagged)
        return flagged.error();
    if (flagged.value()) {
        const qint64 now = nowMs();
        const std::optional<qint64> matterId = conversation->matterId;
        if (auto change = ChangeLog(m_db).record(who.firmId, QStringLiteral("message"), messageId,
                matterId, message->conversationId);
            !change)
            return change.error();
        // What was said stays provable: the body is in the audit entry, not shown to anyone.
        if (auto audited = AuditLog(m_db).append(
                AuditEntry { who.firmId, matterId, QLatin1String(AuditAction::MessageDeleted),
                    who.userId(), message->conversationId, messageId, std::nullopt, std::nullopt,
                    QJsonObject { { QStringLiteral("kind"), message->kind },
                        { QStringLiteral("body"), body.value() } } },
                now);
            !audited)
            return audited.error();
    }
    auto deleted = messages.load(messageId);
    if (!deleted)
        return deleted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && flagged.value())
        Q_EMIT m_events->changesCommitted(who.firmId);
    return deleted;
}

} // namespace parley::server
