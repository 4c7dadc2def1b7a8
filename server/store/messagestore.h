// MessageStore: messages, read newest-first in pages and found by their idempotency key.
#pragma once

#include "protocol/message.h"
#include "protocol/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

struct NewMessageRecord
{
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString kind = QStringLiteral("text");
    QString body;
    QString clientTxnId; // empty: no idempotency key (server-made events)
    QString channel = QStringLiteral("app");
    QJsonObject event;
    qint64 createdAt = 0; // ms since the epoch
};

struct MessagePage
{
    QList<protocol::Message> messages; // oldest first
    std::optional<qint64> prev; // pass as before= for the older page; none when all loaded
};

class MessageStore
{
public:
    explicit MessageStore(QSqlDatabase db);

    // A (sender, client_txn_id) already stored inserts nothing and gives a conflict error with
    // *duplicate set, so the caller can fetch the first copy in the same transaction.
    protocol::Result<qint64> insert(const NewMessageRecord &message, bool *duplicate = nullptr);
    protocol::Result<std::optional<protocol::Message>> findByTxn(
        qint64 senderId, const QString &clientTxnId);
    // not_found when missing.
    protocol::Result<protocol::Message> load(qint64 id);
    // The messages with these ids, by id (missing ones left out).
    protocol::Result<QHash<qint64, protocol::Message>> loadMany(const QList<qint64> &ids);
    // The stored body, also of a deleted message (for its audit entry; never for participants).
    protocol::Result<QString> storedBody(qint64 id);
    // Flags the message deleted (the row and body stay); false when it already was.
    protocol::Result<bool> markDeleted(qint64 id);
    // The newest `limit` messages older than beforeId (all when none), oldest first.
    protocol::Result<MessagePage> page(
        qint64 conversationId, std::optional<qint64> beforeId, int limit);
    // The newest `limit` messages with files in any conversation of the matter (deleted ones
    // left out), newest first; the caller decides which conversations the reader may see.
    protocol::Result<QList<protocol::Message>> withFiles(qint64 matterId, int limit);

private:
    protocol::Result<QList<protocol::Message>> select(
        const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace parley::server
