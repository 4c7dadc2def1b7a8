// AuthService: staff sign-in (password, then TOTP when enrolled), bearer tokens and their
// lifetime (SessionPolicy), sign-out of one session or of all of a user's.
#pragma once

#include "common/principal.h"
#include "protocol/login.h"
#include "protocol/result.h"
#include "sessionpolicy.h"
#include "signinthrottle.h"

#include <QSqlDatabase>

namespace parley::server {

class Clock;
class PasswordHasher;
class ServerEvents;
struct TokenRecord;

class AuthService
{
public:
    AuthService(QSqlDatabase db, const PasswordHasher &hasher, ServerEvents *events,
        SignInThrottle throttle, const Clock &clock, SessionPolicy sessions);

    // invalid_credentials for an unknown email, a client, or a wrong password (the same
    // answer, so it does not reveal which); totp_required / invalid_totp when enrolled;
    // account_locked after too many failures (the throttle), rate_limited after too many
    // from the client's address (from); totp_enrollment_required when the firm requires
    // two-step verification and the account has none.
    protocol::Result<protocol::LoginResponse> login(
        const protocol::LoginRequest &request, const QHostAddress &from);
    // The principal behind a bearer token; invalid_token when unknown or revoked,
    // session_expired when idle or old beyond the SessionPolicy. Each use counts as activity.
    protocol::Result<Principal> authenticate(const QString &token);
    // Whether a session already in use (an open stream) may go on; the same errors as
    // authenticate(), without counting as activity.
    protocol::Result<void> checkSession(qint64 tokenId);
    // Revokes the principal's token and closes its streams.
    protocol::Result<void> logout(const Principal &principal);
    // Revokes every session of the principal's user, this one too, and closes their streams;
    // gives back how many sessions ended.
    protocol::Result<int> logoutEverywhere(const Principal &principal);

private:
    // Counts a failed sign-in for the lockout; gives back the error to answer.
    protocol::Error failed(const QString &email, const QHostAddress &from, protocol::Error error);
    // Appends a sign-in, failed sign-in or sign-out to the firm's audit chain.
    void audit(qint64 firmId, qint64 userId, const char *action, const QString &method);
    // invalid_token for a revoked or portal token, session_expired past the SessionPolicy.
    protocol::Result<void> checkLifetime(const TokenRecord &record, qint64 now) const;
    qint64 now() const;

    QSqlDatabase m_db;
    const PasswordHasher &m_hasher;
    ServerEvents *m_events;
    SignInThrottle m_throttle;
    const Clock &m_clock;
    SessionPolicy m_sessions;
};

} // namespace parley::server
