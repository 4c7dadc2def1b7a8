// Portal events as messages of kind "event".
#include "portalevents.h"

#include "changelog.h"
#include "messagestore.h"

namespace parley::server {

protocol::Result<qint64> recordEvent(QSqlDatabase db, qint64 firmId, std::optional<qint64> matterId,
    qint64 conversationId, qint64 actorId, const QJsonObject &event, qint64 createdAtMs)
{
    NewMessageRecord record;
    record.conversationId = conversationId;
    record.senderId = actorId;
    record.kind = QStringLiteral("event");
    record.event = event;
    record.createdAt = createdAtMs;
    auto id = MessageStore(db).insert(record);
    if (!id)
        return id.error();
    if (auto change = ChangeLog(db).record(
            firmId, QStringLiteral("message"), id.value(), matterId, conversationId);
        !change)
        return change.error();
    return id;
}

} // namespace parley::server
