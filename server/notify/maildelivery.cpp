// Sending queued mail without blocking the server's event loop.
#include "maildelivery.h"

#include "common/clock.h"
#include "common/logcategories.h"
#include "mailmessage.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::server {

MailDelivery::MailDelivery(
    QSqlDatabase db, SmtpSender sender, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_sender(std::move(sender))
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &MailDelivery::pump);
}

void MailDelivery::start()
{
    m_poll.start();
    pump();
}

void MailDelivery::wake()
{
    QMetaObject::invokeMethod(this, &MailDelivery::pump, Qt::QueuedConnection);
}

void MailDelivery::pump()
{
    if (m_busy)
        return;
    const QDateTime now = m_clock.now();
    MailQueue queue(m_db);
    // The retry time is set before sending: if the process dies mid-send, the row is due
    // again after it (sent twice at worst, never lost).
    const QList<int> &delays = m_options.retrySeconds;
    auto due = queue.takeDue(now, [&](int attempts) {
        return now.addSecs(delays.at(std::clamp<qsizetype>(attempts - 1, 0, delays.size() - 1)));
    });
    if (!due) {
        qCWarning(lcNotify) << "cannot read the mail queue:" << due.error().code;
        return;
    }
    if (!due.value())
        return;
    const MailRow row = *due.value();
    MailMessage message;
    message.fromAddress = m_sender.settings().from;
    message.fromName = m_options.fromName;
    message.to = row.recipient;
    message.subject = row.subject;
    message.text = row.textBody;
    message.html = row.htmlBody;
    message.date = now;
    message.messageId = QStringLiteral("%1.%2@parley")
                            .arg(row.id)
                            .arg(QString::fromLatin1(QCryptographicHash::hash(
                                row.dedupeKey.toUtf8(), QCryptographicHash::Sha1)
                                                         .toHex()
                                                         .left(16)));
    m_busy = true;
    auto *watcher = new QFutureWatcher<SmtpOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, row] {
        watcher->deleteLater();
        m_busy = false;
        finished(row, watcher->result());
        pump();
    });
    watcher->setFuture(
        QtConcurrent::run([sender = m_sender, to = row.recipient, mime = message.toMime()] {
            return sender.send(to, mime);
        }));
}

void MailDelivery::finished(const MailRow &row, const SmtpOutcome &outcome)
{
    MailQueue queue(m_db);
    if (outcome.sent) {
        if (auto marked = queue.markSent(row.id, m_clock.now()); !marked)
            qCWarning(lcNotify) << "an email went but could not be marked sent";
        qCInfo(lcNotify) << "email sent:" << row.kind << "mail" << row.id;
    } else if (outcome.permanent || row.attempts >= m_options.maxAttempts) {
        (void)queue.markFailed(row.id, outcome.error);
        qCWarning(lcNotify) << "email failed for good:" << row.kind << "mail" << row.id << "SMTP"
                            << outcome.responseCode;
    } else {
        (void)queue.noteError(row.id, outcome.error);
        qCInfo(lcNotify) << "email not sent yet, will retry:" << row.kind << "mail" << row.id;
    }
    Q_EMIT attempted(row.id, outcome.sent);
}

} // namespace parley::server
