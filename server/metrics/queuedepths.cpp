// One statement counting every queue (portable: SQLite and PostgreSQL).
#include "queuedepths.h"

#include "db/sqlquery.h"

namespace parley::server {

QueueDepths::QueueDepths(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<QList<MetricSample>> QueueDepths::read() const
{
    static const char *const Queues[]
        = { "mail_outbox", "sms_outbox", "sms_inbound", "uploads_unfinished", "notify_batches" };
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT"
            " (SELECT COUNT(*) FROM mail_queue WHERE state = 'queued' AND channel = 'email'),"
            " (SELECT COUNT(*) FROM mail_queue WHERE state = 'queued' AND channel = 'sms'),"
            " (SELECT COUNT(*) FROM sms_inbound WHERE state = 'pending'),"
            " (SELECT COUNT(*) FROM uploads"
            "   WHERE completed_at IS NULL AND terminated_at IS NULL),"
            " (SELECT COUNT(*) FROM notify_pending)"));
    if (auto ran = query.exec(); !ran)
        return ran.error();
    QList<MetricSample> samples;
    if (!query.next())
        return samples;
    for (int i = 0; i < int(std::size(Queues)); ++i) {
        samples.append(MetricSample {
            { { "queue", QString::fromLatin1(Queues[i]) } }, double(query.integer(i)) });
    }
    return samples;
}

} // namespace parley::server
