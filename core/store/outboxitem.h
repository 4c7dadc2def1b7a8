// OutboxItem: one outgoing action waiting in the durable outbox, keyed by its client_txn_id.
#pragma once

#include "protocol/error.h"

#include <QDateTime>
#include <QString>

namespace parley::store {

struct OutboxItem
{
    enum class State { Pending, Failed };

    qint64 seq = 0; // the queue order, set by the store
    QString clientTxnId;
    QString kind = QStringLiteral("message");
    qint64 conversationId = 0;
    QString body;
    State state = State::Pending;
    protocol::Error error; // the server's error when failed
    QDateTime createdAt;
    int attempts = 0;
    QString messageKind = QStringLiteral("text"); // for a message: "text" or "status"

    static QString stateName(State state);
    static State stateFromName(const QString &name);

    friend bool operator==(const OutboxItem &, const OutboxItem &) = default;
};

} // namespace parley::store
