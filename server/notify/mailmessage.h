// MailMessage: one email as RFC 5322 text: a multipart/alternative body with a plain text
// part and an HTML part (both UTF-8, base64 so no line is too long and no line starts the
// end of SMTP data), encoded-word headers for non-ASCII names and subjects.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace parley::server {

struct MailMessage
{
    QString fromAddress;
    QString fromName; // the firm's name
    QString to;
    QString subject;
    QString text;
    QString html;
    QString messageId; // without brackets: "<id>@<host>", the same on every attempt
    QDateTime date;

    QByteArray toMime() const;
    // RFC 2047 "=?UTF-8?B?...?=" when text is not plain ASCII; text itself otherwise.
    static QByteArray encodedWord(const QString &text);
};

} // namespace parley::server
