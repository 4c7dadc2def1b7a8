// TwilioTransport: a queued text message sent as Twilio's Messages API documents it:
// POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic auth with the
// account SID and auth token, form fields To, From and Body. 2xx: sent; 4xx (a bad number):
// failed for good, except 429 (slow down); anything else: tried again later.
#pragma once

#include "notify/transport.h"
#include "twiliosettings.h"

#include <QNetworkAccessManager>

namespace parley::server {

class TwilioTransport : public Transport
{
public:
    explicit TwilioTransport(TwilioSettings settings);

    QString channel() const override { return QStringLiteral("sms"); }
    QFuture<DeliveryOutcome> deliver(const MailRow &row) override;

private:
    TwilioSettings m_settings;
    QNetworkAccessManager m_nam;
};

} // namespace parley::server
