// PortalSessions: how clients sign in to the web portal. An invitation link (single use,
// expiring) is redeemed for a session: a random token in an HttpOnly cookie, kept hashed as
// a token of kind 'portal', idle-expired, and a CSRF token derived from it that every
// state-changing request must carry. Returning clients ask for a sign-in link by email; an
// expired invitation can ask for a fresh one to the same address. Neither says whether an
// address is known.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <functional>

namespace parley::server {

class Clock;
class MailTemplates;

struct PortalOptions
{
    int idleMinutes = 30;
    int invitationMinutes = 60;
    int codeMinutes = 10;
    int maxCodeTries = 5;
    int lockMinutes = 15;
    bool secureCookies = false; // true off loopback
};

struct PortalSignIn
{
    QString token; // the cookie's value; only its hash is kept
    Principal principal;
    qint64 conversationId = 0; // the conversation the invitation was for
};

class PortalSessions
{
public:
    // mailQueued is called after an email was queued (wakes the delivery).
    PortalSessions(QSqlDatabase db, const Clock &clock, const MailTemplates &templates,
        PortalOptions options, std::function<void()> mailQueued);

    static constexpr auto CookieName = "parley_portal";

    // invalid_invitation (unknown), invitation_used, invitation_expired (with a hint to ask
    // for a fresh one), or a new session for the invited client.
    protocol::Result<PortalSignIn> redeem(const QString &invitationToken);
    // The client behind a session cookie; invalid_token when unknown, signed out, idle too
    // long, or no longer a client of any conversation.
    protocol::Result<Principal> authenticate(const QString &sessionToken);
    // The CSRF token of a session: HMAC-SHA256 of a fixed label keyed with the session token,
    // so nothing more is stored and a page can only learn it from the API.
    static QString csrfFor(const QString &sessionToken);
    static bool csrfMatches(const QString &sessionToken, const QByteArray &presented);
    protocol::Result<void> signOut(const Principal &principal);

    // Emails a sign-in link to the client with this address, if there is one.
    protocol::Result<void> requestLink(const QString &email);
    // Emails a fresh link to whoever an expired or used invitation was for.
    protocol::Result<void> renew(const QString &invitationToken);

    // The Set-Cookie value for a session (empty token: clears the cookie).
    QByteArray cookie(const QString &sessionToken) const;

private:
    protocol::Result<void> mailLink(qint64 userId, qint64 conversationId, const QString &reason);

    QSqlDatabase m_db;
    const Clock &m_clock;
    const MailTemplates &m_templates;
    PortalOptions m_options;
    std::function<void()> m_mailQueued;
};

} // namespace parley::server
