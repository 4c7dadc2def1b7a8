// MailQueue: the mail_queue table: emails and text messages (channel) waiting to go, each
// queued once (its dedupe_key
// names the rule and the occasion, so running a rule twice queues nothing new), taken in
// due order, and marked sent, put back for later, or failed for good.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace parley::server {

struct MailRow
{
    qint64 id = 0;
    qint64 firmId = 0;
    QString channel = QStringLiteral("email"); // email | sms
    QString kind; // welcome | client_unread | staff_batch | sms ...
    QString dedupeKey;
    QString recipient; // an email address, or a phone number for sms
    QString subject;
    QString textBody;
    QString htmlBody;
    int attempts = 0;
    QDateTime createdAt;
    // The messages a text or an unread reminder tells a client about (ids first..last of
    // one conversation), for the record of communication; unset for other kinds.
    struct About
    {
        qint64 userId = 0;
        qint64 conversationId = 0;
        qint64 firstMessageId = 0;
        qint64 lastMessageId = 0;
    };
    std::optional<About> about;
};

class MailQueue
{
public:
    explicit MailQueue(QSqlDatabase db);

    // Queues row unless its dedupe_key is queued already; true when it was new.
    protocol::Result<bool> enqueue(const MailRow &row, const QDateTime &now);
    // The oldest queued row due by now, its attempt counted and its next try pushed to
    // retryAfter(attempts) before it is handed out (a crash while sending tries it again
    // later).
    protocol::Result<std::optional<MailRow>> takeDue(const QString &channel, const QDateTime &now,
        const std::function<QDateTime(int attempts)> &retryAfter);
    protocol::Result<void> markSent(qint64 id, const QDateTime &at);
    protocol::Result<void> markFailed(qint64 id, const QString &error);
    protocol::Result<void> noteError(qint64 id, const QString &error);
    // When the next queued row is due (nullopt: none queued).
    protocol::Result<std::optional<QDateTime>> nextDue();

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
