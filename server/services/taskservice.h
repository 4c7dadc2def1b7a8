// TaskService: tasks for the firm's staff, often made from a client's message: making them,
// listing a matter's or one's own, changing and completing them; audited in the matter's chain.
#pragma once

#include "common/principal.h"
#include "protocol/result.h"
#include "protocol/task.h"

#include <QSqlDatabase>
#include <optional>

namespace parley::server {

class AccessPolicy;
class Transaction;
struct TaskRecord;

// Which tasks GET /api/v1/tasks lists: a matter's, the caller's own, or the caller's own on a
// matter.
struct TaskQuery
{
    std::optional<qint64> matterId;
    bool mine = false; // assignee=me
    bool includeDone = false;
};

class TaskService
{
public:
    TaskService(QSqlDatabase db, AccessPolicy &policy);

    // A new task. With message_id, the message must be one the caller sees in a matter's
    // conversation (not_found otherwise; invalid_field for a direct one) and the matter comes
    // from it (a different matter_id: invalid_field); a matter the caller may not see is
    // not_found; the assignee must be staff who may see the task (invalid_field).
    protocol::Result<protocol::Task> create(const Principal &who, const protocol::TaskInput &input);
    // not_found for a matter the caller may not see; only the tasks the caller may see.
    protocol::Result<QList<protocol::Task>> list(const Principal &who, const TaskQuery &query);
    // Changes the fields given (matter and message stay); done true/false completes or reopens
    // it. not_found unless the caller may see the task.
    protocol::Result<protocol::Task> change(
        const Principal &who, qint64 taskId, const protocol::TaskInput &input);

private:
    // The task's matter and message, filled from the input (create).
    protocol::Result<void> placeTask(
        const Principal &who, const protocol::TaskInput &input, protocol::Task &task);
    protocol::Result<void> checkAssignee(const Principal &who, const TaskRecord &record);
    protocol::Result<void> audit(
        const Principal &who, const protocol::Task &task, const char *action, qint64 atMs);
    // The task as stored, once the transaction that wrote it commits.
    protocol::Result<protocol::Task> commitTask(Transaction &transaction, qint64 taskId);

    QSqlDatabase m_db;
    AccessPolicy &m_policy;
};

} // namespace parley::server
