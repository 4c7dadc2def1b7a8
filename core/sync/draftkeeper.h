// DraftKeeper: the unsent text of every conversation's composer, kept for the session in
// memory and, with a store, in the account's cache so it survives restarts.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace parley::store {
class StoreWorker;
}

namespace parley::sync {

class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    explicit DraftKeeper(QObject *parent = nullptr);

    // The cache to keep drafts in (not owned); nullptr keeps them in memory for the session.
    void setStore(store::StoreWorker *store);

    // Asks for a conversation's draft: draftLoaded answers, at once when this session already
    // knows it (or there is no store), otherwise when the store has read it.
    void request(qint64 conversationId);
    // Saving empty text removes the draft.
    void save(qint64 conversationId, const QString &body);
    void clear(qint64 conversationId) { save(conversationId, QString()); }

Q_SIGNALS:
    // body is empty when the conversation has no draft.
    void draftLoaded(qint64 conversationId, const QString &body);

private:
    void storeDraftLoaded(qint64 conversationId, const QString &body);

    QPointer<store::StoreWorker> m_store;
    // What this session saved or read: newer than the store's answer to any later request.
    QHash<qint64, QString> m_known;
    QSet<qint64> m_loading; // asked of the store, not answered yet
};

} // namespace parley::sync
