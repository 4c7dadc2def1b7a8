// Twilio's Messages API over QNetworkAccessManager.
#include "twiliotransport.h"

#include <QNetworkReply>
#include <QPromise>

namespace parley::server {

namespace {
QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

TwilioTransport::TwilioTransport(TwilioSettings settings)
    : m_settings(std::move(settings))
{ }

QFuture<DeliveryOutcome> TwilioTransport::deliver(const MailRow &row)
{
    auto promise = std::make_shared<QPromise<DeliveryOutcome>>();
    promise->start();
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
        + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json")
              .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.accountSid))));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Authorization",
        "Basic "
            + (m_settings.accountSid + QLatin1Char(':') + m_settings.authToken)
                  .toUtf8()
                  .toBase64());
    request.setTransferTimeout(30000);
    const QByteArray body = formField("To", row.recipient) + '&'
        + formField("From", m_settings.senderId) + '&' + formField("Body", row.textBody);
    QNetworkReply *reply = m_nam.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        DeliveryOutcome outcome;
        outcome.responseCode = status;
        outcome.sent = status >= 200 && status < 300;
        outcome.permanent = status >= 400 && status < 500 && status != 429;
        if (!outcome.sent)
            outcome.error = status > 0 ? QStringLiteral("Twilio answered HTTP %1").arg(status)
                                       : reply->errorString();
        promise->addResult(outcome);
        promise->finish();
    });
    return promise->future();
}

} // namespace parley::server
