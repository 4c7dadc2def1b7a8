// Login request and response JSON forms.
#include "login.h"

#include "jsonreader.h"
#include "limits.h"

namespace parley::protocol {

QJsonObject LoginRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("email"), email },
        { QStringLiteral("password"), password } };
    if (!totp.isEmpty())
        json.insert(QStringLiteral("totp"), totp);
    return json;
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    LoginRequest request;
    request.email = r.string("email");
    request.password = r.string("password");
    request.totp = r.optionalString("totp");
    if (r.ok()) {
        // Bounded before hashing: Argon2 over a megabyte password is a denial of service.
        if (auto check = Limits::checkTextLength(QStringLiteral("email"), request.email, 320);
            !check)
            r.fail(check.error());
        if (auto check
            = Limits::checkTextLength(QStringLiteral("password"), request.password, 1024);
            !check)
            r.fail(check.error());
        if (auto check = Limits::checkTextLength(QStringLiteral("totp"), request.totp, 10); !check)
            r.fail(check.error());
    }
    return r.finish(request);
}

QJsonObject LoginResponse::toJson() const
{
    return QJsonObject { { QStringLiteral("token"), token },
        { QStringLiteral("user"), user.toJson() } };
}

Result<LoginResponse> LoginResponse::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    LoginResponse response;
    response.token = r.string("token");
    auto user = User::fromJson(r.object("user"), r.childPath("user"));
    if (!user)
        r.fail(user.error());
    else
        response.user = user.value();
    return r.finish(response);
}

} // namespace parley::protocol
