// The cache's own thread: every database call happens there; results hop back to the
// StoreWorker's thread and are emitted there.
#include "storeworker.h"

#include "cachedatabase.h"
#include "cachestore.h"
#include "sqlquery.h"
#include "storelog.h"

namespace parley::store {

struct StoreWorker::Backend
{
    std::unique_ptr<CacheDatabase> database;
    std::unique_ptr<CacheStore> store;
    QString path; // the last cache opened, so wipe() works after close() too

    void close()
    {
        store.reset();
        database.reset();
    }
};

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>())
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("parley-store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // The connection must be closed on the thread that opened it. Answers still queued for
    // this object are discarded by ~QObject.
    QMetaObject::invokeMethod(
        m_context, [this] { m_backend->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StoreWorker::registerMetaTypes()
{
    qRegisterMetaType<protocol::Error>();
    qRegisterMetaType<protocol::SyncBatch>();
    qRegisterMetaType<OutboxItem>();
    qRegisterMetaType<std::optional<qint64>>();
    qRegisterMetaType<QList<protocol::Matter>>();
    qRegisterMetaType<QList<protocol::Conversation>>();
    qRegisterMetaType<QList<protocol::Message>>();
    qRegisterMetaType<QList<OutboxItem>>();
    qRegisterMetaType<TransferRow>();
    qRegisterMetaType<QList<TransferRow>>();
}

void StoreWorker::runOnStore(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void StoreWorker::deliver(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void StoreWorker::fail(const protocol::Error &error)
{
    deliver([this, error] { Q_EMIT failed(error); });
}

void StoreWorker::failOpen(int session, const protocol::Error &error)
{
    deliver([this, error, session] {
        Q_EMIT failed(error);
        if (session == m_session)
            Q_EMIT openFailed(error);
    });
}

void StoreWorker::post(std::function<void(CacheStore &)> work)
{
    runOnStore([this, work = std::move(work)] {
        if (!m_backend->store) {
            qCWarning(lcStore) << "the cache is not open";
            fail(internalError());
            return;
        }
        work(*m_backend->store);
    });
}

void StoreWorker::open(const QString &path)
{
    const int session = ++m_session;
    runOnStore([this, path, session] {
        m_backend->close();
        m_backend->path = path;
        auto database = std::make_unique<CacheDatabase>(path);
        if (auto result = database->open(); !result) {
            failOpen(session, result.error());
            return;
        }
        m_backend->database = std::move(database);
        m_backend->store = std::make_unique<CacheStore>(m_backend->database.get());
        auto since = m_backend->store->since();
        if (!since) {
            m_backend->close();
            failOpen(session, since.error());
            return;
        }
        deliver([this, since = *since, session] {
            // An open overtaken by a close or another open is not news for anyone: the
            // workspace of a new session must not take an earlier session's answer as its own.
            if (session == m_session)
                Q_EMIT opened(since);
        });
    });
}

void StoreWorker::close()
{
    ++m_session;
    runOnStore([this] {
        m_backend->close();
        deliver([this] { Q_EMIT closed(); });
    });
}

void StoreWorker::wipe()
{
    runOnStore([this] {
        if (m_backend->path.isEmpty()) {
            qCWarning(lcStore) << "wipe needs a cache opened before";
            fail(internalError());
            return;
        }
        m_backend->close();
        CacheDatabase files(m_backend->path);
        if (auto result = files.wipe(); !result) {
            fail(result.error());
            return;
        }
        deliver([this] { Q_EMIT wiped(); });
    });
}

void StoreWorker::ping()
{
    runOnStore([this] {
        QThread *storeThread = QThread::currentThread();
        deliver([this, storeThread] { Q_EMIT pong(storeThread); });
    });
}

void StoreWorker::loadSince()
{
    post([this](CacheStore &store) {
        auto since = store.since();
        if (!since)
            return fail(since.error());
        deliver([this, since = *since] { Q_EMIT sinceLoaded(since); });
    });
}

void StoreWorker::applyBatch(const protocol::SyncBatch &batch)
{
    post([this, batch](CacheStore &store) {
        auto applied = store.applyBatch(batch);
        if (!applied)
            return fail(applied.error());
        deliver(
            [this, next = batch.next, applied = *applied] { Q_EMIT batchApplied(next, applied); });
    });
}

void StoreWorker::loadMatters()
{
    post([this](CacheStore &store) {
        auto matters = store.matters();
        if (!matters)
            return fail(matters.error());
        deliver([this, matters = std::move(matters).value()] { Q_EMIT mattersLoaded(matters); });
    });
}

void StoreWorker::loadUnreadCounts(qint64 userId)
{
    post([this, userId](CacheStore &store) {
        auto counts = store.unreadCounts(userId);
        if (!counts)
            return fail(counts.error());
        deliver([this, counts = std::move(counts).value()] { Q_EMIT unreadCountsLoaded(counts); });
    });
}

void StoreWorker::loadReceipts(qint64 conversationId)
{
    post([this, conversationId](CacheStore &store) {
        auto receipts = store.receipts(conversationId);
        if (!receipts)
            return fail(receipts.error());
        deliver([this, conversationId, receipts = std::move(receipts).value()] {
            Q_EMIT receiptsLoaded(conversationId, receipts);
        });
    });
}

void StoreWorker::loadConversations(std::optional<qint64> matterId)
{
    post([this, matterId](CacheStore &store) {
        auto conversations = store.conversations(matterId);
        if (!conversations)
            return fail(conversations.error());
        deliver([this, matterId, conversations = std::move(conversations).value()] {
            Q_EMIT conversationsLoaded(matterId, conversations);
        });
    });
}

void StoreWorker::loadMessages(qint64 conversationId, std::optional<qint64> beforeId, int limit)
{
    post([this, conversationId, beforeId, limit](CacheStore &store) {
        auto page = store.messagesPage(conversationId, beforeId, limit);
        if (!page)
            return fail(page.error());
        auto history = store.history(conversationId);
        if (!history)
            return fail(history.error());
        // A short page of a complete history is its beginning: nothing older anywhere.
        const bool reachedStart = history->complete && page->size() < limit;
        deliver([this, conversationId, beforeId, page = std::move(page).value(), reachedStart] {
            Q_EMIT messagesLoaded(conversationId, beforeId, page, reachedStart);
        });
    });
}

void StoreWorker::storeHistoryPage(qint64 conversationId, std::optional<qint64> beforeId,
    const QList<protocol::Message> &messages, std::optional<qint64> prev)
{
    post([this, conversationId, beforeId, messages, prev](CacheStore &store) {
        if (auto stored = store.storeHistoryPage(conversationId, beforeId, messages, prev); !stored)
            fail(stored.error());
    });
}

void StoreWorker::search(const QString &words, int limit)
{
    post([this, words, limit](CacheStore &store) {
        auto found = store.search(words, limit);
        if (!found)
            return fail(found.error());
        QList<qint64> conversations;
        for (const protocol::Message &message : std::as_const(*found))
            conversations.append(message.conversationId);
        auto places = store.conversationPlaces(conversations);
        if (!places)
            return fail(places.error());
        deliver(
            [this, words, found = std::move(found).value(), places = std::move(places).value()] {
                Q_EMIT searchFinished(words, found, places);
            });
    });
}

void StoreWorker::findConversationMatter(qint64 conversationId)
{
    post([this, conversationId](CacheStore &store) {
        auto matter = store.conversationMatter(conversationId);
        if (!matter)
            return fail(matter.error());
        deliver([this, conversationId, matter = *matter] {
            Q_EMIT conversationMatterFound(conversationId, matter);
        });
    });
}

void StoreWorker::enqueue(const OutboxItem &item)
{
    post([this, item](CacheStore &store) {
        if (auto result = store.enqueue(item); !result)
            return fail(result.error());
        deliver([this, txn = item.clientTxnId] { Q_EMIT enqueued(txn); });
    });
}

void StoreWorker::loadOutbox()
{
    post([this](CacheStore &store) {
        auto items = store.outbox();
        if (!items)
            return fail(items.error());
        deliver([this, items = std::move(items).value()] { Q_EMIT outboxLoaded(items); });
    });
}

void StoreWorker::updateOutbox(
    const QString &clientTxnId, std::function<protocol::Result<void>(CacheStore &)> change)
{
    post([this, clientTxnId, change = std::move(change)](CacheStore &store) {
        if (auto result = change(store); !result)
            return fail(result.error());
        deliver([this, clientTxnId] { Q_EMIT outboxItemUpdated(clientTxnId); });
    });
}

void StoreWorker::markSent(const QString &clientTxnId)
{
    updateOutbox(
        clientTxnId, [clientTxnId](CacheStore &store) { return store.markSent(clientTxnId); });
}

void StoreWorker::markFailed(const QString &clientTxnId, const protocol::Error &error)
{
    updateOutbox(clientTxnId,
        [clientTxnId, error](CacheStore &store) { return store.markFailed(clientTxnId, error); });
}

void StoreWorker::retry(const QString &clientTxnId)
{
    updateOutbox(
        clientTxnId, [clientTxnId](CacheStore &store) { return store.retry(clientTxnId); });
}

void StoreWorker::discard(const QString &clientTxnId)
{
    updateOutbox(
        clientTxnId, [clientTxnId](CacheStore &store) { return store.discard(clientTxnId); });
}

void StoreWorker::saveTransfer(const TransferRow &row, int tag)
{
    post([this, row, tag](CacheStore &store) {
        auto id = store.saveTransfer(row);
        if (!id)
            return fail(id.error());
        deliver([this, tag, id = id.value()] { Q_EMIT transferSaved(tag, id); });
    });
}

void StoreWorker::updateTransfer(qint64 id, const QString &uploadUrl, bool paused)
{
    post([this, id, uploadUrl, paused](CacheStore &store) {
        if (auto result = store.updateTransfer(id, uploadUrl, paused); !result)
            fail(result.error());
    });
}

void StoreWorker::removeTransfer(qint64 id)
{
    post([this, id](CacheStore &store) {
        if (auto result = store.removeTransfer(id); !result)
            fail(result.error());
    });
}

void StoreWorker::loadTransfers()
{
    post([this](CacheStore &store) {
        auto rows = store.transfers();
        if (!rows)
            return fail(rows.error());
        deliver([this, rows = std::move(rows).value()] { Q_EMIT transfersLoaded(rows); });
    });
}

void StoreWorker::saveDraft(qint64 conversationId, const QString &body)
{
    post([this, conversationId, body](CacheStore &store) {
        if (auto result = store.saveDraft(conversationId, body); !result)
            fail(result.error());
    });
}

void StoreWorker::loadDraft(qint64 conversationId)
{
    post([this, conversationId](CacheStore &store) {
        auto body = store.draft(conversationId);
        if (!body)
            return fail(body.error());
        deliver([this, conversationId, body = std::move(body).value()] {
            Q_EMIT draftLoaded(conversationId, body);
        });
    });
}

void StoreWorker::removeDraft(qint64 conversationId)
{
    post([this, conversationId](CacheStore &store) {
        if (auto result = store.removeDraft(conversationId); !result)
            fail(result.error());
    });
}

} // namespace parley::store
