// Party JSON form.
#include "party.h"

#include "jsonreader.h"
#include "wiretime.h"

#include <QJsonArray>

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
        { QStringLiteral("phone"), phone },
        { QStringLiteral("other_emails"), QJsonArray::fromStringList(otherEmails) },
        { QStringLiteral("portal_email"), portalEmail },
        { QStringLiteral("cancelled_at"), wireTimeOrNull(cancelledAt) } };
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
    party.otherEmails = readStringList(r, "other_emails");
    party.portalEmail = r.optionalString("portal_email", party.email);
    party.cancelledAt = r.optionalTime("cancelled_at");
    return r.finish(party);
}

} // namespace parley::protocol
