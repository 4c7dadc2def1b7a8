// Member JSON form.
#include "member.h"

#include "jsonreader.h"
#include "user.h"
#include "wiretime.h"

namespace parley::protocol {

QJsonObject Member::toJson() const
{
    return QJsonObject { { QStringLiteral("user_id"), userId }, { QStringLiteral("name"), name },
        { QStringLiteral("kind"), kind }, { QStringLiteral("added_at"), wireTimeOrNull(addedAt) },
        { QStringLiteral("removed_at"), wireTimeOrNull(removedAt) } };
}

Result<Member> Member::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Member member;
    member.userId = r.id("user_id");
    member.name = r.optionalString("name");
    member.kind = r.oneOf("kind", User::kinds());
    member.addedAt = r.time("added_at");
    member.removedAt = r.optionalTime("removed_at");
    return r.finish(member);
}

} // namespace parley::protocol
