// User JSON form.
#include "user.h"

#include "jsonreader.h"

namespace parley::protocol {

const QStringList &User::kinds()
{
    static const QStringList list { QStringLiteral("staff"), QStringLiteral("client") };
    return list;
}

const QStringList &User::roles()
{
    static const QStringList list { QStringLiteral("lawyer"), QStringLiteral("paralegal"),
        QStringLiteral("admin"), QStringLiteral("client") };
    return list;
}

QJsonObject User::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
        { QStringLiteral("role"), role }, { QStringLiteral("name"), name },
        { QStringLiteral("email"), email }, { QStringLiteral("phone"), phone },
        { QStringLiteral("totp_enabled"), totpEnabled } };
}

Result<User> User::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    User user;
    user.id = r.id("id");
    user.kind = r.oneOf("kind", kinds());
    user.role = r.oneOf("role", roles());
    user.name = r.string("name");
    user.email = r.optionalString("email");
    user.phone = r.optionalString("phone");
    user.totpEnabled = r.boolean("totp_enabled", false);
    return r.finish(user);
}

} // namespace parley::protocol
