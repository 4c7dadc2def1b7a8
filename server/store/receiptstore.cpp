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
        QStringLiteral("INSERT INTO receipts (message_id, conversation_id, user_id, read_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
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

protocol::Result<QList<qint64>> ReceiptStore::markReadUpTo(
    qint64 conversationId, qint64 upToMessageId, qint64 userId, qint64 readAtMs)
{
    SqlQuery unread(m_db,
        QStringLiteral(
            "SELECT m.id FROM messages m WHERE m.conversation_id = ? AND m.id <= ?"
            " AND m.sender_id != ? AND m.kind != 'event' AND NOT EXISTS (SELECT 1 FROM receipts r"
            " WHERE r.message_id = m.id AND r.user_id = ?) ORDER BY m.id"));
    unread.bind(conversationId).bind(upToMessageId).bind(userId).bind(userId);
    if (auto result = unread.exec(); !result)
        return result.error();
    QList<qint64> messageIds;
    while (unread.next())
        messageIds.append(unread.integer(0));
    QList<qint64> created;
    for (qint64 messageId : messageIds) {
        SqlQuery insert(m_db,
            QStringLiteral("INSERT INTO receipts (message_id, conversation_id, user_id, read_at)"
                           " VALUES (?, ?, ?, ?) RETURNING id"));
        insert.bind(messageId).bind(conversationId).bind(userId).bind(readAtMs);
        if (auto result = insert.exec(); !result)
            return result.error();
        auto id = insert.insertedId();
        if (!id)
            return id.error();
        created.append(id.value());
    }
    return created;
}

protocol::Result<QList<protocol::Receipt>> ReceiptStore::listFrom(
    qint64 conversationId, qint64 fromMessageId)
{
    SqlQuery query(m_db,
        // Through the messages index and UNIQUE (message_id, user_id): receipts has no index
        // by conversation on the server.
        QStringLiteral("SELECT message_id, conversation_id, user_id, read_at FROM receipts"
                       " WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ?"
                       " AND id >= ?) ORDER BY message_id, id"));
    query.bind(conversationId).bind(fromMessageId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Receipt> receipts;
    while (query.next()) {
        receipts.append(protocol::Receipt {
            query.integer(0), query.integer(1), query.integer(2), query.time(3) });
    }
    return receipts;
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
