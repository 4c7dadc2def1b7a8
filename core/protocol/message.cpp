// Message JSON form.
#include "message.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

const QStringList &Message::kinds()
{
    static const QStringList list { QStringLiteral("text"), QStringLiteral("status"),
        QStringLiteral("file"), QStringLiteral("event") };
    return list;
}

QJsonObject Message::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("conversation_id"), conversationId },
        { QStringLiteral("sender_id"), senderId }, { QStringLiteral("sender_name"), senderName },
        { QStringLiteral("kind"), kind }, { QStringLiteral("body"), body },
        { QStringLiteral("client_txn_id"), clientTxnId }, { QStringLiteral("channel"), channel },
        { QStringLiteral("event"), event },
        { QStringLiteral("attachments"), toJsonArray(attachments) },
        { QStringLiteral("deleted"), deleted },
        { QStringLiteral("created_at"), wireTimeOrNull(createdAt) } };
}

Result<Message> Message::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Message message;
    message.id = r.id("id");
    message.conversationId = r.id("conversation_id");
    message.senderId = r.id("sender_id");
    message.senderName = r.optionalString("sender_name");
    message.kind = r.oneOf("kind", kinds());
    message.body = r.optionalString("body");
    message.clientTxnId = r.optionalString("client_txn_id");
    message.channel = r.optionalString("channel", QStringLiteral("app"));
    message.event = r.object("event");
    message.attachments = readList<Attachment>(r, "attachments");
    message.deleted = r.boolean("deleted", false);
    message.createdAt = r.time("created_at");
    return r.finish(message);
}

} // namespace parley::protocol
