// MailDelivery: works through the mail queue: the next due row is sent on a pool thread (one
// at a time, SMTP being slow), then marked sent; a refusal (5xx) or too many attempts marks
// it failed with the reason; anything else (server down, timeout) tries again later with
// back-off. Rows are claimed before sending, so a restart carries on where it stopped.
#pragma once

#include "mailqueue.h"
#include "smtpsender.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace parley::server {

class Clock;

class MailDelivery : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString fromName; // the firm's name on every email
        int maxAttempts = 10;
        QList<int> retrySeconds { 30, 60, 300, 900, 3600 }; // then the last, again
        int pollMs = 1000;
    };

    // clock is not owned and must outlive the delivery.
    MailDelivery(QSqlDatabase db, SmtpSender sender, const Clock &clock, Options options,
        QObject *parent = nullptr);

    void start();
    // Something was queued: look now rather than at the next poll.
    void wake();

Q_SIGNALS:
    // After each attempt (tests and logs follow the queue through it).
    void attempted(qint64 mailId, bool sent);

private:
    void pump();
    void finished(const MailRow &row, const SmtpOutcome &outcome);

    QSqlDatabase m_db;
    SmtpSender m_sender;
    const Clock &m_clock;
    Options m_options;
    QTimer m_poll;
    bool m_busy = false;
};

} // namespace parley::server
