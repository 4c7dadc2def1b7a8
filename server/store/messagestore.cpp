// Message rows.
#include "messagestore.h"

#include "attachmentstore.h"
#include "common/errors.h"
#include "db/dialect.h"
#include "db/sqlquery.h"

#include <QJsonDocument>
#include <algorithm>

namespace parley::server {

MessageStore::MessageStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> MessageStore::insert(const NewMessageRecord &message, bool *duplicate)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, body,"
                       " client_txn_id, channel, event, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    query.bind(message.conversationId).bind(message.senderId).bind(message.kind);
    query.bindText(message.body);
    query.bind(message.clientTxnId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(message.clientTxnId));
    query.bind(message.channel);
    query.bind(message.event.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(
                QString::fromUtf8(QJsonDocument(message.event).toJson(QJsonDocument::Compact))));
    query.bind(message.createdAt);
    // A retry's row (sender, client_txn_id) exists already: no row comes back. Not a failed
    // statement, which would end a PostgreSQL transaction.
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next()) {
        if (duplicate)
            *duplicate = true;
        return protocol::Error::make(
            protocol::ErrorCode::Conflict, QStringLiteral("This message was sent already."));
    }
    return query.integer(0);
}

protocol::Result<QList<protocol::Message>> MessageStore::select(
    const QString &condition, const QVariantList &values)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT m.id, m.conversation_id, m.sender_id, u.name, m.kind, m.body,"
                       " m.client_txn_id, m.channel, m.event, m.deleted, m.created_at"
                       " FROM messages m JOIN users u ON u.id = m.sender_id WHERE %1")
            .arg(condition));
    for (const QVariant &value : values)
        query.bind(value);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Message> messages;
    while (query.next()) {
        protocol::Message message;
        message.id = query.integer(0);
        message.conversationId = query.integer(1);
        message.senderId = query.integer(2);
        message.senderName = query.text(3);
        message.kind = query.text(4);
        message.deleted = query.integer(9) != 0;
        // A deleted message keeps its row for the audit log; participants never get the body.
        message.body = message.deleted ? QString() : query.text(5);
        message.clientTxnId = query.text(6);
        message.channel = query.text(7);
        if (!query.value(8).isNull())
            message.event = QJsonDocument::fromJson(query.text(8).toUtf8()).object();
        message.createdAt = query.time(10);
        messages.append(std::move(message));
    }
    QList<qint64> ids;
    for (const protocol::Message &message : messages)
        ids.append(message.id);
    auto attachments = AttachmentStore(m_db).forMessages(ids);
    if (!attachments)
        return attachments.error();
    for (protocol::Message &message : messages) {
        if (!message.deleted) // its files went with it (the record of communication keeps them)
            message.attachments = attachments->value(message.id);
    }
    return messages;
}

protocol::Result<std::optional<protocol::Message>> MessageStore::findByTxn(
    qint64 senderId, const QString &clientTxnId)
{
    auto messages = select(
        QStringLiteral("m.sender_id = ? AND m.client_txn_id = ?"), { senderId, clientTxnId });
    if (!messages)
        return messages.error();
    if (messages->isEmpty())
        return std::optional<protocol::Message>();
    return std::optional<protocol::Message>(messages->first());
}

protocol::Result<protocol::Message> MessageStore::load(qint64 id)
{
    auto messages = select(QStringLiteral("m.id = ?"), { id });
    if (!messages)
        return messages.error();
    if (messages->isEmpty())
        return notFound(QStringLiteral("The message"));
    return messages->first();
}

protocol::Result<QHash<qint64, protocol::Message>> MessageStore::loadMany(const QList<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    auto messages = select(QStringLiteral("m.id IN ") + dialect::inList(ids.size()), values);
    if (!messages)
        return messages.error();
    QHash<qint64, protocol::Message> byId;
    for (protocol::Message &message : messages.value())
        byId.insert(message.id, std::move(message));
    return byId;
}

protocol::Result<QList<protocol::Message>> MessageStore::withFiles(qint64 matterId, int limit)
{
    return select(QStringLiteral("m.conversation_id IN (SELECT id FROM conversations WHERE"
                                 " matter_id = ?) AND m.deleted = 0 AND EXISTS (SELECT 1 FROM"
                                 " attachments a WHERE a.message_id = m.id)"
                                 " ORDER BY m.id DESC LIMIT ?"),
        { matterId, limit });
}

protocol::Result<MessagePage> MessageStore::page(
    qint64 conversationId, std::optional<qint64> beforeId, int limit)
{
    // One row more than asked tells whether older history remains.
    QString condition = QStringLiteral("m.conversation_id = ?");
    QVariantList values { conversationId };
    if (beforeId) {
        condition += QStringLiteral(" AND m.id < ?");
        values.append(*beforeId);
    }
    condition += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    values.append(limit + 1);
    auto messages = select(condition, values);
    if (!messages)
        return messages.error();
    MessagePage page;
    page.messages = std::move(messages).value();
    const bool more = page.messages.size() > limit;
    if (more)
        page.messages.removeLast();
    std::reverse(page.messages.begin(), page.messages.end());
    if (more && !page.messages.isEmpty())
        page.prev = page.messages.first().id;
    return page;
}

protocol::Result<QString> MessageStore::storedBody(qint64 id)
{
    SqlQuery query(m_db, QStringLiteral("SELECT body FROM messages WHERE id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(QStringLiteral("The message"));
    return query.text(0);
}

protocol::Result<bool> MessageStore::markDeleted(qint64 id)
{
    SqlQuery query(
        m_db, QStringLiteral("UPDATE messages SET deleted = 1 WHERE id = ? AND deleted = 0"));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() == 1;
}

} // namespace parley::server
