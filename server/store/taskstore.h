// TaskStore: tasks, on a matter's task list or on none, linked to the message they came from.
#pragma once

#include "protocol/result.h"
#include "protocol/task.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace parley::server {

// A task with the firm it belongs to: what access checks need besides the wire form.
struct TaskRecord
{
    protocol::Task task;
    qint64 firmId = 0;
};

class TaskStore
{
public:
    explicit TaskStore(QSqlDatabase db);

    // Stores record.task as a new task (its id, matter number and times are ignored but
    // createdAt and doneAt); returns the id.
    protocol::Result<qint64> create(const TaskRecord &record);
    // Writes the changeable fields (name, list, assignee, due date, done) of record.task.
    protocol::Result<void> update(const protocol::Task &task, qint64 atMs);

    protocol::Result<std::optional<TaskRecord>> find(qint64 id);
    // Open first, then by due date (none last), then by id; done ones only when asked.
    protocol::Result<QList<TaskRecord>> forMatter(qint64 matterId, bool includeDone);
    protocol::Result<QList<TaskRecord>> forAssignee(qint64 firmId, qint64 userId, bool includeDone);

private:
    protocol::Result<QList<TaskRecord>> select(
        const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace parley::server
