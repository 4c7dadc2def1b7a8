// Sign-in, token checks and sign-out.
#include "authservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "common/serverevents.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "passwordhasher.h"
#include "sessiontoken.h"
#include "store/firmstore.h"
#include "store/tokenstore.h"
#include "store/userstore.h"
#include "totp.h"

namespace parley::server {

using protocol::Error;
namespace Code = protocol::ErrorCode;

namespace {

Error invalidCredentials()
{
    return Error::make(Code::InvalidCredentials, QStringLiteral("The email or password is wrong."));
}

// Writing last_used_at on every request would turn each read into a write; a minute
// of precision is plenty for "last active".
constexpr qint64 TouchIntervalMs = 60 * 1000;
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

Error invalidToken()
{
    return Error::make(
        Code::InvalidToken, QStringLiteral("The session has expired or was signed out."));
}

} // namespace

AuthService::AuthService(QSqlDatabase db, const PasswordHasher &hasher, ServerEvents *events,
    SignInThrottle throttle, const Clock &clock, SessionPolicy sessions)
    : m_db(std::move(db))
    , m_hasher(hasher)
    , m_events(events)
    , m_throttle(std::move(throttle))
    , m_clock(clock)
    , m_sessions(sessions)
{ }

qint64 AuthService::now() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

protocol::Result<protocol::LoginResponse> AuthService::login(
    const protocol::LoginRequest &request, const QHostAddress &from)
{
    // A locked account or a refused network address, before any password is hashed.
    if (auto open = m_throttle.check(request.email, from); !open)
        return open.error();
    UserStore users(m_db);
    auto found = users.findByEmail(request.email);
    if (!found)
        return found.error();
    const std::optional<UserRecord> &record = found.value();
    // Portal clients sign in elsewhere (invitation link); they get the same answer as an
    // unknown email, after the same amount of work.
    if (!record || !record->user.isStaff() || record->passwordHash.isEmpty()) {
        m_hasher.verifyDummy(request.password);
        qCInfo(lcAuth) << "sign-in refused: no staff account for the email";
        return failed(request.email, from, invalidCredentials());
    }
    if (!m_hasher.verify(record->passwordHash, request.password)) {
        qCInfo(lcAuth) << "sign-in refused: wrong password for user" << record->user.id;
        audit(
            record->firmId, record->user.id, AuditAction::SignInFailed, QStringLiteral("password"));
        return failed(request.email, from, invalidCredentials());
    }
    auto required = FirmStore(m_db).requiresTotp(record->firmId);
    if (!required)
        return required.error();
    if (required.value() && record->totpSecret.isEmpty()) {
        qCInfo(lcAuth) << "sign-in refused: the firm requires TOTP and user" << record->user.id
                       << "has none";
        return Error::make(Code::TotpEnrollmentRequired,
            QStringLiteral("Your firm requires two-step verification. Ask your administrator to "
                           "set it up for your account, then sign in again."));
    }
    if (!record->totpSecret.isEmpty()) {
        if (request.totp.isEmpty())
            return Error::make(Code::TotpRequired,
                QStringLiteral("Enter the 6-digit code from your authenticator app."));
        if (!Totp::validate(record->totpSecret, request.totp)) {
            qCInfo(lcAuth) << "sign-in refused: wrong TOTP code for user" << record->user.id;
            audit(record->firmId, record->user.id, AuditAction::MfaFailed, QStringLiteral("totp"));
            return failed(request.email, from,
                Error::make(Code::InvalidTotp, QStringLiteral("The code is wrong or expired.")));
        }
    }
    const QString token = SessionToken::generate();
    if (token.isEmpty())
        return Error::make(Code::Internal, QStringLiteral("The server could not sign you in."));
    TokenStore tokens(m_db);
    auto tokenId
        = tokens.insert(record->user.id, SessionToken::hash(token), QStringLiteral("staff"), now());
    if (!tokenId)
        return tokenId.error();
    qCInfo(lcAuth) << "user" << record->user.id << "signed in, session" << tokenId.value();
    if (!record->totpSecret.isEmpty())
        audit(record->firmId, record->user.id, AuditAction::MfaPassed, QStringLiteral("totp"));
    audit(record->firmId, record->user.id, AuditAction::SignedIn, QStringLiteral("password"));
    if (auto counted = m_throttle.recordSuccess(request.email, from); !counted)
        qCWarning(lcAuth) << "could not record a successful sign-in for the lockout";
    return protocol::LoginResponse { token, record->user };
}

Error AuthService::failed(const QString &email, const QHostAddress &from, Error error)
{
    if (auto counted = m_throttle.recordFailure(email, from); !counted)
        qCWarning(lcAuth) << "could not count a failed sign-in";
    return error;
}

void AuthService::audit(qint64 firmId, qint64 userId, const char *action, const QString &method)
{
    // A sign-in is answered even if its record could not be written; the log says so.
    QJsonObject detail;
    if (!method.isEmpty())
        detail.insert(QStringLiteral("method"), method);
    auto appended = AuditLog(m_db).appendAlone(
        AuditEntry { firmId, std::nullopt, QLatin1String(action), userId, std::nullopt,
            std::nullopt, std::nullopt, std::nullopt, detail },
        now());
    if (!appended)
        qCWarning(lcAuth) << "could not write the audit entry of a sign-in";
}

protocol::Result<Principal> AuthService::authenticate(const QString &token)
{
    // Tokens we issue are 43 base64url characters; anything far off is not worth a query.
    if (token.isEmpty() || token.size() > 256)
        return invalidToken();
    TokenStore tokens(m_db);
    auto found = tokens.findSession(SessionToken::hash(token));
    if (!found)
        return found.error();
    if (!found.value())
        return invalidToken();
    const TokenRecord &record = found.value()->token;
    const UserRecord &user = found.value()->user;
    const qint64 at = now();
    if (auto alive = checkLifetime(record, at); !alive)
        return alive.error();
    if (!user.user.isStaff())
        return invalidToken();
    // A firm that starts requiring two-step verification ends the sessions without it.
    if (user.totpSecret.isEmpty() && found.value()->firmRequiresTotp)
        return Error::make(Code::InvalidToken,
            QStringLiteral("Your firm now requires two-step verification: sign in again."));
    if (at - record.lastUsedAt > TouchIntervalMs) {
        if (auto touched = tokens.touch(record.id, at); !touched)
            qCWarning(lcAuth) << "could not record token use for session" << record.id;
    }
    return Principal { user.user, user.firmId, record.id };
}

protocol::Result<void> AuthService::checkSession(qint64 tokenId)
{
    auto found = TokenStore(m_db).find(tokenId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalidToken();
    return checkLifetime(*found.value(), now());
}

protocol::Result<void> AuthService::checkLifetime(const TokenRecord &record, qint64 at) const
{
    if (record.revoked || record.kind != u"staff")
        return invalidToken();
    const qint64 idleMs = m_sessions.idleMinutes * MinuteMs;
    if (at - record.lastUsedAt > idleMs) {
        qCInfo(lcAuth) << "session" << record.id << "expired after being idle";
        return Error::make(Code::SessionExpired,
            QStringLiteral("Your session ended after %1 minutes without use. Sign in again.")
                .arg(m_sessions.idleMinutes),
            QJsonObject { { QStringLiteral("reason"), QStringLiteral("idle") },
                { QStringLiteral("limit_minutes"), m_sessions.idleMinutes } });
    }
    if (at - record.createdAt > m_sessions.maxDays * DayMs) {
        qCInfo(lcAuth) << "session" << record.id << "expired: older than the longest lifetime";
        return Error::make(Code::SessionExpired,
            QStringLiteral("Your session reached its limit of %1 days. Sign in again.")
                .arg(m_sessions.maxDays),
            QJsonObject { { QStringLiteral("reason"), QStringLiteral("lifetime") },
                { QStringLiteral("limit_days"), m_sessions.maxDays } });
    }
    return {};
}

protocol::Result<void> AuthService::logout(const Principal &principal)
{
    TokenStore tokens(m_db);
    if (auto result = tokens.revoke(principal.tokenId); !result)
        return result;
    qCInfo(lcAuth) << "user" << principal.userId() << "signed out, session" << principal.tokenId;
    audit(principal.firmId, principal.userId(), AuditAction::SignedOut, {});
    if (m_events)
        Q_EMIT m_events->tokenRevoked(principal.tokenId);
    return {};
}

protocol::Result<int> AuthService::logoutEverywhere(const Principal &principal)
{
    // The sessions end and the record of it is written together, or neither.
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    const qint64 at = now();
    auto revoked = TokenStore(m_db).revokeAllOf(principal.userId(), QStringLiteral("staff"), at);
    if (!revoked)
        return revoked.error();
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { principal.firmId, std::nullopt,
                QLatin1String(AuditAction::SignedOutEverywhere), principal.userId(), std::nullopt,
                std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("sessions"), revoked.value() } } },
            at);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << "user" << principal.userId() << "signed out everywhere:" << revoked.value()
                   << "sessions ended";
    if (m_events)
        Q_EMIT m_events->sessionsRevoked(principal.userId());
    return revoked.value();
}

} // namespace parley::server
