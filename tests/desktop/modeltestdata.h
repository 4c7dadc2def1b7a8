// Wire values for model tests: matters, conversations and messages with just enough fields.
#pragma once

#include "protocol/conversation.h"
#include "protocol/matter.h"
#include "protocol/message.h"

namespace parley::test {

inline protocol::Matter makeMatter(qint64 id, const QString &number, const QString &title)
{
    protocol::Matter m;
    m.id = id;
    m.number = number;
    m.title = title;
    m.status = QStringLiteral("open");
    m.parties.append(protocol::Party { 100 + id, QStringLiteral("client"),
        QStringLiteral("Client %1").arg(id), QStringLiteral("c%1@example.com").arg(id), {}, {},
        QStringLiteral("c%1@example.com").arg(id), {} });
    return m;
}

inline protocol::Conversation makeConversation(
    qint64 id, const QString &kind, std::optional<qint64> matterId, const QString &title)
{
    protocol::Conversation c;
    c.id = id;
    c.kind = kind;
    c.matterId = matterId;
    c.title = title;
    c.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    return c;
}

inline protocol::Message makeMessage(
    qint64 id, qint64 conversationId, const QString &body, const QString &txn = {})
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.senderId = 1;
    m.senderName = QStringLiteral("Alex Morgan");
    m.kind = QStringLiteral("text");
    m.body = body;
    m.clientTxnId = txn;
    m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + id, Qt::UTC);
    return m;
}

} // namespace parley::test
