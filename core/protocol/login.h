// LoginRequest / LoginResponse: POST /api/v1/auth/login.
#pragma once

#include "result.h"
#include "user.h"

#include <QJsonObject>

namespace parley::protocol {

struct LoginRequest
{
    QString email;
    QString password;
    QString totp; // empty unless the server answered totp_required

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
};

struct LoginResponse
{
    QString token;
    User user;

    QJsonObject toJson() const;
    static Result<LoginResponse> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const LoginResponse &, const LoginResponse &) = default;
};

} // namespace parley::protocol
