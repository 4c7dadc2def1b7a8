// Task rows.
#include "taskstore.h"

#include "db/sqlquery.h"

namespace parley::server {

namespace {

QVariant dayOrNull(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType::fromType<QString>());
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toMs(time)) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

TaskStore::TaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> TaskStore::create(const TaskRecord &record)
{
    const protocol::Task &task = record.task;
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO tasks (firm_id, matter_id, conversation_id, message_id, name,"
                       " list, assignee_id, due_date, created_by, created_at, updated_at, done_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.bind(record.firmId).bindOptional(task.matterId).bindOptional(task.conversationId);
    query.bindOptional(task.messageId).bindText(task.name).bindText(task.list);
    query.bindOptional(task.assigneeId).bind(dayOrNull(task.dueDate)).bind(task.createdBy);
    query.bind(toMs(task.createdAt)).bind(toMs(task.createdAt)).bind(timeOrNull(task.doneAt));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.insertedId();
}

protocol::Result<void> TaskStore::update(const protocol::Task &task, qint64 atMs)
{
    SqlQuery query(m_db,
        QStringLiteral("UPDATE tasks SET name = ?, list = ?, assignee_id = ?, due_date = ?,"
                       " done_at = ?, updated_at = ? WHERE id = ?"));
    query.bindText(task.name).bindText(task.list).bindOptional(task.assigneeId);
    query.bind(dayOrNull(task.dueDate)).bind(timeOrNull(task.doneAt)).bind(atMs).bind(task.id);
    return query.exec();
}

protocol::Result<QList<TaskRecord>> TaskStore::select(
    const QString &condition, const QVariantList &values)
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT t.id, t.firm_id, t.name, t.list, t.matter_id,"
                       " COALESCE(mt.number, ''), t.conversation_id, t.message_id, t.assignee_id,"
                       " t.due_date, t.created_by, t.created_at, t.done_at"
                       " FROM tasks t LEFT JOIN matters mt ON mt.id = t.matter_id WHERE %1"
                       " ORDER BY t.done_at IS NOT NULL, t.due_date IS NULL, t.due_date, t.id")
            .arg(condition));
    for (const QVariant &value : values)
        query.bind(value);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<TaskRecord> tasks;
    while (query.next()) {
        TaskRecord record;
        protocol::Task &task = record.task;
        task.id = query.integer(0);
        record.firmId = query.integer(1);
        task.name = query.text(2);
        task.list = query.text(3);
        task.matterId = query.optionalId(4);
        task.matterNumber = query.text(5);
        task.conversationId = query.optionalId(6);
        task.messageId = query.optionalId(7);
        task.assigneeId = query.optionalId(8);
        task.dueDate = QDate::fromString(query.text(9), Qt::ISODate);
        task.createdBy = query.integer(10);
        task.createdAt = query.time(11);
        task.doneAt = query.time(12);
        tasks.append(std::move(record));
    }
    return tasks;
}

protocol::Result<std::optional<TaskRecord>> TaskStore::find(qint64 id)
{
    auto tasks = select(QStringLiteral("t.id = ?"), { id });
    if (!tasks)
        return tasks.error();
    if (tasks->isEmpty())
        return std::optional<TaskRecord>();
    return std::optional<TaskRecord>(tasks->first());
}

protocol::Result<QList<TaskRecord>> TaskStore::forMatter(qint64 matterId, bool includeDone)
{
    return select(QStringLiteral("t.matter_id = ? AND (? <> 0 OR t.done_at IS NULL)"),
        { matterId, includeDone ? 1 : 0 });
}

protocol::Result<QList<TaskRecord>> TaskStore::forAssignee(
    qint64 firmId, qint64 userId, bool includeDone)
{
    return select(
        QStringLiteral("t.firm_id = ? AND t.assignee_id = ? AND (? <> 0 OR t.done_at IS NULL)"),
        { firmId, userId, includeDone ? 1 : 0 });
}

} // namespace parley::server
