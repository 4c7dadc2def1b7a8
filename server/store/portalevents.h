// Portal events (read, participant added...): messages of kind "event", stored and logged like
// any message so /sync and the stream deliver them.
#pragma once

#include "protocol/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// Inserts the event as a message from actorId and records its `message` change. Call inside
// the transaction of what caused it. The event never moves the conversation's last message
// time: it is not something to answer.
protocol::Result<qint64> recordEvent(QSqlDatabase db, qint64 firmId, std::optional<qint64> matterId,
    qint64 conversationId, qint64 actorId, const QJsonObject &event, qint64 createdAtMs);

} // namespace parley::server
