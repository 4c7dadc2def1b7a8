// SmtpTransport: a queued email as MIME (MailMessage) handed to SmtpSender on a pool thread.
#pragma once

#include "smtpsender.h"
#include "transport.h"

namespace parley::server {

class Clock;

class SmtpTransport : public Transport
{
public:
    // clock is not owned and must outlive the transport.
    SmtpTransport(SmtpSender sender, QString fromName, const Clock &clock);

    QString channel() const override { return QStringLiteral("email"); }
    QFuture<DeliveryOutcome> deliver(const MailRow &row) override;

private:
    SmtpSender m_sender;
    QString m_fromName;
    const Clock &m_clock;
};

} // namespace parley::server
