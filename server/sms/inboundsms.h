// InboundSms: Twilio's webhook for text replies (POST /api/v1/sms/inbound). The request must
// carry X-Twilio-Signature computed over [server] public_url + the path and its form fields
// with the auth token; anything unsigned or wrongly signed is refused (403) and logged. A
// reply from a client's number goes, as that client, into their most recent conversation with
// SMS on (channel "sms"), once per Twilio MessageSid. A picture message (NumMedia > 0) is
// recorded in sms_inbound for MmsFetcher, which posts it with its media. The answer is empty
// TwiML.
#pragma once

#include "http/apireply.h"
#include "http/apirequest.h"
#include "protocol/limits.h"
#include "twiliosettings.h"

#include <QUrl>
#include <functional>

namespace parley::server {

class ServerContext;

class InboundSms
{
public:
    // mediaWaiting: called when a picture message was recorded for fetching.
    InboundSms(ServerContext &context, TwilioSettings settings, QUrl publicUrl,
        std::function<void()> mediaWaiting);

    ApiReply handle(const ApiRequest &request);

private:
    ServerContext &m_context;
    TwilioSettings m_settings;
    QUrl m_publicUrl;
    std::function<void()> m_mediaWaiting;
};

} // namespace parley::server
