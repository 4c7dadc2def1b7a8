// SQL behind the notifier.
#include "notifystore.h"

#include "auth/sessiontoken.h"
#include "db/dialect.h"
#include "db/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::server {

namespace {

// The assignee of conversation c (bound: none) who may still see it, else NULL: the one who
// hears of its clients' activity instead of the matter's staff.
const QString AssigneeOfC = QStringLiteral(
    "(SELECT ac.assignee_id FROM conversations ac JOIN matters am ON am.id = ac.matter_id"
    " WHERE ac.id = c.id AND ac.assignee_id IS NOT NULL AND (am.restricted = 0 OR EXISTS"
    " (SELECT 1 FROM matter_staff s WHERE s.matter_id = am.id AND s.user_id = ac.assignee_id)))");

// The message's attachment names one per line; its event JSON (the type is read in C++, so no
// backend's JSON functions are needed).
QString messageColumns(const QSqlDatabase &db)
{
    return QStringLiteral("m.id, m.conversation_id, m.sender_id, u.kind, u.name, m.kind, m.body,"
                          " m.created_at, (SELECT %1 FROM attachments a WHERE a.message_id = m.id),"
                          " m.event")
        .arg(dialect::stringAgg(backendOf(db), QStringLiteral("a.name"), QStringLiteral("'\n'")));
}

MessageFacts readMessage(const SqlQuery &query)
{
    MessageFacts message;
    message.id = query.integer(0);
    message.conversationId = query.integer(1);
    message.senderId = query.integer(2);
    message.senderKind = query.text(3);
    message.senderName = query.text(4);
    message.kind = query.text(5);
    message.body = query.text(6);
    message.createdAt = query.time(7);
    if (!query.value(9).isNull())
        message.eventType = QJsonDocument::fromJson(query.text(9).toUtf8())
                                .object()
                                .value(QLatin1String("type"))
                                .toString();
    const QString files = query.text(8);
    if (!files.isEmpty())
        message.fileNames = files.split(QLatin1Char('\n'));
    return message;
}

protocol::Result<QList<Recipient>> recipients(SqlQuery &query)
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Recipient> list;
    while (query.next())
        list.append(
            { query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4) });
    return list;
}

protocol::Result<std::optional<Recipient>> firstRecipient(SqlQuery &query)
{
    auto found = recipients(query);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Recipient>() : std::optional(found->first());
}

protocol::Result<QList<MessageFacts>> messages(SqlQuery &query)
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MessageFacts> list;
    while (query.next())
        list.append(readMessage(query));
    return list;
}

} // namespace

NotifyStore::NotifyStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<std::optional<NotifyCursor>> NotifyStore::cursor(qint64 firmId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT seq, message_id FROM notify_cursor WHERE firm_id = ?"));
    query.bind(firmId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<NotifyCursor>();
    return std::optional<NotifyCursor>(NotifyCursor { query.integer(0), query.integer(1) });
}

protocol::Result<void> NotifyStore::setCursor(qint64 firmId, const NotifyCursor &cursor)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO notify_cursor (firm_id, seq, message_id) VALUES (?, ?, ?)"
                       " ON CONFLICT(firm_id) DO UPDATE SET seq = excluded.seq,"
                       " message_id = excluded.message_id"));
    query.bind(firmId).bind(cursor.seq).bind(cursor.messageId);
    return query.exec();
}

protocol::Result<bool> NotifyStore::behind(qint64 firmId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT 1 FROM changes WHERE firm_id = ? AND seq > COALESCE("
                       "(SELECT seq FROM notify_cursor WHERE firm_id = ?), 0) LIMIT 1"));
    query.bind(firmId).bind(firmId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

protocol::Result<qint64> NotifyStore::latestMessageId()
{
    SqlQuery query(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.integer(0) : 0;
}

protocol::Result<std::optional<int>> NotifyStore::staffBatchMinutes(qint64 firmId)
{
    SqlQuery query(m_db, QStringLiteral("SELECT staff_batch_minutes FROM firms WHERE id = ?"));
    query.bind(firmId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<int>();
    return std::optional<int>(int(query.integer(0)));
}

protocol::Result<std::optional<ConversationFacts>> NotifyStore::conversation(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT c.id, c.firm_id, c.matter_id, c.kind, c.title, c.require_mfa,"
                       " COALESCE(mt.number, ''), COALESCE(mt.title, ''), c.sms"
                       " FROM conversations c LEFT JOIN matters mt ON mt.id = c.matter_id"
                       " WHERE c.id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ConversationFacts>();
    ConversationFacts facts;
    facts.id = query.integer(0);
    facts.firmId = query.integer(1);
    if (!query.value(2).isNull())
        facts.matterId = query.integer(2);
    facts.kind = query.text(3);
    facts.title = query.text(4);
    facts.requireMfa = query.integer(5) != 0;
    facts.matterNumber = query.text(6);
    facts.matterTitle = query.text(7);
    facts.sms = query.integer(8) != 0;
    return std::optional<ConversationFacts>(facts);
}

protocol::Result<std::optional<MessageFacts>> NotifyStore::message(qint64 id)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM messages m JOIN users u ON u.id = m.sender_id"
                       " WHERE m.id = ? AND m.deleted = 0")
            .arg(messageColumns(m_db)));
    query.bind(id);
    auto found = messages(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MessageFacts>();
    return std::optional<MessageFacts>(found->first());
}

protocol::Result<QList<Recipient>> NotifyStore::members(qint64 conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT u.id, u.kind, u.name, COALESCE(u.portal_email, u.email), u.phone "
                       "FROM members mb"
                       " JOIN users u ON u.id = mb.user_id"
                       " WHERE mb.conversation_id = ? AND mb.removed_at IS NULL ORDER BY u.id"));
    query.bind(conversationId);
    return recipients(query);
}

protocol::Result<QList<Recipient>> NotifyStore::matterStaff(qint64 matterId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT u.id, u.kind, u.name, COALESCE(u.portal_email, u.email), u.phone "
                       "FROM matter_staff s"
                       " JOIN users u ON u.id = s.user_id WHERE s.matter_id = ? ORDER BY u.id"));
    query.bind(matterId);
    return recipients(query);
}

protocol::Result<std::optional<Recipient>> NotifyStore::assignee(qint64 conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT u.id, u.kind, u.name, COALESCE(u.portal_email, u.email), u.phone"
                       " FROM conversations c JOIN users u ON u.id = %1 WHERE c.id = ?")
            .arg(AssigneeOfC));
    query.bind(conversationId);
    return firstRecipient(query);
}

protocol::Result<std::optional<Recipient>> NotifyStore::user(qint64 userId)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT id, kind, name, COALESCE(portal_email, email), phone FROM users WHERE id = ?"));
    query.bind(userId);
    return firstRecipient(query);
}

protocol::Result<bool> NotifyStore::hasRead(qint64 userId, qint64 conversationId, qint64 messageId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT 1 FROM receipts WHERE user_id = ? AND conversation_id = ?"
                       " AND message_id >= ? LIMIT 1"));
    query.bind(userId).bind(conversationId).bind(messageId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

protocol::Result<bool> NotifyStore::hasInvitation(qint64 userId, qint64 conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT 1 FROM invitations WHERE user_id = ? AND conversation_id = ? LIMIT 1"));
    query.bind(userId).bind(conversationId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

protocol::Result<QString> NotifyStore::createInvitation(
    qint64 userId, qint64 conversationId, const QDateTime &now, const QDateTime &expires)
{
    const QString token = SessionToken::generate();
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO invitations (user_id, conversation_id, token_hash, created_at,"
                       " expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.bind(userId)
        .bind(conversationId)
        .bindText(QString::fromLatin1(SessionToken::hash(token).toHex()))
        .bind(now.toMSecsSinceEpoch())
        .bind(expires.toMSecsSinceEpoch());
    if (auto done = query.exec(); !done)
        return done.error();
    return token;
}

protocol::Result<void> NotifyStore::addPending(qint64 firmId, const QString &kind, qint64 userId,
    std::optional<qint64> conversationId, qint64 messageId, const QDateTime &dueAt)
{
    auto existing = pendingFor(kind, userId, conversationId);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        SqlQuery update(m_db,
            QStringLiteral(
                "UPDATE notify_pending SET last_message_id = CASE WHEN last_message_id > ?"
                " THEN last_message_id ELSE ? END WHERE id = ?"));
        update.bind(messageId).bind(messageId).bind(existing.value()->id);
        return update.exec();
    }
    SqlQuery insert(m_db,
        QStringLiteral("INSERT INTO notify_pending (firm_id, kind, user_id, conversation_id,"
                       " first_message_id, last_message_id, due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(firmId)
        .bindText(kind)
        .bind(userId)
        .bindOptional(conversationId)
        .bind(messageId)
        .bind(messageId)
        .bind(dueAt.toMSecsSinceEpoch());
    return insert.exec();
}

namespace {
PendingNotice readPending(const SqlQuery &query)
{
    PendingNotice notice;
    notice.id = query.integer(0);
    notice.firmId = query.integer(1);
    notice.kind = query.text(2);
    notice.userId = query.integer(3);
    if (!query.value(4).isNull())
        notice.conversationId = query.integer(4);
    notice.firstMessageId = query.integer(5);
    notice.lastMessageId = query.integer(6);
    notice.dueAt = query.time(7);
    return notice;
}
const QString PendingColumns = QStringLiteral(
    "id, firm_id, kind, user_id, conversation_id, first_message_id, last_message_id, due_at");
} // namespace

protocol::Result<std::optional<PendingNotice>> NotifyStore::pendingFor(
    const QString &kind, qint64 userId, std::optional<qint64> conversationId)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM notify_pending WHERE kind = ? AND user_id = ?"
                       " AND conversation_id IS NOT DISTINCT FROM CAST(? AS BIGINT)")
            .arg(PendingColumns));
    query.bindText(kind).bind(userId).bindOptional(conversationId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<PendingNotice>();
    return std::optional<PendingNotice>(readPending(query));
}

protocol::Result<QList<PendingNotice>> NotifyStore::duePending(const QDateTime &now)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM notify_pending WHERE due_at <= ? ORDER BY due_at, id")
            .arg(PendingColumns));
    query.bind(now.toMSecsSinceEpoch());
    if (auto done = query.exec(); !done)
        return done.error();
    QList<PendingNotice> list;
    while (query.next())
        list.append(readPending(query));
    return list;
}

protocol::Result<void> NotifyStore::removePending(qint64 id)
{
    SqlQuery query(m_db, QStringLiteral("DELETE FROM notify_pending WHERE id = ?"));
    query.bind(id);
    return query.exec();
}

protocol::Result<QList<MessageFacts>> NotifyStore::firmMessages(
    qint64 conversationId, qint64 first, qint64 last)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM messages m JOIN users u ON u.id = m.sender_id"
                       " WHERE m.conversation_id = ? AND m.id BETWEEN ? AND ?"
                       " AND m.deleted = 0 AND m.kind != 'event' AND u.kind = 'staff'"
                       " ORDER BY m.id")
            .arg(messageColumns(m_db)));
    query.bind(conversationId).bind(first).bind(last);
    return messages(query);
}

protocol::Result<QList<MessageFacts>> NotifyStore::clientActivity(
    qint64 staffId, qint64 first, qint64 last)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT %1 FROM messages m JOIN users u ON u.id = m.sender_id"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE m.id BETWEEN ? AND ? AND m.deleted = 0"
                       " AND u.kind = 'client' AND c.kind = 'external'"
                       " AND (%2 = ? OR (%2 IS NULL AND EXISTS (SELECT 1 FROM matter_staff s"
                       "  WHERE s.matter_id = c.matter_id AND s.user_id = ?))) ORDER BY m.id")
            .arg(messageColumns(m_db), AssigneeOfC));
    query.bind(first).bind(last).bind(staffId).bind(staffId);
    auto found = messages(query);
    if (!found)
        return found;
    // Of the events, the reads only.
    found->removeIf([](const MessageFacts &message) {
        return message.kind == QLatin1String("event") && message.eventType != QLatin1String("read");
    });
    return found;
}

} // namespace parley::server
