// PortalMfa: the one-time code a conversation that requires MFA asks a portal session for
// before its content is shown: 6 random digits emailed to the client, kept hashed, valid a
// few minutes, used once; a session that entered one may read that conversation until it
// ends. Wrong codes are counted per client and conversation: after maxCodeTries within
// lockMinutes, codes are refused (mfa_locked) until the window has passed.
#pragma once

#include "common/principal.h"
#include "portalsessions.h"
#include "protocol/result.h"

#include <QSqlDatabase>
#include <functional>

namespace parley::server {

class Clock;
class MailTemplates;

class PortalMfa
{
public:
    PortalMfa(QSqlDatabase db, const Clock &clock, const MailTemplates &templates,
        PortalOptions options, std::function<void()> mailQueued);

    // Whether the session must still enter a code for this conversation (it requires MFA and
    // the session, as its principal says, has not passed it).
    static bool pending(const Principal &who, qint64 conversationId, bool requireMfa)
    {
        return requireMfa && !who.isStaff() && !who.mfaPassed.contains(conversationId);
    }
    // Emails a fresh code (earlier ones stop working); mfa_locked while locked.
    protocol::Result<void> sendCode(const Principal &who, qint64 conversationId);
    // invalid_mfa_code (with attempts_left), mfa_code_expired, mfa_locked (with
    // retry_after_seconds), or passed.
    protocol::Result<void> verify(const Principal &who, qint64 conversationId, const QString &code);

private:
    // The code's outcome in the audit chain of the conversation's matter.
    protocol::Result<void> audit(
        const Principal &who, qint64 conversationId, const char *action, qint64 atMs);
    protocol::Result<void> checkNotLocked(const Principal &who, qint64 conversationId, qint64 now);
    static QString hashCode(qint64 tokenId, const QString &code);

    QSqlDatabase m_db;
    const Clock &m_clock;
    const MailTemplates &m_templates;
    PortalOptions m_options;
    std::function<void()> m_mailQueued;
};

} // namespace parley::server
