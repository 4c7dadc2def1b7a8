// Read receipts.
#include "receiptservice.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/inboxstore.h"
#include "store/messagestore.h"
#include "store/portalevents.h"
#include "store/receiptstore.h"

namespace parley::server {

ReceiptService::ReceiptService(QSqlDatabase db, AccessPolicy &policy, ServerEvents *events)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_events(events)
{ }

protocol::Result<QList<protocol::Receipt>> ReceiptService::markRead(
    const Principal &who, qint64 conversationId, qint64 messageId)
{
    auto record = m_policy.visibleConversation(who, conversationId);
    if (!record)
        return record.error();

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    auto message = MessageStore(m_db).load(messageId);
    if (!message && !message.error().is(protocol::ErrorCode::NotFound))
        return message.error();
    if (!message || message->conversationId != conversationId) {
        return invalidField(QStringLiteral("message_id"),
            QStringLiteral("The message is not in this conversation."));
    }
    ReceiptStore receipts(m_db);
    auto created = receipts.markReadUpTo(conversationId, messageId, who.userId(), nowMs());
    if (!created)
        return created.error();
    QList<protocol::Receipt> stored;
    ChangeLog log(m_db);
    for (qint64 id : created.value()) {
        if (auto change = log.record(
                who.firmId, QStringLiteral("receipt"), id, record->matterId, conversationId);
            !change)
            return change.error();
        auto receipt = receipts.load(id);
        if (!receipt)
            return receipt.error();
        AuditEntry read { who.firmId, record->matterId, QLatin1String(AuditAction::MessageRead),
            who.userId(), conversationId, receipt->messageId };
        // Where clients must enter a security code: whether this client's session had, which
        // the record of communication shows beside each read.
        if (!who.isStaff() && record->requireMfa)
            read.detail.insert(QStringLiteral("mfa"), who.mfaPassed.contains(conversationId));
        if (auto audited = AuditLog(m_db).append(read, receipt->readAt.toMSecsSinceEpoch());
            !audited)
            return audited.error();
        stored.append(std::move(receipt).value());
    }
    // Reading takes back the reader's own "unread" marks of the team inbox up to here.
    if (who.isStaff()) {
        if (auto marks = InboxStore(m_db).markConversationRead(
                who.userId(), conversationId, messageId, nowMs());
            !marks)
            return marks.error();
    }
    // A client opening the portal thread is a portal event; staff reads are receipts only.
    if (!who.isStaff() && !stored.isEmpty()) {
        auto event = recordEvent(m_db, who.firmId, record->matterId, conversationId, who.userId(),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("read") },
                { QStringLiteral("actor_id"), who.userId() },
                { QStringLiteral("subject_id"), who.userId() },
                { QStringLiteral("message_id"), messageId } },
            stored.last().readAt.toMSecsSinceEpoch());
        if (!event)
            return event.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (m_events && !stored.isEmpty())
        Q_EMIT m_events->changesCommitted(who.firmId);
    return stored;
}

} // namespace parley::server
