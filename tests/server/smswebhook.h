// What Twilio sends parley-server's inbound SMS webhook: a form body and its signature.
#pragma once

#include "mailfixture.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace parley::test::sms {

// X-Twilio-Signature computed here from Twilio's documentation (not by the server's code):
// base64(HMAC-SHA1(auth token, URL + each parameter name and value, sorted by name)).
inline QByteArray signature(const QString &url, QList<QPair<QString, QString>> form)
{
    std::sort(form.begin(), form.end());
    QByteArray data = url.toUtf8();
    for (const auto &field : form)
        data += field.first.toUtf8() + field.second.toUtf8();
    return QMessageAuthenticationCode::hash(data, TwilioToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

inline QByteArray body(const QList<QPair<QString, QString>> &form)
{
    QByteArray encoded;
    for (const auto &field : form)
        encoded += (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(field.first) + '='
            + QUrl::toPercentEncoding(field.second);
    return encoded;
}

// Posts form to the webhook of the server at base, signed as Twilio would sign it.
inline HttpReply deliver(const QUrl &base, const QList<QPair<QString, QString>> &form)
{
    const QString path = QStringLiteral("/api/v1/sms/inbound");
    HttpClient twilio(base);
    return twilio.send("POST", path, body(form),
        HttpClient::Headers { { "Content-Type", "application/x-www-form-urlencoded" },
            { "X-Twilio-Signature", signature(base.toString() + path, form) } });
}

} // namespace parley::test::sms
