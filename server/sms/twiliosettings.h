// TwilioSettings: the [sms] section: where Twilio's REST API is (configurable, so tests and
// other Twilio-compatible providers work), the account, and the sender number.
#pragma once

#include <QString>
#include <QUrl>

namespace parley::server {

struct TwilioSettings
{
    QUrl baseUrl { QStringLiteral("https://api.twilio.com") };
    QString accountSid;
    QString authToken;
    QString senderId; // the "From" number or alphanumeric sender

    bool configured() const { return !accountSid.isEmpty() && !authToken.isEmpty(); }
};

} // namespace parley::server
