// The cache's own thread: every database call happens there, results return as signals.
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
    // The connection must be closed on the thread that opened it.
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
}

void StoreWorker::post(std::function<void(CacheStore &)> work)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)] {
            if (!m_backend->store) {
                qCWarning(lcStore) << "the cache is not open";
                Q_EMIT failed(internalError());
                return;
            }
            work(*m_backend->store);
        },
        Qt::QueuedConnection);
}

void StoreWorker::open(const QString &path)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, path] {
            m_backend->close();
            m_backend->path = path;
            auto database = std::make_unique<CacheDatabase>(path);
            if (auto result = database->open(); !result) {
                Q_EMIT failed(result.error());
                return;
            }
            m_backend->database = std::move(database);
            m_backend->store = std::make_unique<CacheStore>(m_backend->database.get());
            auto since = m_backend->store->since();
            if (!since) {
                m_backend->close();
                Q_EMIT failed(since.error());
                return;
            }
            Q_EMIT opened(*since);
        },
        Qt::QueuedConnection);
}

void StoreWorker::close()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_backend->close();
            Q_EMIT closed();
        },
        Qt::QueuedConnection);
}

void StoreWorker::wipe()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_backend->path.isEmpty()) {
                qCWarning(lcStore) << "wipe needs a cache opened before";
                Q_EMIT failed(internalError());
                return;
            }
            m_backend->close();
            CacheDatabase files(m_backend->path);
            if (auto result = files.wipe(); !result) {
                Q_EMIT failed(result.error());
                return;
            }
            Q_EMIT wiped();
        },
        Qt::QueuedConnection);
}

void StoreWorker::loadSince()
{
    post([this](CacheStore &store) {
        auto since = store.since();
        if (!since)
            Q_EMIT failed(since.error());
        else
            Q_EMIT sinceLoaded(*since);
    });
}

void StoreWorker::applyBatch(const protocol::SyncBatch &batch)
{
    post([this, batch](CacheStore &store) {
        auto applied = store.applyBatch(batch);
        if (!applied)
            Q_EMIT failed(applied.error());
        else
            Q_EMIT batchApplied(batch.next, *applied);
    });
}

void StoreWorker::loadMatters()
{
    post([this](CacheStore &store) {
        auto matters = store.matters();
        if (!matters)
            Q_EMIT failed(matters.error());
        else
            Q_EMIT mattersLoaded(*matters);
    });
}

void StoreWorker::loadConversations(std::optional<qint64> matterId)
{
    post([this, matterId](CacheStore &store) {
        auto conversations = store.conversations(matterId);
        if (!conversations)
            Q_EMIT failed(conversations.error());
        else
            Q_EMIT conversationsLoaded(matterId, *conversations);
    });
}

void StoreWorker::loadMessages(qint64 conversationId, std::optional<qint64> beforeId, int limit)
{
    post([this, conversationId, beforeId, limit](CacheStore &store) {
        auto page = store.messagesPage(conversationId, beforeId, limit);
        if (!page)
            Q_EMIT failed(page.error());
        else
            Q_EMIT messagesLoaded(conversationId, beforeId, *page);
    });
}

void StoreWorker::search(const QString &words, int limit)
{
    post([this, words, limit](CacheStore &store) {
        auto found = store.search(words, limit);
        if (!found)
            Q_EMIT failed(found.error());
        else
            Q_EMIT searchFinished(words, *found);
    });
}

void StoreWorker::enqueue(const OutboxItem &item)
{
    post([this, item](CacheStore &store) {
        if (auto result = store.enqueue(item); !result)
            Q_EMIT failed(result.error());
        else
            Q_EMIT enqueued(item.clientTxnId);
    });
}

void StoreWorker::loadOutbox()
{
    post([this](CacheStore &store) {
        auto items = store.outbox();
        if (!items)
            Q_EMIT failed(items.error());
        else
            Q_EMIT outboxLoaded(*items);
    });
}

void StoreWorker::markSent(const QString &clientTxnId)
{
    post([this, clientTxnId](CacheStore &store) {
        if (auto result = store.markSent(clientTxnId); !result)
            Q_EMIT failed(result.error());
        else
            Q_EMIT outboxItemUpdated(clientTxnId);
    });
}

void StoreWorker::markFailed(const QString &clientTxnId, const protocol::Error &error)
{
    post([this, clientTxnId, error](CacheStore &store) {
        if (auto result = store.markFailed(clientTxnId, error); !result)
            Q_EMIT failed(result.error());
        else
            Q_EMIT outboxItemUpdated(clientTxnId);
    });
}

void StoreWorker::retry(const QString &clientTxnId)
{
    post([this, clientTxnId](CacheStore &store) {
        if (auto result = store.retry(clientTxnId); !result)
            Q_EMIT failed(result.error());
        else
            Q_EMIT outboxItemUpdated(clientTxnId);
    });
}

} // namespace parley::store
