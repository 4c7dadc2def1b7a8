// The team inbox's queries and marks.
#include "inboxstore.h"

#include "db/dialect.h"
#include "db/sqlquery.h"

#include <QSet>

namespace parley::server {

namespace {

// Per conversation within reach (the ids bound after WaitingWith): the firm's last message, and
// the client's messages since (the first tells since when the client waits, the last is the
// waiting view's row). Only what was said counts: text, files, status; no events, nothing
// deleted.
const QString WaitingWith = QStringLiteral(
    "WITH said AS (SELECT m.conversation_id AS cid, u.kind AS side, m.id AS id FROM messages m"
    "  JOIN users u ON u.id = m.sender_id WHERE m.conversation_id IN %1"
    "  AND m.kind IN ('text', 'file', 'status') AND m.deleted = 0),"
    " firm_last AS (SELECT cid, MAX(id) AS id FROM said WHERE side = 'staff' GROUP BY cid),"
    " waiting AS (SELECT s.cid AS cid, MIN(s.id) AS first_id, MAX(s.id) AS last_id FROM said s"
    "  LEFT JOIN firm_last f ON f.cid = s.cid WHERE s.side = 'client'"
    "  AND s.id > COALESCE(f.id, 0) GROUP BY s.cid) ");
// Unread for the user (bound once), 1 or 0: their own messages never; a read mark newer than
// their receipt wins; otherwise whether they have no receipt.
const QString Unread = QStringLiteral(
    "(CASE WHEN m.sender_id = ? THEN 0"
    " WHEN fl.read_state IS NOT NULL AND (r.read_at IS NULL OR fl.read_set_at > r.read_at)"
    " THEN (CASE WHEN fl.read_state = 'unread' THEN 1 ELSE 0 END)"
    " WHEN r.id IS NULL THEN 1 ELSE 0 END)");

const QString Columns = QStringLiteral(
    "SELECT m.id, c.id, c.matter_id, mt.number, mt.title, c.title, u.kind = 'client', %1,"
    " COALESCE(fl.todo, ''), fl.trashed_at IS NOT NULL, c.assignee_id, wf.created_at ");

// From the messages within reach (the ids bound after the user's id twice) with the user's
// flags and receipts.
const QString From
    = QStringLiteral("FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                     " JOIN matters mt ON mt.id = c.matter_id JOIN users u ON u.id = m.sender_id"
                     " LEFT JOIN inbox_flags fl ON fl.message_id = m.id AND fl.user_id = ?"
                     " LEFT JOIN receipts r ON r.message_id = m.id AND r.user_id = ?"
                     " LEFT JOIN waiting w ON w.cid = m.conversation_id"
                     " LEFT JOIN messages wf ON wf.id = w.first_id"
                     " WHERE m.conversation_id IN %1 AND m.kind IN ('text', 'file', 'status')"
                     " AND m.deleted = 0");

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// SQL text and its values in the order of their placeholders.
struct Statement
{
    QString sql;
    QVariantList values;

    void add(const QString &text, const QVariantList &more = {})
    {
        sql += text;
        values += more;
    }
    // text with its %1 an id list of ids, each bound.
    void addIds(const QString &text, const QList<qint64> &ids)
    {
        sql += text.arg(dialect::inList(ids.size()));
        for (qint64 id : ids)
            values.append(id);
    }
};

// The beginning every inbox query shares: the CTEs, the columns (or a count), FROM ... WHERE.
// reach (every conversation the user may see) has no bound: one parameter holds it.
Statement rowsStatement(DbBackend backend, qint64 userId, const QList<qint64> &reach, bool count)
{
    Statement statement;
    const QString reachSet = dialect::idSet(backend);
    const QString reachValue = dialect::idSetValue(backend, reach);
    statement.add(WaitingWith.arg(reachSet), { reachValue });
    if (count)
        statement.add(QStringLiteral("SELECT COUNT(*) "));
    else
        statement.add(Columns.arg(Unread), { userId });
    statement.values += QVariantList { userId, userId };
    statement.add(From.arg(reachSet), { reachValue });
    return statement;
}

void addFilter(Statement &statement, qint64 userId, const InboxFilter &filter)
{
    if (filter.view == QLatin1String("inbox"))
        statement.add(QStringLiteral(" AND u.kind = 'client' AND fl.trashed_at IS NULL"));
    else if (filter.view == QLatin1String("sent"))
        statement.add(QStringLiteral(" AND u.kind = 'staff' AND fl.trashed_at IS NULL"));
    else if (filter.view == QLatin1String("trash"))
        statement.add(QStringLiteral(" AND fl.trashed_at IS NOT NULL"));
    else // waiting: one row per waiting conversation, its latest client message
        statement.add(QStringLiteral(" AND m.id = w.last_id"));
    if (!filter.search.isEmpty()) {
        const QString pattern = likePattern(filter.search);
        QStringList columns { QStringLiteral("m.body"), QStringLiteral("u.name"),
            QStringLiteral("mt.number"), QStringLiteral("mt.title"), QStringLiteral("c.title") };
        for (QString &column : columns)
            column = dialect::likeCaseless(column);
        statement.add(QStringLiteral(" AND (%1)").arg(columns.join(QStringLiteral(" OR "))),
            { pattern, pattern, pattern, pattern, pattern });
    }
    if (filter.matterId)
        statement.add(QStringLiteral(" AND c.matter_id = ?"), { *filter.matterId });
    if (filter.clientId)
        statement.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM members mb JOIN users cu"
                                     " ON cu.id = mb.user_id WHERE mb.conversation_id = c.id"
                                     " AND mb.user_id = ? AND cu.kind = 'client')"),
            { *filter.clientId });
    if (filter.unreadOnly)
        statement.add(QStringLiteral(" AND ") + Unread + QStringLiteral(" = 1"), { userId });
    if (filter.todoOnly)
        statement.add(QStringLiteral(" AND fl.todo = 'todo'"));
    if (filter.assignedToMe)
        statement.add(QStringLiteral(" AND c.assignee_id = ?"), { userId });
}

protocol::Result<QList<InboxRow>> readRows(const QSqlDatabase &db, const Statement &statement)
{
    SqlQuery query(db, statement.sql);
    for (const QVariant &value : statement.values)
        query.bind(value);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<InboxRow> rows;
    while (query.next()) {
        InboxRow row;
        row.messageId = query.integer(0);
        row.conversationId = query.integer(1);
        row.matterId = query.integer(2);
        row.matterNumber = query.text(3);
        row.matterTitle = query.text(4);
        row.conversationTitle = query.text(5);
        row.fromClient = query.integer(6) != 0;
        row.unread = query.integer(7) != 0;
        row.todo = query.text(8);
        row.trashed = query.integer(9) != 0;
        row.assigneeId = query.optionalId(10);
        row.waitingSince = query.time(11);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

InboxStore::InboxStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<InboxRows> InboxStore::list(
    qint64 userId, const QList<qint64> &reach, const InboxFilter &filter)
{
    InboxRows page;
    Statement count = rowsStatement(backendOf(m_db), userId, reach, true);
    addFilter(count, userId, filter);
    SqlQuery counting(m_db, count.sql);
    for (const QVariant &value : count.values)
        counting.bind(value);
    if (auto done = counting.exec(); !done)
        return done.error();
    page.total = counting.next() ? counting.integer(0) : 0;

    Statement statement = rowsStatement(backendOf(m_db), userId, reach, false);
    addFilter(statement, userId, filter);
    const bool byWaiting = filter.sort == QLatin1String("waiting")
        || (filter.sort.isEmpty() && filter.view == QLatin1String("waiting"));
    statement.add(byWaiting ? QStringLiteral(" ORDER BY wf.created_at IS NULL, wf.created_at,")
                            : QStringLiteral(" ORDER BY"));
    statement.add(QStringLiteral(" m.created_at DESC, m.id DESC LIMIT ? OFFSET ?"),
        { filter.limit, filter.offset });
    auto rows = readRows(m_db, statement);
    if (!rows)
        return rows.error();
    page.rows = std::move(rows).value();
    return page;
}

protocol::Result<QList<InboxRow>> InboxStore::rows(
    qint64 userId, const QList<qint64> &reach, const QList<qint64> &messageIds)
{
    Statement statement = rowsStatement(backendOf(m_db), userId, reach, false);
    statement.addIds(QStringLiteral(" AND m.id IN %1"), messageIds);
    return readRows(m_db, statement);
}

protocol::Result<void> InboxStore::setFlag(qint64 userId, const QList<qint64> &messageIds,
    const QStringList &columns, const QVariantList &values, qint64 atMs)
{
    // One row per message (a message twice would be one row updated twice, which PostgreSQL
    // refuses), its values typed by the columns they go to.
    QList<qint64> ids;
    QSet<qint64> seen;
    for (qint64 id : messageIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty())
        return {};
    QStringList updates;
    for (const QString &column : columns)
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    const QString row
        = QStringLiteral("(?, ?, %1?)").arg(QStringLiteral("?, ").repeated(columns.size()));
    QStringList rows;
    rows.fill(row, ids.size());
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO inbox_flags (user_id, message_id, %1, updated_at) VALUES %2"
                       " ON CONFLICT (user_id, message_id) DO UPDATE SET %3,"
                       " updated_at = excluded.updated_at")
            .arg(columns.join(QStringLiteral(", ")), rows.join(QStringLiteral(", ")),
                updates.join(QStringLiteral(", "))));
    for (qint64 id : ids) {
        query.bind(userId).bind(id);
        for (const QVariant &value : values)
            query.bind(value);
        query.bind(atMs);
    }
    return query.exec();
}

protocol::Result<void> InboxStore::setReadState(
    qint64 userId, const QList<qint64> &messageIds, const QString &state, qint64 atMs)
{
    return setFlag(userId, messageIds,
        { QStringLiteral("read_state"), QStringLiteral("read_set_at") }, { state, atMs }, atMs);
}

protocol::Result<void> InboxStore::setTodo(
    qint64 userId, const QList<qint64> &messageIds, const std::optional<QString> &todo, qint64 atMs)
{
    return setFlag(userId, messageIds, { QStringLiteral("todo") },
        { todo ? QVariant(*todo) : QVariant(QMetaType::fromType<QString>()) }, atMs);
}

protocol::Result<void> InboxStore::setTrashed(
    qint64 userId, const QList<qint64> &messageIds, bool trashed, qint64 atMs)
{
    return setFlag(userId, messageIds, { QStringLiteral("trashed_at") },
        { trashed ? QVariant(atMs) : QVariant(QMetaType::fromType<qint64>()) }, atMs);
}

protocol::Result<void> InboxStore::markConversationRead(
    qint64 userId, qint64 conversationId, qint64 upToMessageId, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE inbox_flags SET read_state = 'read', read_set_at = ?,"
                       " updated_at = ? WHERE user_id = ? AND read_state = 'unread'"
                       " AND message_id IN (SELECT id FROM messages WHERE conversation_id = ?"
                       " AND id <= ?)"));
    query.bind(atMs).bind(atMs).bind(userId).bind(conversationId).bind(upToMessageId);
    return query.exec();
}

} // namespace parley::server
