// SMTP over libcurl's easy interface, one connection per message.
#include "smtpsender.h"

#include <cstring>
#include <curl/curl.h>

namespace parley::server {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readMime(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t take = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, take);
    upload->offset += qsizetype(take);
    return take;
}

} // namespace

bool SmtpSender::initialiseLibrary()
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{ }

DeliveryOutcome SmtpSender::send(const QString &recipient, const QByteArray &mime) const
{
    DeliveryOutcome outcome;
    CURL *curl = curl_easy_init();
    if (!curl) {
        outcome.error = QStringLiteral("libcurl could not start");
        return outcome;
    }
    const QByteArray url = m_settings.url.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + m_settings.from.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload { &mime };
    char error[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMime);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    switch (m_settings.startTls) {
    case SmtpSettings::StartTls::Auto:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
        break;
    case SmtpSettings::StartTls::Always:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        break;
    case SmtpSettings::StartTls::Never:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_NONE));
        break;
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &outcome.responseCode);
    outcome.sent = code == CURLE_OK;
    if (!outcome.sent) {
        outcome.error = QString::fromUtf8(*error ? error : curl_easy_strerror(code));
        outcome.permanent = outcome.responseCode >= 500 && outcome.responseCode < 600;
    }
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return outcome;
}

} // namespace parley::server
