// SmtpSender: hands one message to the SMTP server of the configuration through libcurl
// (smtp:// or smtps://, STARTTLS when offered or required, AUTH when a username is set).
// Blocking: SmtpTransport calls it on a pool thread. Never logs addresses or contents.
#pragma once

#include "transport.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace parley::server {

struct SmtpSettings
{
    QUrl url { QStringLiteral("smtp://127.0.0.1:25") };
    QString username;
    QString password;
    QString from; // the envelope and From: address
    enum class StartTls { Auto, Always, Never } startTls = StartTls::Auto;
    int timeoutSeconds = 60;
};

class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);

    DeliveryOutcome send(const QString &recipient, const QByteArray &mime) const;
    // libcurl's global setup: call once in main(), before any thread starts.
    static bool initialiseLibrary();
    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
};

} // namespace parley::server
