// DraftKeeper: drafts in memory first, written through to the store in call order.
#include "draftkeeper.h"

#include "store/storeworker.h"

namespace parley::sync {

DraftKeeper::DraftKeeper(QObject *parent)
    : QObject(parent)
{ }

void DraftKeeper::setStore(store::StoreWorker *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_loading.clear();
    if (m_store)
        connect(m_store, &store::StoreWorker::draftLoaded, this, &DraftKeeper::storeDraftLoaded);
}

void DraftKeeper::request(qint64 conversationId)
{
    if (const auto known = m_known.constFind(conversationId); known != m_known.constEnd()) {
        Q_EMIT draftLoaded(conversationId, *known);
        return;
    }
    if (!m_store) {
        Q_EMIT draftLoaded(conversationId, QString());
        return;
    }
    if (m_loading.contains(conversationId))
        return;
    m_loading.insert(conversationId);
    m_store->loadDraft(conversationId);
}

void DraftKeeper::save(qint64 conversationId, const QString &body)
{
    m_known.insert(conversationId, body);
    // The store's queue runs this after any load asked before, so no answer can undo it.
    if (m_store)
        m_store->saveDraft(conversationId, body);
}

void DraftKeeper::storeDraftLoaded(qint64 conversationId, const QString &body)
{
    if (!m_loading.remove(conversationId))
        return;
    // Text saved while the load was on its way stays what this session knows; the stored
    // draft is still handed over so the composer can keep both.
    if (!m_known.contains(conversationId))
        m_known.insert(conversationId, body);
    Q_EMIT draftLoaded(conversationId, body);
}

} // namespace parley::sync
