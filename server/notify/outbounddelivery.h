// OutboundDelivery: works through one channel of the outbound queue (mail_queue): the next
// due row goes out through the Transport (one at a time), then is marked sent; a refusal or
// too many attempts marks it failed with the reason; anything else (server down, timeout)
// tries again later with back-off. Rows are claimed before sending, so a restart carries on
// where it stopped.
#pragma once

#include "transport.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <functional>
#include <memory>

namespace parley::server {

class Clock;

class OutboundDelivery : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxAttempts = 10;
        QList<int> retrySeconds { 30, 60, 300, 900, 3600 }; // then the last, again
        int pollMs = 1000;
    };

    // clock is not owned and must outlive the delivery.
    OutboundDelivery(QSqlDatabase db, std::unique_ptr<Transport> transport, const Clock &clock,
        Options options, QObject *parent = nullptr);
    ~OutboundDelivery() override;

    void start();
    // Something was queued: look now rather than at the next poll.
    void wake();

Q_SIGNALS:
    // After each attempt (logs and tests follow the queue through it).
    void attempted(qint64 rowId, bool sent);

private:
    void pump();
    void finished(const MailRow &row, const DeliveryOutcome &outcome);
    // Runs mark (the row's new state); for a notice about messages (row.about) in one
    // transaction with its audit entry (action: notice_sent or notice_failed).
    protocol::Result<void> settle(const MailRow &row, const char *action,
        const std::function<protocol::Result<void>()> &mark);

    QSqlDatabase m_db;
    std::unique_ptr<Transport> m_transport;
    const Clock &m_clock;
    Options m_options;
    QTimer m_poll;
    bool m_busy = false;
};

} // namespace parley::server
