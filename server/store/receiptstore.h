// ReceiptStore: who read which message, and when.
#pragma once

#include "protocol/receipt.h"
#include "protocol/result.h"

#include <QList>
#include <QSqlDatabase>

namespace parley::server {

class ReceiptStore
{
public:
    explicit ReceiptStore(QSqlDatabase db);

    // Reading twice keeps the first time; returns the receipt id either way.
    protocol::Result<qint64> markRead(
        qint64 messageId, qint64 conversationId, qint64 userId, qint64 readAtMs);
    // Marks upToMessageId and every earlier message of the conversation sent by someone else
    // read by userId, where not read yet; returns the ids of the receipts it created, oldest
    // message first (empty when everything was read already).
    protocol::Result<QList<qint64>> markReadUpTo(
        qint64 conversationId, qint64 upToMessageId, qint64 userId, qint64 readAtMs);
    // not_found when missing.
    protocol::Result<protocol::Receipt> load(qint64 id);
    // The receipts of the messages of a conversation from fromMessageId on, oldest first.
    protocol::Result<QList<protocol::Receipt>> listFrom(
        qint64 conversationId, qint64 fromMessageId);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
