// MessageFactory: realistic synthetic traffic for benchmarks: legal-office sentences of 5 to
// 60 words spread over many conversations, as sync batches the server would send.
#pragma once

#include "protocol/message.h"
#include "protocol/syncbatch.h"

#include <QRandomGenerator>
#include <QStringList>

namespace parley::bench {

class MessageFactory
{
public:
    explicit MessageFactory(quint32 seed = 42);

    // The next message, ids increasing from 1; conversation ids in [1, conversations].
    protocol::Message next(int conversations);
    // A batch of `size` message changes continuing the sequence after `since`.
    protocol::SyncBatch batch(qint64 since, int size, int conversations);
    // A word that occurs in the generated bodies, for search queries.
    QString word(int index) const;
    qint64 lastId() const { return m_nextId - 1; }

private:
    QRandomGenerator m_random;
    QStringList m_words;
    qint64 m_nextId = 1;
    qint64 m_time = 1767225600000; // 2026-01-01T00:00:00Z
};

} // namespace parley::bench
