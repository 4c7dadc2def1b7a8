// TwilioSignature: X-Twilio-Signature as Twilio computes it for a webhook: the full URL it
// called, then each POST parameter's name and value, sorted by name, appended; HMAC-SHA1 with
// the account's auth token; base64.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace parley::server::TwilioSignature {

QByteArray compute(
    const QString &authToken, const QString &url, const QList<QPair<QString, QString>> &parameters);
// Compares in constant time.
bool matches(const QByteArray &signature, const QString &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters);

} // namespace parley::server::TwilioSignature
