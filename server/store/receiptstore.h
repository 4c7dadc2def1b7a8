// ReceiptStore: who read which message, and when.
#pragma once

#include "protocol/receipt.h"
#include "protocol/result.h"

#include <QSqlDatabase>

namespace parley::server {

class ReceiptStore
{
public:
    explicit ReceiptStore(QSqlDatabase db);

    // Reading twice keeps the first time; returns the receipt id either way.
    protocol::Result<qint64> markRead(
        qint64 messageId, qint64 conversationId, qint64 userId, qint64 readAtMs);
    // not_found when missing.
    protocol::Result<protocol::Receipt> load(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
