// Tasks.
#include "taskservice.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "common/errors.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/conversationstore.h"
#include "store/messagestore.h"
#include "store/taskstore.h"

namespace parley::server {

namespace {

protocol::Error hiddenTask()
{
    return notFound(QStringLiteral("The task"));
}

protocol::Error notFoundField(const QString &what, const QString &field)
{
    protocol::Error error = notFound(what);
    error.details.insert(QStringLiteral("field"), field);
    return error;
}

} // namespace

TaskService::TaskService(QSqlDatabase db, AccessPolicy &policy)
    : m_db(std::move(db))
    , m_policy(policy)
{ }

protocol::Result<void> TaskService::placeTask(
    const Principal &who, const protocol::TaskInput &input, protocol::Task &task)
{
    if (input.messageId) {
        const QString field = QStringLiteral("message_id");
        auto message = MessageStore(m_db).load(*input.messageId);
        if (!message && !message.error().is(protocol::ErrorCode::NotFound))
            return message.error();
        auto visible = message ? m_policy.canSeeContent(who, message->conversationId)
                               : protocol::Result<bool>(false);
        if (!visible)
            return visible.error();
        if (!visible.value())
            return notFoundField(QStringLiteral("The message"), field);
        if (message->deleted || message->kind == QLatin1String("event"))
            return invalidField(field, QStringLiteral("A task comes from a message still shown."));
        auto conversation = ConversationStore(m_db).find(message->conversationId);
        if (!conversation)
            return conversation.error();
        if (!conversation.value() || !conversation.value()->matterId)
            return invalidField(
                field, QStringLiteral("Only a message of a matter's conversation makes a task."));
        const qint64 matterId = *conversation.value()->matterId;
        if (input.matterId && *input.matterId != matterId)
            return invalidField(QStringLiteral("matter_id"),
                QStringLiteral("The task's matter is the message's matter."));
        task.matterId = matterId;
        task.conversationId = message->conversationId;
        task.messageId = message->id;
        return {};
    }
    if (input.matterId) {
        auto visible = m_policy.canSeeMatter(who, *input.matterId);
        if (!visible)
            return visible.error();
        if (!visible.value())
            return notFoundField(QStringLiteral("The matter"), QStringLiteral("matter_id"));
        task.matterId = input.matterId;
    }
    return {};
}

protocol::Result<void> TaskService::checkAssignee(const Principal &who, const TaskRecord &record)
{
    if (!record.task.assigneeId)
        return {};
    auto assignee = m_policy.colleague(who.firmId, *record.task.assigneeId);
    if (!assignee)
        return assignee.error();
    auto sees = assignee.value() ? m_policy.canSeeTask(*assignee.value(), record)
                                 : protocol::Result<bool>(false);
    if (!sees)
        return sees.error();
    if (!sees.value())
        return invalidField(QStringLiteral("assignee_id"),
            QStringLiteral("Assign the task to a colleague who may see it."));
    return {};
}

protocol::Result<void> TaskService::audit(
    const Principal &who, const protocol::Task &task, const char *action, qint64 atMs)
{
    auto appended = AuditLog(m_db).append(
        AuditEntry { who.firmId, task.matterId, QLatin1String(action), who.userId(),
            task.conversationId, task.messageId, std::nullopt, std::nullopt,
            QJsonObject { { QStringLiteral("task_id"), task.id } } },
        atMs);
    if (!appended)
        return appended.error();
    return {};
}

protocol::Result<protocol::Task> TaskService::commitTask(Transaction &transaction, qint64 taskId)
{
    auto stored = TaskStore(m_db).find(taskId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return internalError();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored.value()->task;
}

protocol::Result<protocol::Task> TaskService::create(
    const Principal &who, const protocol::TaskInput &input)
{
    if (!who.isStaff())
        return hiddenTask();
    if (!input.name)
        return protocol::Error::make(protocol::ErrorCode::MissingField,
            QStringLiteral("A task needs a name."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("name") } });
    const qint64 now = nowMs();
    TaskRecord record;
    record.firmId = who.firmId;
    protocol::Task &task = record.task;
    task.name = *input.name;
    task.list = input.list.value_or(QString());
    if (auto placed = placeTask(who, input, task); !placed)
        return placed.error();
    task.assigneeId = input.assigneeId;
    task.dueDate = input.dueDate;
    task.createdBy = who.userId();
    task.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (input.done.value_or(false))
        task.doneAt = task.createdAt;
    if (auto assignee = checkAssignee(who, record); !assignee)
        return assignee.error();

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    TaskStore store(m_db);
    auto id = store.create(record);
    if (!id)
        return id.error();
    task.id = id.value();
    if (auto audited = audit(who, task, AuditAction::TaskCreated, now); !audited)
        return audited.error();
    if (task.isDone()) {
        if (auto audited = audit(who, task, AuditAction::TaskDone, now); !audited)
            return audited.error();
    }
    return commitTask(transaction, task.id);
}

protocol::Result<QList<protocol::Task>> TaskService::list(
    const Principal &who, const TaskQuery &query)
{
    if (!who.isStaff())
        return hiddenTask();
    if (!query.matterId && !query.mine)
        return protocol::Error::make(protocol::ErrorCode::MissingField,
            QStringLiteral("List a matter's tasks (matter_id) or your own (assignee=me)."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("matter_id") } });
    TaskStore store(m_db);
    protocol::Result<QList<TaskRecord>> records = QList<TaskRecord>();
    if (query.matterId) {
        auto visible = m_policy.canSeeMatter(who, *query.matterId);
        if (!visible)
            return visible.error();
        if (!visible.value())
            return notFound(QStringLiteral("The matter"));
        records = store.forMatter(*query.matterId, query.includeDone);
    } else {
        records = store.forAssignee(who.firmId, who.userId(), query.includeDone);
    }
    if (!records)
        return records.error();
    QList<protocol::Task> tasks;
    for (const TaskRecord &record : records.value()) {
        if (query.mine && record.task.assigneeId != who.userId())
            continue;
        auto visible = m_policy.canSeeTask(who, record);
        if (!visible)
            return visible.error();
        if (visible.value())
            tasks.append(record.task);
    }
    return tasks;
}

protocol::Result<protocol::Task> TaskService::change(
    const Principal &who, qint64 taskId, const protocol::TaskInput &input)
{
    TaskStore store(m_db);
    auto found = store.find(taskId);
    if (!found)
        return found.error();
    if (!found.value())
        return hiddenTask();
    TaskRecord record = *found.value();
    auto visible = m_policy.canSeeTask(who, record);
    if (!visible)
        return visible.error();
    if (!visible.value())
        return hiddenTask();
    if (input.matterId || input.messageId)
        return invalidField(
            input.matterId ? QStringLiteral("matter_id") : QStringLiteral("message_id"),
            QStringLiteral("A task's matter and message are chosen when it is made."));

    const qint64 now = nowMs();
    protocol::Task &task = record.task;
    const bool wasDone = task.isDone();
    task.name = input.name.value_or(task.name);
    task.list = input.list.value_or(task.list);
    if (input.setsAssignee) {
        task.assigneeId = input.assigneeId;
        if (auto assignee = checkAssignee(who, record); !assignee)
            return assignee.error();
    }
    if (input.setsDueDate)
        task.dueDate = input.dueDate;
    if (input.done && *input.done != wasDone)
        task.doneAt = *input.done ? QDateTime::fromMSecsSinceEpoch(now, Qt::UTC) : QDateTime();

    Transaction transaction(m_db);
    if (auto status = transaction.status(); !status)
        return status.error();
    if (auto updated = store.update(task, now); !updated)
        return updated.error();
    if (!wasDone && task.isDone()) {
        if (auto audited = audit(who, task, AuditAction::TaskDone, now); !audited)
            return audited.error();
    }
    return commitTask(transaction, task.id);
}

} // namespace parley::server
