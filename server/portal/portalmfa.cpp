// One-time codes for conversations that require MFA.
#include "portalmfa.h"

#include "audit/auditlog.h"
#include "auth/sessiontoken.h"
#include "auth/sodium.h"
#include "common/clock.h"
#include "common/errors.h"
#include "common/logcategories.h"
#include "db/transaction.h"
#include "notify/mailqueue.h"
#include "notify/mailtemplates.h"
#include "notify/notifystore.h"
#include "portalstore.h"
#include "store/conversationstore.h"

#include <sodium.h>

namespace parley::server {

namespace Code = protocol::ErrorCode;
using protocol::Error;

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 CodeIntervalMs = 30 * 1000;
} // namespace

PortalMfa::PortalMfa(QSqlDatabase db, const Clock &clock, const MailTemplates &templates,
    PortalOptions options, std::function<void()> mailQueued)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_templates(templates)
    , m_options(options)
    , m_mailQueued(std::move(mailQueued))
{ }

QString PortalMfa::hashCode(qint64 tokenId, const QString &code)
{
    // Bound to the session: a code is worth nothing in another one.
    return QString::fromLatin1(
        SessionToken::hash(QString::number(tokenId) + QLatin1Char(':') + code).toHex());
}

protocol::Result<void> PortalMfa::checkNotLocked(
    const Principal &who, qint64 conversationId, qint64 now)
{
    const qint64 window = m_options.lockMinutes * MinuteMs;
    auto failures = PortalStore(m_db).mfaFailuresSince(who.userId(), conversationId, now - window);
    if (!failures)
        return failures.error();
    if (failures.value() < m_options.maxCodeTries)
        return {};
    return Error::make(Code::MfaLocked,
        QStringLiteral("Too many wrong codes: this conversation is locked for %1 minutes. Try "
                       "again later, or contact the firm.")
            .arg(m_options.lockMinutes),
        QJsonObject { { QStringLiteral("limit"), m_options.maxCodeTries },
            { QStringLiteral("retry_after_seconds"), window / 1000 } });
}

protocol::Result<void> PortalMfa::sendCode(const Principal &who, qint64 conversationId)
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto unlocked = checkNotLocked(who, conversationId, nowMs); !unlocked)
        return unlocked;
    // One code at a time: asking again within a short while sends nothing more.
    auto latest = PortalStore(m_db).latestMfaCode(who.tokenId, conversationId);
    if (!latest)
        return latest.error();
    if (latest.value() && nowMs - latest.value()->createdAt < CodeIntervalMs)
        return Error::make(Code::RateLimited,
            QStringLiteral("A code was sent a moment ago: check your email, or ask again in "
                           "half a minute."),
            QJsonObject { { QStringLiteral("retry_after_seconds"),
                (CodeIntervalMs - (nowMs - latest.value()->createdAt)) / 1000 + 1 } });
    if (!ensureSodium())
        return internalError();
    const QString code
        = QStringLiteral("%1").arg(randombytes_uniform(1000000), 6, 10, QLatin1Char('0'));
    auto recipient = NotifyStore(m_db).user(who.userId());
    if (!recipient)
        return recipient.error();
    if (!recipient.value() || recipient.value()->email.isEmpty())
        return Error::make(Code::Forbidden,
            QStringLiteral("The firm has no email address for you: ask it to add one."));
    Transaction transaction(m_db);
    if (auto ready = transaction.status(); !ready)
        return ready;
    auto codeId = PortalStore(m_db).addMfaCode(who.tokenId, conversationId,
        hashCode(who.tokenId, code), nowMs, nowMs + m_options.codeMinutes * MinuteMs);
    if (!codeId)
        return codeId.error();
    const MailContent content
        = m_templates.mfaCode(*recipient.value(), code, m_options.codeMinutes);
    const MailRow row = content.toRow(who.firmId, QStringLiteral("portal_code"),
        QStringLiteral("portal:code:%1").arg(codeId.value()), recipient.value()->email);
    if (auto queued = MailQueue(m_db).enqueue(row, now); !queued)
        return queued.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcAuth) << "portal MFA code queued for client" << who.userId() << "conversation"
                   << conversationId;
    if (m_mailQueued)
        m_mailQueued();
    return {};
}

protocol::Result<void> PortalMfa::audit(
    const Principal &who, qint64 conversationId, const char *action, qint64 atMs)
{
    auto conversation = ConversationStore(m_db).find(conversationId);
    if (!conversation)
        return conversation.error();
    if (!conversation.value())
        return notFound(QStringLiteral("The conversation"));
    const AuditEntry entry { who.firmId, conversation.value()->matterId, QLatin1String(action),
        who.userId(), conversationId };
    // A pass is written with the session's pass; a failure on its own.
    AuditLog log(m_db);
    auto appended = std::string_view(action) == AuditAction::MfaPassed
        ? log.append(entry, atMs)
        : log.appendAlone(entry, atMs);
    if (!appended)
        return appended.error();
    return {};
}

protocol::Result<void> PortalMfa::verify(
    const Principal &who, qint64 conversationId, const QString &code)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto unlocked = checkNotLocked(who, conversationId, now); !unlocked)
        return unlocked;
    PortalStore store(m_db);
    auto latest = store.latestMfaCode(who.tokenId, conversationId);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return Error::make(
            Code::MfaCodeExpired, QStringLiteral("There is no code waiting: ask for a new one."));
    const QString trimmed = code.trimmed();
    const bool wellFormed = trimmed.size() == 6
        && std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); });
    if (wellFormed && hashCode(who.tokenId, trimmed) == latest.value()->codeHash) {
        if (latest.value()->expiresAt <= now)
            return Error::make(
                Code::MfaCodeExpired, QStringLiteral("This code has expired: ask for a new one."));
        Transaction transaction(m_db);
        if (auto ready = transaction.status(); !ready)
            return ready;
        if (auto used = store.useMfaCode(latest.value()->id, now); !used)
            return used;
        if (auto passed = store.passMfa(who.tokenId, conversationId, now); !passed)
            return passed;
        if (auto audited = audit(who, conversationId, AuditAction::MfaPassed, now); !audited)
            return audited;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        qCInfo(lcAuth) << "portal MFA passed by client" << who.userId() << "conversation"
                       << conversationId;
        return {};
    }
    if (auto counted = store.addMfaFailure(who.userId(), conversationId, now); !counted)
        return counted;
    if (auto audited = audit(who, conversationId, AuditAction::MfaFailed, now); !audited)
        qCWarning(lcAuth) << "could not write the audit entry of a wrong MFA code";
    qCInfo(lcAuth) << "portal MFA code wrong for client" << who.userId() << "conversation"
                   << conversationId;
    auto failures = store.mfaFailuresSince(
        who.userId(), conversationId, now - m_options.lockMinutes * MinuteMs);
    if (!failures)
        return failures.error();
    const int left = std::max(0, m_options.maxCodeTries - failures.value());
    if (left == 0)
        return checkNotLocked(who, conversationId, now);
    return Error::make(Code::InvalidMfaCode,
        left == 1 ? QStringLiteral("That code is not right. 1 try left.")
                  : QStringLiteral("That code is not right. %1 tries left.").arg(left),
        QJsonObject { { QStringLiteral("attempts_left"), left } });
}

} // namespace parley::server
