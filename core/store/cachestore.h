// CacheStore: reads and writes one account's cache: sync batches with their since token,
// matters, conversations, timeline pages, full-text search and the outbox. Synchronous: use
// it on the thread that opened the database (StoreWorker's thread in the app).
#pragma once

#include "conversationplace.h"
#include "outboxitem.h"
#include "protocol/conversation.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/receipt.h"
#include "protocol/syncbatch.h"
#include "transferrow.h"

#include <optional>

namespace parley::store {

class CacheDatabase;

class CacheStore
{
public:
    // database is not owned and must be open.
    explicit CacheStore(CacheDatabase *database);

    // Applies every change and stores batch.next as the new since, in one transaction.
    // A non-snapshot batch whose since is not the stored one is dropped (false): it is a
    // duplicate or out of order, and the caller resyncs from since(). Documents are not
    // cached yet and are skipped.
    protocol::Result<bool> applyBatch(const protocol::SyncBatch &batch);
    protocol::Result<qint64> since() const;
    // Whether a snapshot was ever applied (otherwise the sync engine asks for one).
    protocol::Result<bool> hasSnapshot() const;

    // Most recently updated first.
    protocol::Result<QList<protocol::Matter>> matters() const;
    // A matter's conversations, or the direct ones (no matter) for nullopt; latest activity
    // first, with their members.
    protocol::Result<QList<protocol::Conversation>> conversations(
        std::optional<qint64> matterId) const;
    // The matter of one conversation: nullopt inside for a direct one, an error when the
    // cache does not hold the conversation.
    protocol::Result<std::optional<qint64>> conversationMatter(qint64 conversationId) const;
    // Where these conversations live (matter number, title); unknown ids are left out.
    protocol::Result<ConversationPlaces> conversationPlaces(const QList<qint64> &ids) const;
    // How much of a conversation's history the cache holds without a gap.
    struct History
    {
        qint64 contiguousFrom = 0; // every message from this id on is cached (0: all cached)
        bool complete = false; // and nothing older exists on the server
    };
    protocol::Result<History> history(qint64 conversationId) const;
    // Stores a page the server answered for messages before beforeId (nullopt: the newest),
    // with its prev token (nullopt: nothing older), extending the known history.
    protocol::Result<void> storeHistoryPage(qint64 conversationId, std::optional<qint64> beforeId,
        const QList<protocol::Message> &messages, std::optional<qint64> prev);
    // The newest `limit` messages older than beforeId (or the newest at all), oldest first,
    // never from below a gap in the history.
    protocol::Result<QList<protocol::Message>> messagesPage(
        qint64 conversationId, std::optional<qint64> beforeId, int limit) const;
    // Messages containing every word of `words` in their text or file names (taken
    // literally, never as query syntax), newest first. Empty or punctuation-only input finds
    // nothing.
    protocol::Result<QList<protocol::Message>> search(const QString &words, int limit) const;

    // Queues an outgoing item; a client_txn_id already queued is left as it is (no-op).
    protocol::Result<void> enqueue(const OutboxItem &item);
    // Items to send, in queue order (state pending).
    protocol::Result<QList<OutboxItem>> pendingOutbox() const;
    // Everything still in the outbox (pending and failed), in queue order, for the UI.
    protocol::Result<QList<OutboxItem>> outbox() const;
    // Counts a send attempt.
    protocol::Result<void> markAttempted(const QString &clientTxnId);
    // The server stored the item (its answer or echo arrived): the row is deleted, since the
    // message itself now lives in messages. Unknown ids are a no-op.
    protocol::Result<void> markSent(const QString &clientTxnId);
    // A permanent server error: the item stays, with its body, as failed with that error.
    protocol::Result<void> markFailed(const QString &clientTxnId, const protocol::Error &error);
    // Back to pending for another try, with the same client_txn_id.
    protocol::Result<void> retry(const QString &clientTxnId);
    // The user gave up on the item: it is deleted without being sent (again). If an earlier
    // attempt did reach the server, its echo arrives later as an ordinary message.
    protocol::Result<void> discard(const QString &clientTxnId);

    // The unsent text of a conversation's composer; saving empty text removes it.
    // Unfinished transfers, oldest first; saving returns the new row's id.
    protocol::Result<qint64> saveTransfer(const TransferRow &row);
    protocol::Result<void> updateTransfer(qint64 id, const QString &uploadUrl, bool paused);
    protocol::Result<void> removeTransfer(qint64 id);
    protocol::Result<QList<TransferRow>> transfers() const;

    protocol::Result<void> saveDraft(qint64 conversationId, const QString &body);
    // Empty when the conversation has no draft.
    protocol::Result<QString> draft(qint64 conversationId) const;
    protocol::Result<void> removeDraft(qint64 conversationId);

    // Per cached conversation, the messages from others (portal events do not count) after
    // the newest one userId read (the
    // server marks every earlier message read with it, so that receipt is a watermark).
    struct Unread
    {
        qint64 conversationId = 0;
        std::optional<qint64> matterId;
        int count = 0;
    };
    protocol::Result<QList<Unread>> unreadCounts(qint64 userId) const;
    // The cached receipts of a conversation's messages, oldest message first.
    protocol::Result<QList<protocol::Receipt>> receipts(qint64 conversationId) const;

    // Turns user text into an FTS5 query of quoted phrases; empty when nothing is searchable.
    static QString ftsQuery(const QString &words);

private:
    CacheDatabase &db() const { return *m_database; }
    protocol::Result<void> applyChange(const protocol::Change &change);
    protocol::Result<QList<OutboxItem>> readOutbox(const QString &where) const;
    protocol::Result<void> setHistory(qint64 conversationId, qint64 contiguousFrom, bool complete);

    CacheDatabase *m_database;
};

} // namespace parley::store
