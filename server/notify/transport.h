// Transport: how a queued row leaves the server: email through SMTP (SmtpTransport) or a
// text message through Twilio's REST API (TwilioTransport). deliver() never blocks the event
// loop: its answer comes back as a future.
#pragma once

#include "mailqueue.h"

#include <QFuture>
#include <QString>

namespace parley::server {

struct DeliveryOutcome
{
    bool sent = false;
    bool permanent = false; // refused for good (a bounce, a bad number): no retry
    long responseCode = 0;
    QString error; // for the queue row and logs; never the content or the address
};

class Transport
{
public:
    virtual ~Transport() = default;
    // The mail_queue channel it delivers: "email" | "sms".
    virtual QString channel() const = 0;
    virtual QFuture<DeliveryOutcome> deliver(const MailRow &row) = 0;
};

} // namespace parley::server
