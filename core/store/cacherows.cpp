// Protocol types to cache rows and back. Nested lists (parties, staff, attachments) are kept
// as their wire JSON, so they decode with the same fromJson as a server answer.
#include "cacherows.h"

#include "cachedatabase.h"
#include "storelog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley::store {

namespace {

template<typename T>
QString listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template<typename T>
QList<T> listFromJson(const QString &text)
{
    QList<T> items;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        auto item = T::fromJson(value.toObject());
        if (item)
            items.append(std::move(item).value());
        else
            qCWarning(lcStore) << "a cached list entry does not decode:" << item.error().code;
    }
    return items;
}

// The names the full-text index sees for a message's files.
QString attachmentNames(const protocol::Message &message)
{
    QStringList names;
    for (const protocol::Attachment &attachment : message.attachments)
        names.append(attachment.name);
    return names.join(QLatin1Char(' '));
}

QString objectToJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

protocol::Result<void> CacheRows::upsertUser(CacheDatabase &db, const protocol::User &user)
{
    SqlQuery query(db,
        QStringLiteral(
            "INSERT INTO users (id, kind, role, name, email, phone, totp_enabled)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind,"
            " role = excluded.role, name = excluded.name, email = excluded.email,"
            " phone = excluded.phone, totp_enabled = excluded.totp_enabled"));
    query.bind(user.id)
        .bindText(user.kind)
        .bindText(user.role)
        .bindText(user.name)
        .bindText(user.email)
        .bindText(user.phone)
        .bind(user.totpEnabled ? 1 : 0);
    return query.exec();
}

protocol::Result<void> CacheRows::upsertMatter(CacheDatabase &db, const protocol::Matter &matter)
{
    SqlQuery query(db,
        QStringLiteral("INSERT INTO matters (id, number, title, status, restricted, parties_json,"
                       " staff_json, updated_at, client_kind, message_spouse)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET number = excluded.number,"
                       " title = excluded.title, status = excluded.status,"
                       " restricted = excluded.restricted, parties_json = excluded.parties_json,"
                       " staff_json = excluded.staff_json, updated_at = excluded.updated_at,"
                       " client_kind = excluded.client_kind,"
                       " message_spouse = excluded.message_spouse"));
    query.bind(matter.id)
        .bindText(matter.number)
        .bindText(matter.title)
        .bindText(matter.status)
        .bind(matter.restricted ? 1 : 0)
        .bind(listToJson(matter.parties))
        .bind(listToJson(matter.staff))
        .bindTime(matter.updatedAt)
        .bindText(matter.clientKind)
        .bind(matter.messageSpouse ? 1 : 0);
    return query.exec();
}

protocol::Result<void> CacheRows::upsertConversation(
    CacheDatabase &db, const protocol::Conversation &conversation)
{
    SqlQuery query(db,
        QStringLiteral("INSERT INTO conversations (id, matter_id, kind, title, require_mfa, sms,"
                       " created_at, last_message_at, closed_at, closed_reason, assignee_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET matter_id = excluded.matter_id,"
                       " kind = excluded.kind, title = excluded.title,"
                       " require_mfa = excluded.require_mfa, sms = excluded.sms,"
                       " created_at = excluded.created_at,"
                       " last_message_at = excluded.last_message_at,"
                       " closed_at = excluded.closed_at, closed_reason = excluded.closed_reason,"
                       " assignee_id = excluded.assignee_id"));
    query.bind(conversation.id)
        .bindOptional(conversation.matterId)
        .bindText(conversation.kind)
        .bindText(conversation.title)
        .bind(conversation.requireMfa ? 1 : 0)
        .bind(conversation.sms ? 1 : 0)
        .bindTime(conversation.createdAt)
        .bindTime(conversation.lastMessageAt)
        .bindTime(conversation.closedAt)
        .bindText(conversation.closedReason)
        .bindOptional(conversation.assigneeId);
    if (auto result = query.exec(); !result)
        return result;
    SqlQuery clear(db, QStringLiteral("DELETE FROM members WHERE conversation_id = ?"));
    clear.bind(conversation.id);
    if (auto result = clear.exec(); !result)
        return result;
    for (const protocol::Member &member : conversation.members) {
        SqlQuery insert(db,
            QStringLiteral("INSERT INTO members (conversation_id, user_id, name, kind, added_at,"
                           " removed_at) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(conversation_id, user_id) DO UPDATE SET"
                           " name = excluded.name, kind = excluded.kind,"
                           " added_at = excluded.added_at, removed_at = excluded.removed_at"));
        insert.bind(conversation.id)
            .bind(member.userId)
            .bindText(member.name)
            .bindText(member.kind)
            .bindTime(member.addedAt)
            .bindTime(member.removedAt);
        if (auto result = insert.exec(); !result)
            return result;
    }
    return {};
}

protocol::Result<void> CacheRows::insertReceipt(CacheDatabase &db, const protocol::Receipt &receipt)
{
    SqlQuery query(db,
        QStringLiteral("INSERT OR IGNORE INTO receipts (message_id, conversation_id, user_id,"
                       " read_at) VALUES (?, ?, ?, ?)"));
    query.bind(receipt.messageId)
        .bind(receipt.conversationId)
        .bind(receipt.userId)
        .bindTime(receipt.readAt);
    return query.exec();
}

protocol::Result<void> CacheRows::upsertMessage(CacheDatabase &db, const protocol::Message &message)
{
    // ON CONFLICT DO UPDATE (not INSERT OR REPLACE) so the row keeps its rowid and the
    // full-text triggers see an update rather than a silent delete.
    SqlQuery query(db,
        QStringLiteral("INSERT INTO messages (id, conversation_id, sender_id, sender_name, kind,"
                       " body, client_txn_id, channel, event_json, attachments_json,"
                       " attachment_names, deleted, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id,"
                       " sender_id = excluded.sender_id, sender_name = excluded.sender_name,"
                       " kind = excluded.kind, body = excluded.body,"
                       " client_txn_id = excluded.client_txn_id, channel = excluded.channel,"
                       " event_json = excluded.event_json,"
                       " attachments_json = excluded.attachments_json,"
                       " attachment_names = excluded.attachment_names, deleted = excluded.deleted, "
                       "created_at = excluded.created_at"));
    query.bind(message.id)
        .bind(message.conversationId)
        .bind(message.senderId)
        .bindText(message.senderName)
        .bindText(message.kind)
        .bindText(message.deleted ? QString() : message.body)
        .bindText(message.clientTxnId)
        .bindText(message.channel)
        .bind(objectToJson(message.event))
        .bind(listToJson(message.attachments))
        .bindText(message.deleted ? QString() : attachmentNames(message))
        .bind(message.deleted ? 1 : 0)
        .bindTime(message.createdAt);
    return query.exec();
}

QString CacheRows::matterColumns()
{
    return QStringLiteral(
        "id, number, title, status, restricted, parties_json, staff_json, updated_at,"
        " client_kind, message_spouse");
}

QString CacheRows::conversationColumns()
{
    return QStringLiteral(
        "id, matter_id, kind, title, require_mfa, sms, created_at, last_message_at, closed_at,"
        " closed_reason, assignee_id");
}

QString CacheRows::messageColumns(const QString &table)
{
    const QString p = table.isEmpty() ? QString() : table + QLatin1Char('.');
    return QStringLiteral("%1id, %1conversation_id, %1sender_id, %1sender_name, %1kind, %1body,"
                          " %1client_txn_id, %1channel, %1event_json, %1attachments_json,"
                          " %1deleted, %1created_at")
        .arg(p);
}

QString CacheRows::outboxColumns()
{
    return QStringLiteral("seq, client_txn_id, kind, conversation_id, body, state, error_code,"
                          " error_message, created_at, attempts, message_kind");
}

protocol::Matter CacheRows::readMatter(const SqlQuery &query)
{
    protocol::Matter matter;
    matter.id = query.integer(0);
    matter.number = query.text(1);
    matter.title = query.text(2);
    matter.status = query.text(3);
    matter.restricted = query.integer(4) != 0;
    matter.parties = listFromJson<protocol::Party>(query.text(5));
    matter.staff = listFromJson<protocol::User>(query.text(6));
    matter.updatedAt = query.time(7);
    matter.clientKind = query.text(8);
    matter.messageSpouse = query.integer(9) != 0;
    return matter;
}

protocol::Conversation CacheRows::readConversation(const SqlQuery &query)
{
    protocol::Conversation conversation;
    conversation.id = query.integer(0);
    conversation.matterId = query.optionalId(1);
    conversation.kind = query.text(2);
    conversation.title = query.text(3);
    conversation.requireMfa = query.integer(4) != 0;
    conversation.sms = query.integer(5) != 0;
    conversation.createdAt = query.time(6);
    conversation.lastMessageAt = query.time(7);
    conversation.closedAt = query.time(8);
    conversation.closedReason = query.text(9);
    conversation.assigneeId = query.optionalId(10);
    return conversation;
}

protocol::Message CacheRows::readMessage(const SqlQuery &query)
{
    protocol::Message message;
    message.id = query.integer(0);
    message.conversationId = query.integer(1);
    message.senderId = query.integer(2);
    message.senderName = query.text(3);
    message.kind = query.text(4);
    message.body = query.text(5);
    message.clientTxnId = query.text(6);
    message.channel = query.text(7);
    message.event = QJsonDocument::fromJson(query.text(8).toUtf8()).object();
    message.attachments = listFromJson<protocol::Attachment>(query.text(9));
    message.deleted = query.integer(10) != 0;
    message.createdAt = query.time(11);
    return message;
}

OutboxItem CacheRows::readOutboxItem(const SqlQuery &query)
{
    OutboxItem item;
    item.seq = query.integer(0);
    item.clientTxnId = query.text(1);
    item.kind = query.text(2);
    item.messageKind = query.text(10);
    item.conversationId = query.integer(3);
    item.body = query.text(4);
    item.state = OutboxItem::stateFromName(query.text(5));
    if (item.state == OutboxItem::State::Failed) {
        item.error.code = query.text(6);
        item.error.message = query.text(7);
    }
    item.createdAt = query.time(8);
    item.attempts = static_cast<int>(query.integer(9));
    return item;
}

protocol::Result<QList<protocol::Member>> CacheRows::members(
    CacheDatabase &db, qint64 conversationId)
{
    SqlQuery query(db,
        QStringLiteral("SELECT user_id, name, kind, added_at, removed_at FROM members"
                       " WHERE conversation_id = ? ORDER BY rowid"));
    query.bind(conversationId);
    if (auto result = query.exec(); !result)
        return result.error();
    QList<protocol::Member> members;
    while (query.next()) {
        protocol::Member member;
        member.userId = query.integer(0);
        member.name = query.text(1);
        member.kind = query.text(2);
        member.addedAt = query.time(3);
        member.removedAt = query.time(4);
        members.append(member);
    }
    return members;
}

} // namespace parley::store
