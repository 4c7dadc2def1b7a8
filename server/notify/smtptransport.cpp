// Email through SMTP.
#include "smtptransport.h"

#include "common/clock.h"
#include "mailmessage.h"

#include <QCryptographicHash>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::server {

SmtpTransport::SmtpTransport(SmtpSender sender, QString fromName, const Clock &clock)
    : m_sender(std::move(sender))
    , m_fromName(std::move(fromName))
    , m_clock(clock)
{ }

QFuture<DeliveryOutcome> SmtpTransport::deliver(const MailRow &row)
{
    MailMessage message;
    message.fromAddress = m_sender.settings().from;
    message.fromName = m_fromName;
    message.to = row.recipient;
    message.subject = row.subject;
    message.text = row.textBody;
    message.html = row.htmlBody;
    message.date = m_clock.now();
    // The same on every attempt, so a receiver can tell a repeat.
    message.messageId = QStringLiteral("%1.%2@parley")
                            .arg(row.id)
                            .arg(QString::fromLatin1(QCryptographicHash::hash(
                                row.dedupeKey.toUtf8(), QCryptographicHash::Sha1)
                                                         .toHex()
                                                         .left(16)));
    return QtConcurrent::run([sender = m_sender, to = row.recipient, mime = message.toMime()] {
        return sender.send(to, mime);
    });
}

} // namespace parley::server
