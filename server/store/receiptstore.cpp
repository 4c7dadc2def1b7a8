// Receipt rows.
#include "receiptstore.h"

#include "common/errors.h"
#include "db/sqlquery.h"

namespace parley::server {

ReceiptStore::ReceiptStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> ReceiptStore::markRead(
    qint64 messageId, qint64 conversationId, qint64 userId, qint64 readAtMs)
{
    SqlQuery insert(m_db,
        QStringLiteral("INSERT OR IGNORE INTO receipts (message_id, conversation_id, user_id,"
                       " read_at) VALUES (?, ?, ?, ?)"));
    insert.bind(messageId).bind(conversationId).bind(userId).bind(readAtMs);
    if (auto result = insert.exec(); !result)
        return result.error();
    SqlQuery query(
        m_db, QStringLiteral("SELECT id FROM receipts WHERE message_id = ? AND user_id = ?"));
    query.bind(messageId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return notFound(QStringLiteral("The receipt"));
    return query.integer(0);
}

protocol::Result<protocol::Receipt> ReceiptStore::load(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT message_id, conversation_id, user_id, read_at FROM receipts"
                       " WHERE id = ?"));
    query.bind(id);
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return notFound(QStringLiteral("The receipt"));
    return protocol::Receipt { query.integer(0), query.integer(1), query.integer(2),
        query.time(3) };
}

} // namespace parley::server
