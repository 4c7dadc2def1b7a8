// Receipt JSON form.
#include "receipt.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

QJsonObject Receipt::toJson() const
{
    return QJsonObject { { QStringLiteral("message_id"), messageId },
        { QStringLiteral("conversation_id"), conversationId },
        { QStringLiteral("user_id"), userId },
        { QStringLiteral("read_at"), wireTimeOrNull(readAt) } };
}

Result<Receipt> Receipt::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Receipt receipt;
    receipt.messageId = r.id("message_id");
    receipt.conversationId = r.id("conversation_id");
    receipt.userId = r.id("user_id");
    receipt.readAt = r.time("read_at");
    return r.finish(receipt);
}

} // namespace parley::protocol
