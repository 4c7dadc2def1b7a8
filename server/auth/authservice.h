// AuthService: staff sign-in (password, then TOTP when enrolled), bearer tokens, sign-out.
#pragma once

#include "common/principal.h"
#include "protocol/login.h"
#include "protocol/result.h"
#include "signinthrottle.h"

#include <QSqlDatabase>

namespace parley::server {

class PasswordHasher;
class ServerEvents;

class AuthService
{
public:
    AuthService(QSqlDatabase db, const PasswordHasher &hasher, ServerEvents *events,
        SignInThrottle throttle);

    // invalid_credentials for an unknown email, a client, or a wrong password (the same
    // answer, so it does not reveal which); totp_required / invalid_totp when enrolled;
    // account_locked after too many failures (the throttle); totp_enrollment_required when
    // the firm requires two-step verification and the account has none.
    protocol::Result<protocol::LoginResponse> login(const protocol::LoginRequest &request);
    // The principal behind a bearer token; invalid_token when unknown or revoked.
    protocol::Result<Principal> authenticate(const QString &token);
    // Revokes the principal's token and closes its streams.
    protocol::Result<void> logout(const Principal &principal);

private:
    // Counts a failed sign-in for the lockout; gives back the error to answer.
    protocol::Error failed(const QString &email, protocol::Error error);
    // Appends a sign-in, failed sign-in or sign-out to the firm's audit chain.
    void audit(qint64 firmId, qint64 userId, const char *action, const QString &method);

    QSqlDatabase m_db;
    const PasswordHasher &m_hasher;
    ServerEvents *m_events;
    SignInThrottle m_throttle;
};

} // namespace parley::server
