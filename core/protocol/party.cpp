// Party JSON form.
#include "party.h"

#include "jsonreader.h"

namespace parley::protocol {

const QStringList &Party::roles()
{
    static const QStringList list { QStringLiteral("client"), QStringLiteral("spouse"),
        QStringLiteral("other") };
    return list;
}

QJsonObject Party::toJson() const
{
    return QJsonObject { { QStringLiteral("user_id"), userId }, { QStringLiteral("role"), role },
        { QStringLiteral("name"), name }, { QStringLiteral("email"), email },
        { QStringLiteral("phone"), phone } };
}

Result<Party> Party::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Party party;
    party.userId = r.id("user_id");
    party.role = r.oneOf("role", roles());
    party.name = r.string("name");
    party.email = r.optionalString("email");
    party.phone = r.optionalString("phone");
    return r.finish(party);
}

} // namespace parley::protocol
