// NewConversation JSON form and shape validation.
#include "newconversation.h"

#include "conversation.h"
#include "jsonreader.h"

namespace parley::protocol {

QJsonObject NewConversation::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), kind }, { QStringLiteral("title"), title },
        { QStringLiteral("member_ids"), toJsonArray(memberIds) },
        { QStringLiteral("require_mfa"), requireMfa }, { QStringLiteral("sms"), sms } };
    if (matterId)
        json.insert(QStringLiteral("matter_id"), *matterId);
    return json;
}

Result<NewConversation> NewConversation::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    NewConversation conversation;
    conversation.matterId = r.optionalId("matter_id");
    conversation.kind = r.oneOf("kind", Conversation::kinds());
    conversation.title = r.optionalString("title");
    conversation.memberIds = readIdList(r, "member_ids");
    conversation.requireMfa = r.boolean("require_mfa", false);
    conversation.sms = r.boolean("sms", false);
    return r.finish(conversation);
}

Result<void> NewConversation::validate(const Limits &limits) const
{
    const bool direct = kind == QLatin1String("direct");
    if (!direct && !matterId)
        return Error::make(ErrorCode::MissingField,
            QStringLiteral("A %1 conversation belongs to a matter: \"matter_id\" is required.")
                .arg(kind),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("matter_id") } });
    if (direct && matterId)
        return Error::make(ErrorCode::InvalidField,
            QStringLiteral("A direct conversation has no matter: leave out \"matter_id\"."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("matter_id") } });
    if (direct && memberIds.isEmpty())
        return Error::make(ErrorCode::InvalidField,
            QStringLiteral("A direct conversation needs at least one other member."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("member_ids") } });
    if (kind != QLatin1String("external") && (requireMfa || sms))
        return Error::make(ErrorCode::InvalidField,
            QStringLiteral("MFA and SMS apply only to conversations with clients."),
            QJsonObject { { QStringLiteral("field"),
                requireMfa ? QStringLiteral("require_mfa") : QStringLiteral("sms") } });
    if (auto r = Limits::checkTextLength(QStringLiteral("title"), title, limits.titleChars); !r)
        return r;
    if (memberIds.size() > limits.membersPerConversation)
        return Error::limit(ErrorCode::InvalidField,
            QStringLiteral("A conversation can have at most %1 members.")
                .arg(limits.membersPerConversation),
            limits.membersPerConversation, memberIds.size());
    return {};
}

} // namespace parley::protocol
