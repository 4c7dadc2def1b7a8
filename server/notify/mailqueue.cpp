// The mail_queue table.
#include "mailqueue.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

namespace parley::server {

MailQueue::MailQueue(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<bool> MailQueue::enqueue(const MailRow &row, const QDateTime &now)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO mail_queue (firm_id, channel, kind, dedupe_key, recipient,"
                       " subject, text_body, html_body, next_attempt_at, created_at, user_id,"
                       " conversation_id, first_message_id, last_message_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(dedupe_key) DO NOTHING"));
    const auto about = [&row](qint64 MailRow::About::*field) {
        return row.about ? std::optional<qint64>((*row.about).*field) : std::nullopt;
    };
    query.bind(row.firmId)
        .bindText(row.channel)
        .bindText(row.kind)
        .bindText(row.dedupeKey)
        .bindText(row.recipient)
        .bindText(row.subject)
        .bindText(row.textBody)
        .bindText(row.htmlBody)
        .bind(now.toMSecsSinceEpoch())
        .bind(now.toMSecsSinceEpoch())
        .bindOptional(about(&MailRow::About::userId))
        .bindOptional(about(&MailRow::About::conversationId))
        .bindOptional(about(&MailRow::About::firstMessageId))
        .bindOptional(about(&MailRow::About::lastMessageId));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() > 0;
}

protocol::Result<std::optional<MailRow>> MailQueue::takeDue(const QString &channel,
    const QDateTime &now, const std::function<QDateTime(int attempts)> &retryAfter)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, firm_id, kind, dedupe_key, recipient, subject, text_body,"
                       " html_body, attempts, created_at, channel, user_id, conversation_id,"
                       " first_message_id, last_message_id FROM mail_queue"
                       " WHERE state = 'queued' AND channel = ? AND next_attempt_at <= ?"
                       " ORDER BY next_attempt_at, id LIMIT 1"));
    query.bindText(channel).bind(now.toMSecsSinceEpoch());
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<MailRow>();
    MailRow row;
    row.id = query.integer(0);
    row.firmId = query.integer(1);
    row.kind = query.text(2);
    row.dedupeKey = query.text(3);
    row.recipient = query.text(4);
    row.subject = query.text(5);
    row.textBody = query.text(6);
    row.htmlBody = query.text(7);
    row.attempts = int(query.integer(8)) + 1;
    row.createdAt = query.time(9);
    row.channel = query.text(10);
    if (query.optionalId(13))
        row.about = MailRow::About { query.integer(11), query.integer(12), query.integer(13),
            query.integer(14) };
    SqlQuery claim(m_db,
        QStringLiteral(
            "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"));
    claim.bind(retryAfter(row.attempts).toMSecsSinceEpoch()).bind(row.id);
    if (auto done = claim.exec(); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return std::optional<MailRow>(row);
}

protocol::Result<void> MailQueue::markSent(qint64 id, const QDateTime &at)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE mail_queue SET state = 'sent', sent_at = ?, last_error = ''"
                       " WHERE id = ?"));
    query.bind(at.toMSecsSinceEpoch()).bind(id);
    return query.exec();
}

protocol::Result<void> MailQueue::markFailed(qint64 id, const QString &error)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE mail_queue SET state = 'failed', last_error = ? WHERE id = ?"));
    query.bindText(error).bind(id);
    return query.exec();
}

protocol::Result<void> MailQueue::noteError(qint64 id, const QString &error)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE mail_queue SET last_error = ? WHERE id = ?"));
    query.bindText(error).bind(id);
    return query.exec();
}

protocol::Result<std::optional<QDateTime>> MailQueue::nextDue()
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT MIN(next_attempt_at) FROM mail_queue WHERE state = 'queued'"));
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(query.time(0));
}

} // namespace parley::server
