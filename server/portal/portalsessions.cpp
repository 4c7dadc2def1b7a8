// Portal sign-in: invitations, cookie sessions, sign-in links.
#include "portalsessions.h"

#include "audit/auditlog.h"
#include "auth/sessiontoken.h"
#include "common/clock.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "db/transaction.h"
#include "notify/mailqueue.h"
#include "notify/mailtemplates.h"
#include "notify/notifystore.h"
#include "portalstore.h"
#include "store/tokenstore.h"
#include "store/userstore.h"

#include <QMessageAuthenticationCode>

namespace parley::server {

namespace Code = protocol::ErrorCode;
using protocol::Error;

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
// Touching the session row on every request would turn reads into writes.
constexpr qint64 TouchIntervalMs = 30 * 1000;
constexpr qint64 LinkIntervalMs = 60 * 1000;

QString hashText(const QString &token)
{
    return QString::fromLatin1(SessionToken::hash(token).toHex());
}
} // namespace

PortalSessions::PortalSessions(QSqlDatabase db, const Clock &clock, const MailTemplates &templates,
    PortalOptions options, std::function<void()> mailQueued)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_templates(templates)
    , m_options(options)
    , m_mailQueued(std::move(mailQueued))
{ }

protocol::Result<PortalSignIn> PortalSessions::redeem(const QString &invitationToken)
{
    const Error unknown = Error::make(Code::InvalidInvitation,
        QStringLiteral("This link is not valid. Ask the firm for a new invitation, or ask for a "
                       "sign-in link with your email address."));
    if (invitationToken.isEmpty() || invitationToken.size() > 256)
        return unknown;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction transaction(m_db);
    if (auto ready = transaction.status(); !ready)
        return ready.error();
    PortalStore store(m_db);
    auto found = store.invitation(hashText(invitationToken));
    if (!found)
        return found.error();
    if (!found.value())
        return unknown;
    const InvitationRecord invitation = *found.value();
    if (invitation.used)
        return Error::make(Code::InvitationUsed,
            QStringLiteral("This link has been used already: each link works once. Ask for a "
                           "fresh one below."));
    if (invitation.expiresAt <= now)
        return Error::make(Code::InvitationExpired,
            QStringLiteral("This link has expired: links work for %1 minutes. Ask for a fresh "
                           "one below.")
                .arg(m_options.invitationMinutes));
    auto used = store.useInvitation(invitation.id, now);
    if (!used)
        return used.error();
    if (!used.value())
        return Error::make(
            Code::InvitationUsed, QStringLiteral("This link has been used already."));
    auto user = UserStore(m_db).find(invitation.userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->user.isStaff())
        return unknown;
    const QString token = SessionToken::generate();
    if (token.isEmpty())
        return internalError();
    auto tokenId = TokenStore(m_db).insert(
        invitation.userId, SessionToken::hash(token), QStringLiteral("portal"), now);
    if (!tokenId)
        return tokenId.error();
    if (auto audited = AuditLog(m_db).append(
            AuditEntry { user.value()->firmId, std::nullopt, QLatin1String(AuditAction::SignedIn),
                invitation.userId, invitation.conversationId, std::nullopt, std::nullopt,
                std::nullopt,
                QJsonObject { { QStringLiteral("method"), QStringLiteral("portal") } } },
            now);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAuth) << "client" << invitation.userId << "signed in to the portal, session"
                   << tokenId.value();
    return PortalSignIn { token,
        Principal { user.value()->user, user.value()->firmId, tokenId.value(), true, {} },
        invitation.conversationId };
}

protocol::Result<Principal> PortalSessions::authenticate(const QString &sessionToken)
{
    const Error invalid = Error::make(Code::InvalidToken,
        QStringLiteral("Your session has ended. Sign in again with a link from your email."));
    if (sessionToken.isEmpty() || sessionToken.size() > 256)
        return invalid;
    TokenStore tokens(m_db);
    auto found = tokens.findSession(SessionToken::hash(sessionToken));
    if (!found)
        return found.error();
    if (!found.value() || found.value()->token.revoked || found.value()->token.kind != u"portal")
        return invalid;
    const TokenRecord &record = found.value()->token;
    const UserRecord &user = found.value()->user;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now - record.lastUsedAt > m_options.idleMinutes * MinuteMs) {
        if (auto revoked = tokens.revoke(record.id); !revoked)
            return revoked.error();
        qCInfo(lcAuth) << "portal session" << record.id << "expired after being idle";
        return invalid;
    }
    if (user.user.isStaff())
        return invalid;
    if (now - record.lastUsedAt > TouchIntervalMs) {
        if (auto touched = tokens.touch(record.id, now); !touched)
            qCWarning(lcAuth) << "could not record use of portal session" << record.id;
    }
    auto passed = PortalStore(m_db).mfaPassed(record.id);
    if (!passed)
        return passed.error();
    return Principal { user.user, user.firmId, record.id, true, std::move(passed).value() };
}

QString PortalSessions::csrfFor(const QString &sessionToken)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("parley-portal-csrf"), sessionToken.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PortalSessions::csrfMatches(const QString &sessionToken, const QByteArray &presented)
{
    const QByteArray expected = csrfFor(sessionToken).toLatin1();
    if (presented.size() != expected.size())
        return false;
    // Constant time: the comparison must not tell how much of a guess was right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ presented[i]);
    return difference == 0;
}

protocol::Result<void> PortalSessions::signOut(const Principal &principal)
{
    if (auto revoked = TokenStore(m_db).revoke(principal.tokenId); !revoked)
        return revoked;
    if (auto audited = AuditLog(m_db).appendAlone(
            AuditEntry { principal.firmId, std::nullopt, QLatin1String(AuditAction::SignedOut),
                principal.userId(), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                QJsonObject { { QStringLiteral("method"), QStringLiteral("portal") } } },
            m_clock.now().toMSecsSinceEpoch());
        !audited)
        qCWarning(lcAuth) << "could not write the audit entry of a portal sign-out";
    qCInfo(lcAuth) << "client" << principal.userId() << "signed out of the portal, session"
                   << principal.tokenId;
    return {};
}

protocol::Result<void> PortalSessions::requestLink(const QString &email)
{
    if (email.trimmed().isEmpty() || email.size() > 320)
        return invalidField(QStringLiteral("email"), QStringLiteral("Enter your email address."));
    auto client = PortalStore(m_db).clientByEmail(email);
    if (!client)
        return client.error();
    if (!client.value()) {
        qCInfo(lcAuth) << "portal sign-in link asked for an address with no conversation";
        return {};
    }
    return mailLink(client.value()->userId, client.value()->conversationId, QStringLiteral("link"));
}

protocol::Result<void> PortalSessions::renew(const QString &invitationToken)
{
    if (invitationToken.isEmpty() || invitationToken.size() > 256)
        return {};
    auto found = PortalStore(m_db).invitation(hashText(invitationToken));
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    return mailLink(found.value()->userId, found.value()->conversationId, QStringLiteral("renew"));
}

protocol::Result<void> PortalSessions::mailLink(
    qint64 userId, qint64 conversationId, const QString &reason)
{
    NotifyStore notify(m_db);
    auto recipient = notify.user(userId);
    if (!recipient)
        return recipient.error();
    auto user = UserStore(m_db).find(userId);
    if (!user)
        return user.error();
    if (!recipient.value() || !user.value() || recipient.value()->email.isEmpty())
        return {};
    const QDateTime now = m_clock.now();
    // Asking again and again must not flood the client's mailbox: one link a minute.
    auto last = PortalStore(m_db).lastInvitationAt(userId);
    if (!last)
        return last.error();
    if (last.value() && now.toMSecsSinceEpoch() - *last.value() < LinkIntervalMs) {
        qCInfo(lcAuth) << "portal sign-in link for client" << userId << "not sent: one a minute";
        return {};
    }
    Transaction transaction(m_db);
    if (auto ready = transaction.status(); !ready)
        return ready;
    auto token = notify.createInvitation(
        userId, conversationId, now, now.addSecs(qint64(m_options.invitationMinutes) * 60));
    if (!token)
        return token.error();
    const MailContent content = m_templates.signInLink(*recipient.value(), token.value());
    const MailRow row = content.toRow(user.value()->firmId, QStringLiteral("portal_") + reason,
        QStringLiteral("portal:%1:%2").arg(reason, hashText(token.value())),
        recipient.value()->email);
    if (auto queued = MailQueue(m_db).enqueue(row, now); !queued)
        return queued.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcAuth) << "portal sign-in link queued for client" << userId;
    if (m_mailQueued)
        m_mailQueued();
    return {};
}

QByteArray PortalSessions::cookie(const QString &sessionToken) const
{
    QByteArray value = QByteArray(CookieName) + '=' + sessionToken.toLatin1()
        + "; Path=/; HttpOnly; SameSite=Strict";
    if (sessionToken.isEmpty())
        value += "; Max-Age=0";
    if (m_options.secureCookies)
        value += "; Secure";
    return value;
}

} // namespace parley::server
