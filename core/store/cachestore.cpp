// The cache's reads and writes; every statement's result is checked.
#include "cachestore.h"

#include "cachedatabase.h"
#include "cacherows.h"
#include "sqlquery.h"
#include "storelog.h"
#include "transactionguard.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace parley::store {

using protocol::Result;

CacheStore::CacheStore(CacheDatabase *database)
    : m_database(database)
{ }

Result<bool> CacheStore::applyBatch(const protocol::SyncBatch &batch)
{
    TransactionGuard transaction(db().handle());
    if (auto result = transaction.status(); !result)
        return result.error();
    SqlQuery state(db(), QStringLiteral("SELECT since FROM sync_state WHERE id = 1"));
    if (auto result = state.exec(); !result)
        return result.error();
    if (!state.next()) {
        qCCritical(lcStore) << "the sync state row is missing";
        return internalError();
    }
    const qint64 stored = state.integer(0);
    if (!batch.snapshot && batch.since != stored) {
        qCInfo(lcStore) << "dropping a batch after" << batch.since << "; the cache is at" << stored;
        return false;
    }
    // A snapshot holds each conversation's recent window: what is cached below it may be
    // separated from it by a gap, so history counts as contiguous from the window on, unless
    // the window reaches down into what was cached (then nothing can be missing between).
    QHash<qint64, qint64> windowStart;
    QHash<qint64, qint64> cachedNewest;
    if (batch.snapshot) {
        for (const protocol::Change &change : batch.changes) {
            if (change.type != QLatin1String("message"))
                continue;
            const qint64 conversation
                = change.data.value(QLatin1String("conversation_id")).toInteger();
            if (cachedNewest.contains(conversation))
                continue;
            SqlQuery newest(
                db(), QStringLiteral("SELECT MAX(id) FROM messages WHERE conversation_id = ?"));
            newest.bind(conversation);
            if (auto result = newest.exec(); !result)
                return result.error();
            cachedNewest.insert(conversation, newest.next() ? newest.integer(0) : 0);
        }
    }
    for (const protocol::Change &change : batch.changes) {
        if (auto result = applyChange(change); !result)
            return result.error();
        if (batch.snapshot && change.type == QLatin1String("message")) {
            const qint64 conversation
                = change.data.value(QLatin1String("conversation_id")).toInteger();
            const qint64 id = change.data.value(QLatin1String("id")).toInteger();
            const auto known = windowStart.constFind(conversation);
            if (known == windowStart.constEnd() || id < *known)
                windowStart.insert(conversation, id);
        }
    }
    for (auto it = windowStart.cbegin(); it != windowStart.cend(); ++it) {
        auto known = history(it.key());
        if (!known)
            return known.error();
        const bool heldBefore = known->complete || known->contiguousFrom > 0;
        if (heldBefore && cachedNewest.value(it.key()) >= it.value())
            continue; // the window overlaps the contiguous history: it still holds
        if (auto result = setHistory(it.key(), it.value(), false); !result)
            return result.error();
    }
    SqlQuery update(db(),
        QStringLiteral("UPDATE sync_state SET since = ?,"
                       " has_snapshot = MAX(has_snapshot, ?) WHERE id = 1"));
    update.bind(batch.next).bind(batch.snapshot ? 1 : 0);
    if (auto result = update.exec(); !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return true;
}

Result<void> CacheStore::applyChange(const protocol::Change &change)
{
    // A change that does not decode fails the whole batch (rolled back) rather than being
    // skipped: skipping would store a since that claims data the cache does not have.
    const QString &type = change.type;
    if (type == QLatin1String("message")) {
        auto message = protocol::Message::fromJson(change.data);
        if (!message)
            return message.error();
        return CacheRows::upsertMessage(db(), *message);
    }
    if (type == QLatin1String("conversation")) {
        auto conversation = protocol::Conversation::fromJson(change.data);
        if (!conversation)
            return conversation.error();
        return CacheRows::upsertConversation(db(), *conversation);
    }
    if (type == QLatin1String("matter")) {
        auto matter = protocol::Matter::fromJson(change.data);
        if (!matter)
            return matter.error();
        return CacheRows::upsertMatter(db(), *matter);
    }
    if (type == QLatin1String("receipt")) {
        auto receipt = protocol::Receipt::fromJson(change.data);
        if (!receipt)
            return receipt.error();
        return CacheRows::insertReceipt(db(), *receipt);
    }
    if (type == QLatin1String("user")) {
        auto user = protocol::User::fromJson(change.data);
        if (!user)
            return user.error();
        return CacheRows::upsertUser(db(), *user);
    }
    return {};
}

Result<qint64> CacheStore::since() const
{
    SqlQuery query(db(), QStringLiteral("SELECT since FROM sync_state WHERE id = 1"));
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return internalError();
    return query.integer(0);
}

Result<bool> CacheStore::hasSnapshot() const
{
    SqlQuery query(db(), QStringLiteral("SELECT has_snapshot FROM sync_state WHERE id = 1"));
    if (auto result = query.exec(); !result)
        return result.error();
    if (!query.next())
        return internalError();
    return query.integer(0) != 0;
}

Result<QList<protocol::Matter>> CacheStore::matters() const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT %1 FROM matters ORDER BY updated_at DESC, id DESC")
            .arg(CacheRows::matterColumns()));
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Matter> matters;
    while (query.next())
        matters.append(CacheRows::readMatter(query));
    return matters;
}

Result<QList<protocol::Conversation>> CacheStore::conversations(
    std::optional<qint64> matterId) const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT %1 FROM conversations WHERE %2"
                       " ORDER BY COALESCE(last_message_at, created_at) DESC, id DESC")
            .arg(CacheRows::conversationColumns(),
                matterId ? QStringLiteral("matter_id = ?") : QStringLiteral("matter_id IS NULL")));
    if (matterId)
        query.bind(*matterId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Conversation> conversations;
    while (query.next())
        conversations.append(CacheRows::readConversation(query));
    for (protocol::Conversation &conversation : conversations) {
        auto members = CacheRows::members(db(), conversation.id);
        if (!members)
            return members.error();
        conversation.members = std::move(members).value();
    }
    return conversations;
}

Result<std::optional<qint64>> CacheStore::conversationMatter(qint64 conversationId) const
{
    auto places = conversationPlaces({ conversationId });
    if (!places)
        return places.error();
    if (!places->contains(conversationId))
        return protocol::Error::make(
            protocol::ErrorCode::NotFound, QStringLiteral("The conversation is not saved."));
    return places->value(conversationId).matterId;
}

Result<ConversationPlaces> CacheStore::conversationPlaces(const QList<qint64> &ids) const
{
    ConversationPlaces places;
    for (const qint64 id : ids) {
        if (places.contains(id))
            continue;
        SqlQuery query(db(),
            QStringLiteral("SELECT c.id, c.matter_id, m.number, c.title, c.kind"
                           " FROM conversations c LEFT JOIN matters m ON m.id = c.matter_id"
                           " WHERE c.id = ?"));
        query.bind(id);
        if (auto result = query.exec(); !result)
            return result.error();
        if (!query.next())
            continue;
        ConversationPlace place;
        place.conversationId = id;
        if (!query.value(1).isNull())
            place.matterId = query.value(1).toLongLong();
        place.matterNumber = query.value(2).toString();
        place.title = query.value(3).toString();
        place.kind = query.value(4).toString();
        places.insert(id, place);
    }
    return places;
}

Result<QList<protocol::Message>> CacheStore::messagesPage(
    qint64 conversationId, std::optional<qint64> beforeId, int limit) const
{
    // Walks the (conversation_id, id) index backwards from beforeId: the cost of a page does
    // not grow with the conversation's history. Stops where the contiguous history starts.
    SqlQuery query(db(),
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND id < ?"
                       " AND id >= COALESCE((SELECT contiguous_from FROM history"
                       "  WHERE conversation_id = ?), 0)"
                       " ORDER BY id DESC LIMIT ?")
            .arg(CacheRows::messageColumns()));
    query.bind(conversationId)
        .bind(beforeId.value_or(std::numeric_limits<qint64>::max()))
        .bind(conversationId)
        .bind(std::max(limit, 0));
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Message> page;
    while (query.next())
        page.append(CacheRows::readMessage(query));
    std::reverse(page.begin(), page.end());
    return page;
}

QString CacheStore::ftsQuery(const QString &words)
{
    // Each word becomes a quoted phrase ("" escapes a quote), so operators (OR, NEAR, *, ^,
    // column filters) in the input are only text. Words without a letter or digit would
    // be empty phrases once tokenized, so they are left out.
    QStringList phrases;
    const QStringList parts
        = words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (std::none_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString escaped = part;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}

Result<CacheStore::History> CacheStore::history(qint64 conversationId) const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT contiguous_from, complete FROM history WHERE conversation_id = ?"));
    query.bind(conversationId);
    if (auto result = query.exec(); !result)
        return result.error();
    History history;
    if (query.next()) {
        history.contiguousFrom = query.integer(0);
        history.complete = query.integer(1) != 0;
    }
    return history;
}

Result<void> CacheStore::setHistory(qint64 conversationId, qint64 contiguousFrom, bool complete)
{
    SqlQuery query(db(),
        QStringLiteral("INSERT INTO history (conversation_id, contiguous_from, complete)"
                       " VALUES (?, ?, ?) ON CONFLICT(conversation_id) DO UPDATE SET"
                       " contiguous_from = excluded.contiguous_from,"
                       " complete = excluded.complete"));
    query.bind(conversationId).bind(contiguousFrom).bind(complete ? 1 : 0);
    return query.exec();
}

Result<void> CacheStore::storeHistoryPage(qint64 conversationId, std::optional<qint64> beforeId,
    const QList<protocol::Message> &messages, std::optional<qint64> prev)
{
    TransactionGuard transaction(db().handle());
    if (auto result = transaction.status(); !result)
        return result.error();
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const protocol::Message &message : messages) {
        if (message.conversationId != conversationId)
            continue;
        if (auto result = CacheRows::upsertMessage(db(), message); !result)
            return result.error();
        oldest = std::min(oldest, message.id);
    }
    auto known = history(conversationId);
    if (!known)
        return known.error();
    // The page is every message just before beforeId: it extends the contiguous history
    // only when it reaches it (a page from further back would leave a gap between).
    if (!beforeId || *beforeId >= known->contiguousFrom) {
        if (!prev) {
            if (auto result = setHistory(conversationId, 0, true); !result)
                return result.error();
        } else if (known->contiguousFrom > 0 && oldest < known->contiguousFrom) {
            if (auto result = setHistory(conversationId, oldest, known->complete); !result)
                return result.error();
        }
    }
    return transaction.commit();
}

Result<QList<protocol::Message>> CacheStore::search(const QString &words, int limit) const
{
    const QString match = ftsQuery(words);
    if (match.isEmpty() || limit <= 0)
        return QList<protocol::Message>();
    // Recency, not bm25: ranking scores every match (~900 ms over 1M rows), while rowid
    // order stops after `limit` (DESIGN.md, Sync).
    SqlQuery query(db(),
        QStringLiteral("SELECT %1 FROM messages m JOIN ("
                       " SELECT rowid AS hit FROM messages_fts WHERE messages_fts MATCH ?"
                       " ORDER BY rowid DESC LIMIT ?) ON m.id = hit"
                       " WHERE m.deleted = 0 ORDER BY m.id DESC")
            .arg(CacheRows::messageColumns(QStringLiteral("m"))));
    query.bind(match).bind(limit);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Message> found;
    while (query.next())
        found.append(CacheRows::readMessage(query));
    return found;
}

Result<void> CacheStore::enqueue(const OutboxItem &item)
{
    SqlQuery query(db(),
        QStringLiteral(
            "INSERT INTO outbox (client_txn_id, kind, conversation_id, body, state,"
            " created_at, attempts, message_kind) VALUES (?, ?, ?, ?, 'pending', ?, 0, ?)"
            " ON CONFLICT(client_txn_id) DO NOTHING"));
    const QDateTime created
        = item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    query.bindText(item.clientTxnId)
        .bindText(item.kind)
        .bind(item.conversationId)
        .bindText(item.body)
        .bind(created.toMSecsSinceEpoch())
        .bindText(item.messageKind.isEmpty() ? QStringLiteral("text") : item.messageKind);
    return query.exec();
}

Result<QList<OutboxItem>> CacheStore::readOutbox(const QString &where) const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY seq")
            .arg(CacheRows::outboxColumns(), where));
    if (auto result = query.exec(); !result)
        return result.error();
    QList<OutboxItem> items;
    while (query.next())
        items.append(CacheRows::readOutboxItem(query));
    return items;
}

Result<QList<OutboxItem>> CacheStore::pendingOutbox() const
{
    return readOutbox(QStringLiteral("WHERE state = 'pending'"));
}

Result<QList<OutboxItem>> CacheStore::outbox() const
{
    return readOutbox(QString());
}

Result<void> CacheStore::markAttempted(const QString &clientTxnId)
{
    SqlQuery query(
        db(), QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE client_txn_id = ?"));
    query.bindText(clientTxnId);
    return query.exec();
}

Result<void> CacheStore::markSent(const QString &clientTxnId)
{
    SqlQuery query(db(), QStringLiteral("DELETE FROM outbox WHERE client_txn_id = ?"));
    query.bindText(clientTxnId);
    return query.exec();
}

Result<void> CacheStore::markFailed(const QString &clientTxnId, const protocol::Error &error)
{
    SqlQuery query(db(),
        QStringLiteral("UPDATE outbox SET state = 'failed', error_code = ?, error_message = ?"
                       " WHERE client_txn_id = ?"));
    query.bindText(error.code).bindText(error.message).bindText(clientTxnId);
    return query.exec();
}

Result<void> CacheStore::retry(const QString &clientTxnId)
{
    SqlQuery query(db(),
        QStringLiteral("UPDATE outbox SET state = 'pending', error_code = NULL,"
                       " error_message = NULL WHERE client_txn_id = ?"));
    query.bindText(clientTxnId);
    return query.exec();
}

Result<void> CacheStore::discard(const QString &clientTxnId)
{
    return markSent(clientTxnId); // the same deletion; kept apart for what it means
}

Result<qint64> CacheStore::saveTransfer(const TransferRow &row)
{
    SqlQuery query(db(),
        QStringLiteral("INSERT INTO transfers (direction, path, name, sha256, upload_url,"
                       " matter_id, paused, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindText(row.direction)
        .bindText(row.path)
        .bindText(row.name)
        .bindText(row.sha256)
        .bindText(row.uploadUrl)
        .bind(row.matterId)
        .bind(row.paused ? 1 : 0)
        .bind(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    if (auto result = query.exec(); !result)
        return result.error();
    return query.lastInsertId();
}

Result<void> CacheStore::updateTransfer(qint64 id, const QString &uploadUrl, bool paused)
{
    SqlQuery query(
        db(), QStringLiteral("UPDATE transfers SET upload_url = ?, paused = ? WHERE id = ?"));
    query.bindText(uploadUrl).bind(paused ? 1 : 0).bind(id);
    return query.exec();
}

Result<void> CacheStore::removeTransfer(qint64 id)
{
    SqlQuery query(db(), QStringLiteral("DELETE FROM transfers WHERE id = ?"));
    query.bind(id);
    return query.exec();
}

Result<QList<TransferRow>> CacheStore::transfers() const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT id, direction, path, name, sha256, upload_url, matter_id, paused"
                       " FROM transfers ORDER BY id"));
    if (auto result = query.exec(); !result)
        return result.error();
    QList<TransferRow> rows;
    while (query.next()) {
        TransferRow row;
        row.id = query.integer(0);
        row.direction = query.text(1);
        row.path = query.text(2);
        row.name = query.text(3);
        row.sha256 = query.text(4);
        row.uploadUrl = query.text(5);
        row.matterId = query.integer(6);
        row.paused = query.integer(7) != 0;
        rows.append(row);
    }
    return rows;
}

Result<void> CacheStore::saveDraft(qint64 conversationId, const QString &body)
{
    if (body.isEmpty())
        return removeDraft(conversationId);
    SqlQuery query(db(),
        QStringLiteral("INSERT INTO drafts (conversation_id, body, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT(conversation_id) DO UPDATE SET body = excluded.body,"
                       " updated_at = excluded.updated_at"));
    query.bind(conversationId)
        .bindText(body)
        .bind(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    return query.exec();
}

Result<QString> CacheStore::draft(qint64 conversationId) const
{
    SqlQuery query(db(), QStringLiteral("SELECT body FROM drafts WHERE conversation_id = ?"));
    query.bind(conversationId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> CacheStore::removeDraft(qint64 conversationId)
{
    SqlQuery query(db(), QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"));
    query.bind(conversationId);
    return query.exec();
}

Result<QList<CacheStore::Unread>> CacheStore::unreadCounts(qint64 userId) const
{
    // Per conversation: the watermark through receipts(conversation_id, user_id), then only
    // the messages after it through messages(conversation_id, id).
    SqlQuery query(db(),
        QStringLiteral("SELECT c.id, c.matter_id, (SELECT COUNT(*) FROM messages m"
                       " WHERE m.conversation_id = c.id AND m.sender_id != ? AND m.deleted = 0"
                       " AND m.kind != 'event'"
                       " AND m.id > COALESCE((SELECT MAX(r.message_id) FROM receipts r"
                       " WHERE r.conversation_id = c.id AND r.user_id = ?), 0))"
                       " FROM conversations c"));
    query.bind(userId).bind(userId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<Unread> counts;
    while (query.next()) {
        counts.append(Unread { query.integer(0), query.optionalId(1), int(query.integer(2)) });
    }
    return counts;
}

Result<QList<protocol::Receipt>> CacheStore::receipts(qint64 conversationId) const
{
    SqlQuery query(db(),
        QStringLiteral("SELECT message_id, conversation_id, user_id, read_at FROM receipts"
                       " WHERE conversation_id = ? ORDER BY message_id"));
    query.bind(conversationId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Receipt> receipts;
    while (query.next()) {
        receipts.append(protocol::Receipt {
            query.integer(0), query.integer(1), query.integer(2), query.time(3) });
    }
    return receipts;
}

} // namespace parley::store
