// InboxStore: the team inbox's SQL: the messages of client conversations as one staff member
// sees them (their own unread, to-do and trash marks in inbox_flags, their receipts), the
// conversations whose client waits for an answer, and the marks themselves.
#pragma once

#include "protocol/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// What GET /api/v1/inbox asks for (checked by the route: a known view and sort, limits).
struct InboxFilter
{
    QString view = QStringLiteral("inbox"); // inbox | sent | trash | waiting
    QString search; // a case-insensitive substring (lower() of both sides: on SQLite ASCII only)
    std::optional<qint64> matterId;
    std::optional<qint64> clientId; // conversations this client is (or was) a member of
    bool unreadOnly = false;
    bool todoOnly = false;
    bool assignedToMe = false;
    QString sort; // newest | waiting; empty: waiting for the waiting view, else newest
    int limit = 200;
    int offset = 0;
};

// One message as the inbox shows it to one staff member, without the message itself.
struct InboxRow
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 matterId = 0;
    QString matterNumber;
    QString matterTitle;
    QString conversationTitle;
    bool fromClient = false;
    bool unread = false;
    QString todo; // "" | "todo" | "done"
    bool trashed = false;
    std::optional<qint64> assigneeId;
    QDateTime waitingSince; // invalid when the firm spoke last
};

struct InboxRows
{
    QList<InboxRow> rows;
    qint64 total = 0; // rows of the whole query, not only this page
};

class InboxStore
{
public:
    explicit InboxStore(QSqlDatabase db);

    // A page of the view for userId, within the conversations of reach (AccessPolicy's).
    protocol::Result<InboxRows> list(
        qint64 userId, const QList<qint64> &reach, const InboxFilter &filter);
    // The rows of exactly these messages (any view) that are inbox rows within reach: text,
    // file or status messages, not deleted; missing ones are left out. In no order.
    protocol::Result<QList<InboxRow>> rows(
        qint64 userId, const QList<qint64> &reach, const QList<qint64> &messageIds);

    // The user's own marks, created as needed. A read mark ("read" | "unread") counts against
    // the user's receipts by its time; todo: "todo" | "done" | none.
    protocol::Result<void> setReadState(
        qint64 userId, const QList<qint64> &messageIds, const QString &state, qint64 atMs);
    protocol::Result<void> setTodo(qint64 userId, const QList<qint64> &messageIds,
        const std::optional<QString> &todo, qint64 atMs);
    protocol::Result<void> setTrashed(
        qint64 userId, const QList<qint64> &messageIds, bool trashed, qint64 atMs);
    // Reading a conversation (its receipts) takes back the user's "unread" marks on its
    // messages up to upToMessageId.
    protocol::Result<void> markConversationRead(
        qint64 userId, qint64 conversationId, qint64 upToMessageId, qint64 atMs);

private:
    protocol::Result<void> setFlag(qint64 userId, const QList<qint64> &messageIds,
        const QStringList &columns, const QVariantList &values, qint64 atMs);

    QSqlDatabase m_db;
};

} // namespace parley::server
