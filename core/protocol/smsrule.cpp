// The SMS rule: domestic numbers only, and only for clients with an email address.
#include "smsrule.h"

namespace parley::protocol {

bool isDomesticNumber(const QString &phone)
{
    QString digits = phone.trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('-'));
    const QLatin1String prefix(HomeCallingCode);
    if (!digits.startsWith(prefix))
        return false;
    const QStringView national = QStringView(digits).mid(prefix.size());
    if (national.size() != 10)
        return false;
    for (QChar c : national) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

SmsEligibility smsEligibility(const QString &email, const QString &phone)
{
    if (email.trimmed().isEmpty())
        return SmsEligibility::NoEmail;
    if (phone.trimmed().isEmpty())
        return SmsEligibility::NoPhone;
    if (!isDomesticNumber(phone))
        return SmsEligibility::ForeignPhone;
    return SmsEligibility::Allowed;
}

} // namespace parley::protocol
