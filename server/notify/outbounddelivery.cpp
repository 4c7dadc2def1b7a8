// Sending queued rows without blocking the server's event loop.
#include "outbounddelivery.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "db/transaction.h"
#include "store/conversationstore.h"

#include <QFutureWatcher>

namespace parley::server {

OutboundDelivery::OutboundDelivery(QSqlDatabase db, std::unique_ptr<Transport> transport,
    const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_transport(std::move(transport))
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &OutboundDelivery::pump);
}

OutboundDelivery::~OutboundDelivery() = default;

void OutboundDelivery::start()
{
    m_poll.start();
    pump();
}

void OutboundDelivery::wake()
{
    QMetaObject::invokeMethod(this, &OutboundDelivery::pump, Qt::QueuedConnection);
}

void OutboundDelivery::pump()
{
    if (m_busy)
        return;
    const QDateTime now = m_clock.now();
    // The retry time is set before sending: if the process dies mid-send, the row is due
    // again after it (sent twice at worst, never lost).
    const QList<int> &delays = m_options.retrySeconds;
    auto due = MailQueue(m_db).takeDue(m_transport->channel(), now, [&](int attempts) {
        return now.addSecs(delays.at(std::clamp<qsizetype>(attempts - 1, 0, delays.size() - 1)));
    });
    if (!due) {
        qCWarning(lcNotify) << "cannot read the outbound queue:" << due.error().code;
        return;
    }
    if (!due.value())
        return;
    const MailRow row = *due.value();
    m_busy = true;
    auto *watcher = new QFutureWatcher<DeliveryOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, row] {
        watcher->deleteLater();
        m_busy = false;
        finished(row, watcher->result());
        pump();
    });
    watcher->setFuture(m_transport->deliver(row));
}

void OutboundDelivery::finished(const MailRow &row, const DeliveryOutcome &outcome)
{
    MailQueue queue(m_db);
    const QString channel = m_transport->channel();
    if (outcome.sent) {
        if (auto marked = settle(row, AuditAction::NoticeSent,
                [&] { return queue.markSent(row.id, m_clock.now()); });
            !marked)
            qCWarning(lcNotify) << channel << "went but could not be marked sent";
        qCInfo(lcNotify) << channel << "sent:" << row.kind << "row" << row.id;
    } else if (outcome.permanent || row.attempts >= m_options.maxAttempts) {
        if (auto marked = settle(row, AuditAction::NoticeFailed,
                [&] { return queue.markFailed(row.id, outcome.error); });
            !marked)
            qCWarning(lcNotify) << channel << "failed for good but could not be marked so";
        qCWarning(lcNotify) << channel << "failed for good:" << row.kind << "row" << row.id
                            << "answer" << outcome.responseCode;
    } else {
        (void)queue.noteError(row.id, outcome.error);
        qCInfo(lcNotify) << channel << "not sent yet, will retry:" << row.kind << "row" << row.id;
    }
    Q_EMIT attempted(row.id, outcome.sent);
}

protocol::Result<void> OutboundDelivery::settle(
    const MailRow &row, const char *action, const std::function<protocol::Result<void>()> &mark)
{
    if (!row.about)
        return mark();
    // A notice about messages is evidence for the record: its outcome is chained in the
    // audit log of the conversation's matter together with the row's new state.
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto marked = mark(); !marked)
        return marked;
    auto conversation = ConversationStore(m_db).find(row.about->conversationId);
    if (!conversation)
        return conversation.error();
    const std::optional<qint64> matterId
        = conversation.value() ? conversation.value()->matterId : std::nullopt;
    const AuditEntry entry { row.firmId, matterId, QLatin1String(action), std::nullopt,
        row.about->conversationId, row.about->lastMessageId, std::nullopt, std::nullopt,
        QJsonObject { { QStringLiteral("channel"), row.channel },
            { QStringLiteral("subject_id"), row.about->userId },
            { QStringLiteral("first_message_id"), row.about->firstMessageId },
            { QStringLiteral("last_message_id"), row.about->lastMessageId } } };
    if (auto audited = AuditLog(m_db).append(entry, m_clock.now().toMSecsSinceEpoch()); !audited)
        return audited.error();
    return transaction.commit();
}

} // namespace parley::server
