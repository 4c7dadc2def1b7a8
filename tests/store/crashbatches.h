// The batches of the crash-safety test: batch n follows n - 1 and carries messages
// (n - 1) * PerBatch + 1 .. n * PerBatch, so the stored since says exactly which must exist.
#pragma once

#include "protocol/conversation.h"
#include "protocol/message.h"
#include "protocol/syncbatch.h"

namespace crashtest {

inline constexpr qint64 PerBatch = 5;
inline constexpr qint64 ConversationId = 1;

inline parley::protocol::SyncBatch batchNumber(qint64 n)
{
    using namespace parley::protocol;
    SyncBatch batch;
    batch.since = n - 1;
    batch.next = n;
    Conversation conversation;
    conversation.id = ConversationId;
    conversation.kind = QStringLiteral("direct");
    conversation.title = QStringLiteral("Crash test");
    conversation.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    conversation.lastMessageAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + n, Qt::UTC);
    batch.changes.append(Change { n, QStringLiteral("conversation"), conversation.toJson() });
    for (qint64 id = (n - 1) * PerBatch + 1; id <= n * PerBatch; ++id) {
        Message message;
        message.id = id;
        message.conversationId = ConversationId;
        message.senderId = 1;
        message.senderName = QStringLiteral("Child");
        message.kind = QStringLiteral("text");
        message.body = QStringLiteral("crash test message number %1").arg(id);
        message.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + id, Qt::UTC);
        batch.changes.append(Change { n, QStringLiteral("message"), message.toJson() });
    }
    return batch;
}

} // namespace crashtest
