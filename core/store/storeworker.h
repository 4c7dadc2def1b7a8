// StoreWorker: runs one account's cache on its own thread. Calls return at once and queue
// the work there, in call order; results come back as signals emitted on the StoreWorker's
// own thread (a queued hop), so the GUI thread never waits on SQLite and never receives a
// signal from a foreign thread.
#pragma once

#include "cachestore.h"
#include "conversationplace.h"
#include "outboxitem.h"
#include "protocol/conversation.h"
#include "protocol/error.h"
#include "protocol/matter.h"
#include "protocol/message.h"
#include "protocol/receipt.h"
#include "protocol/syncbatch.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace parley::store {

class CacheDatabase;
class CacheStore;

class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(QObject *parent = nullptr);
    // Closes the cache on its thread and waits for the thread to end.
    ~StoreWorker() override;

    // The thread every query runs on (for tests and diagnostics).
    QThread *workerThread() { return &m_thread; }

    // The types the signals carry across threads.
    static void registerMetaTypes();

public Q_SLOTS:
    // Opens (and migrates) the cache at path, e.g. CacheDatabase::pathFor(...): opened(since).
    void open(const QString &path);
    void close();
    // Closes and deletes the files of the cache last opened (sign-out): wiped().
    void wipe();

    // A round trip through the queue: pong() follows everything queued before, and names
    // the thread the store's work runs on.
    void ping();
    void loadSince();
    void applyBatch(const parley::protocol::SyncBatch &batch);
    void loadMatters();
    void loadConversations(std::optional<qint64> matterId);
    void loadMessages(qint64 conversationId, std::optional<qint64> beforeId, int limit);
    // Saves a page of history the server answered (see CacheStore::storeHistoryPage).
    void storeHistoryPage(qint64 conversationId, std::optional<qint64> beforeId,
        const QList<parley::protocol::Message> &messages, std::optional<qint64> prev);
    void search(const QString &words, int limit);
    // The matter of a cached conversation (nullopt for a direct one): conversationMatterFound.
    void findConversationMatter(qint64 conversationId);

    void enqueue(const parley::store::OutboxItem &item);
    void loadOutbox();
    void markSent(const QString &clientTxnId);
    void markFailed(const QString &clientTxnId, const parley::protocol::Error &error);
    void retry(const QString &clientTxnId);
    // Deletes the item unsent (the user discarded it): outboxItemUpdated.
    void discard(const QString &clientTxnId);

    // Unfinished transfers: saveTransfer answers transferSaved(tag, id) with the row's id;
    // loadTransfers answers transfersLoaded.
    void saveTransfer(const parley::store::TransferRow &row, int tag);
    void updateTransfer(qint64 id, const QString &uploadUrl, bool paused);
    void removeTransfer(qint64 id);
    void loadTransfers();

    // Drafts: saving empty text removes the draft; loadDraft answers draftLoaded (empty text
    // when there is none).
    void saveDraft(qint64 conversationId, const QString &body);
    void loadDraft(qint64 conversationId);
    void removeDraft(qint64 conversationId);
    // Unread messages per cached conversation for this user: unreadCountsLoaded.
    void loadUnreadCounts(qint64 userId);
    // A conversation's cached receipts: receiptsLoaded.
    void loadReceipts(qint64 conversationId);

Q_SIGNALS:
    void opened(qint64 since);
    void closed();
    void pong(QThread *storeThread);
    void wiped();
    void sinceLoaded(qint64 since);
    // applied is false when the batch's since did not match and it was dropped.
    void batchApplied(qint64 next, bool applied);
    void mattersLoaded(const QList<parley::protocol::Matter> &matters);
    void conversationsLoaded(
        std::optional<qint64> matterId, const QList<parley::protocol::Conversation> &conversations);
    // reachedStart: the page holds the conversation's first message (nothing older exists).
    void messagesLoaded(qint64 conversationId, std::optional<qint64> beforeId,
        const QList<parley::protocol::Message> &messages, bool reachedStart);
    void conversationMatterFound(qint64 conversationId, std::optional<qint64> matterId);
    // The matches, newest first, and where their conversations live.
    void searchFinished(const QString &words, const QList<parley::protocol::Message> &messages,
        const parley::store::ConversationPlaces &places);
    void enqueued(const QString &clientTxnId);
    void outboxLoaded(const QList<parley::store::OutboxItem> &items);
    // After markSent, markFailed, retry or discard changed the item.
    void outboxItemUpdated(const QString &clientTxnId);
    void draftLoaded(qint64 conversationId, const QString &body);
    void transferSaved(int tag, qint64 id);
    void transfersLoaded(const QList<parley::store::TransferRow> &rows);
    void unreadCountsLoaded(const QList<parley::store::CacheStore::Unread> &counts);
    void receiptsLoaded(qint64 conversationId, const QList<parley::protocol::Receipt> &receipts);
    // Any failure; the UI decides what to show.
    void failed(const parley::protocol::Error &error);
    // open() could not open the cache (also reported by failed). Other calls failing, e.g.
    // one made while no cache is open, never mean that the cache is unusable.
    void openFailed(const parley::protocol::Error &error);

private:
    struct Backend;
    // Queues work on the store thread.
    void runOnStore(std::function<void()> work);
    // Queues work that needs the open cache; without one it reports failed().
    void post(std::function<void(CacheStore &)> work);
    // From the store thread: runs emitter (a Q_EMIT) on this object's thread.
    void deliver(std::function<void()> emitter);
    void fail(const protocol::Error &error);
    void failOpen(int session, const protocol::Error &error);
    void updateOutbox(
        const QString &clientTxnId, std::function<protocol::Result<void>(CacheStore &)> change);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; queued work runs through it
    std::unique_ptr<Backend> m_backend; // touched only on m_thread
    // Counts open() and close() calls (on this object's thread): an open's answer is emitted
    // only while no later open or close was asked for.
    int m_session = 0;
};

} // namespace parley::store

Q_DECLARE_METATYPE(parley::store::OutboxItem)
