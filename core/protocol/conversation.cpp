// Conversation JSON form.
#include "conversation.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

const QStringList &Conversation::kinds()
{
    static const QStringList list { QStringLiteral("external"), QStringLiteral("internal"),
        QStringLiteral("direct") };
    return list;
}

const QStringList &Conversation::closedReasons()
{
    static const QStringList list { QStringLiteral("matter_closed"),
        QStringLiteral("client_cancelled") };
    return list;
}

QJsonObject Conversation::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("matter_id"), matterId ? QJsonValue(*matterId) : QJsonValue() },
        { QStringLiteral("kind"), kind }, { QStringLiteral("title"), title },
        { QStringLiteral("require_mfa"), requireMfa }, { QStringLiteral("sms"), sms },
        { QStringLiteral("members"), toJsonArray(members) },
        { QStringLiteral("created_at"), wireTimeOrNull(createdAt) },
        { QStringLiteral("last_message_at"), wireTimeOrNull(lastMessageAt) },
        { QStringLiteral("closed_at"), wireTimeOrNull(closedAt) },
        { QStringLiteral("closed_reason"),
            closedAt.isValid() ? QJsonValue(closedReason) : QJsonValue() },
        { QStringLiteral("assignee_id"), assigneeId ? QJsonValue(*assigneeId) : QJsonValue() } };
}

Result<Conversation> Conversation::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Conversation conversation;
    conversation.id = r.id("id");
    conversation.matterId = r.optionalId("matter_id");
    conversation.kind = r.oneOf("kind", kinds());
    conversation.title = r.optionalString("title");
    conversation.requireMfa = r.boolean("require_mfa", false);
    conversation.sms = r.boolean("sms", false);
    conversation.members = readList<Member>(r, "members");
    conversation.createdAt = r.time("created_at");
    conversation.lastMessageAt = r.optionalTime("last_message_at");
    conversation.closedAt = r.optionalTime("closed_at");
    if (conversation.closedAt.isValid())
        conversation.closedReason = r.oneOf("closed_reason", closedReasons());
    conversation.assigneeId = r.optionalId("assignee_id");
    return r.finish(conversation);
}

} // namespace parley::protocol
