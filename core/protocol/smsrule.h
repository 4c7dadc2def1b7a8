// The SMS rule, checked by the server and shown early by the desktop: SMS only to domestic
// numbers of a client who has an email address.
#pragma once

#include <QString>

namespace parley::protocol {

// The firm's home country as a calling code. US (+1) until the firm's country is configurable
// ([sms] home_country); isDomesticNumber() is the one place that knows it.
inline constexpr auto HomeCallingCode = "+1";

// A number in E.164 form in the home country: "+1" and ten digits, spaces and dashes allowed.
bool isDomesticNumber(const QString &phone);

// Why a client cannot receive SMS, or Allowed.
enum class SmsEligibility { Allowed, NoEmail, NoPhone, ForeignPhone };
SmsEligibility smsEligibility(const QString &email, const QString &phone);

} // namespace parley::protocol
