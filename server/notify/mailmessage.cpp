// MIME assembly for outgoing mail.
#include "mailmessage.h"

#include <QCryptographicHash>
#include <QLocale>

namespace parley::server {

namespace {

QByteArray base64Lines(const QString &text)
{
    const QByteArray encoded = text.toUtf8().toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + "\r\n";
    return lines;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray part(const QByteArray &type, const QString &content)
{
    return "Content-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(content);
}

} // namespace

QByteArray MailMessage::encodedWord(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray MailMessage::toMime() const
{
    // A boundary that cannot occur in base64 text.
    const QByteArray boundary = "=_parley_"
        + QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha1).toHex();
    QByteArray from = fromAddress.toUtf8();
    if (!fromName.isEmpty()) {
        QString quoted = fromName;
        quoted.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        from = (isPlainAscii(quoted) ? '"' + quoted.toLatin1() + '"' : encodedWord(quoted)) + " <"
            + fromAddress.toUtf8() + '>';
    }
    QByteArray mime;
    mime += "From: " + from + "\r\n";
    mime += "To: <" + to.toUtf8() + ">\r\n";
    mime += "Subject: " + encodedWord(subject) + "\r\n";
    mime += "Date: "
        + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss '+0000'").toLatin1()
        + "\r\n";
    mime += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Auto-Submitted: auto-generated\r\n";
    mime += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    mime += "--" + boundary + "\r\n" + part("text/plain", text);
    mime += "--" + boundary + "\r\n" + part("text/html", html);
    mime += "--" + boundary + "--\r\n";
    return mime;
}

} // namespace parley::server
