// Task / TaskInput JSON forms.
#include "task.h"

#include "jsonreader.h"
#include "limits.h"
#include "wiretime.h"

namespace parley::protocol {

namespace {
QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// A "YYYY-MM-DD" day; an invalid date when absent or null, an error when malformed.
QDate readDate(JsonReader &r, const char *key)
{
    const QString text = r.optionalString(key);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        r.fail(Error::make(ErrorCode::InvalidField,
            QStringLiteral("The field \"%1\" must be a day written YYYY-MM-DD.")
                .arg(QLatin1String(key)),
            QJsonObject { { QStringLiteral("field"), QLatin1String(key) },
                { QStringLiteral("expected"), QStringLiteral("YYYY-MM-DD") } }));
    return date;
}
} // namespace

QJsonObject Task::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("list"), list }, { QStringLiteral("matter_id"), idOrNull(matterId) },
        { QStringLiteral("matter_number"), matterNumber },
        { QStringLiteral("conversation_id"), idOrNull(conversationId) },
        { QStringLiteral("message_id"), idOrNull(messageId) },
        { QStringLiteral("assignee_id"), idOrNull(assigneeId) },
        { QStringLiteral("due_date"), dateOrNull(dueDate) },
        { QStringLiteral("created_by"), createdBy },
        { QStringLiteral("created_at"), wireTimeOrNull(createdAt) },
        { QStringLiteral("done_at"), wireTimeOrNull(doneAt) } };
}

Result<Task> Task::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Task task;
    task.id = r.id("id");
    task.name = r.string("name");
    task.list = r.optionalString("list");
    task.matterId = r.optionalId("matter_id");
    task.matterNumber = r.optionalString("matter_number");
    task.conversationId = r.optionalId("conversation_id");
    task.messageId = r.optionalId("message_id");
    task.assigneeId = r.optionalId("assignee_id");
    task.dueDate = readDate(r, "due_date");
    task.createdBy = r.id("created_by");
    task.createdAt = r.time("created_at");
    task.doneAt = r.optionalTime("done_at");
    return r.finish(task);
}

QJsonObject TaskInput::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (list)
        json.insert(QStringLiteral("list"), *list);
    if (matterId)
        json.insert(QStringLiteral("matter_id"), *matterId);
    if (messageId)
        json.insert(QStringLiteral("message_id"), *messageId);
    if (setsAssignee)
        json.insert(QStringLiteral("assignee_id"), idOrNull(assigneeId));
    if (setsDueDate)
        json.insert(QStringLiteral("due_date"), dateOrNull(dueDate));
    if (done)
        json.insert(QStringLiteral("done"), *done);
    return json;
}

Result<TaskInput> TaskInput::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    TaskInput input;
    if (json.contains(QLatin1String("name"))) {
        input.name = r.string("name").trimmed();
        if (r.ok() && input.name->isEmpty())
            r.fail(Error::make(ErrorCode::InvalidField, QStringLiteral("A task needs a name."),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("name") } }));
        else if (auto length
                 = Limits::checkTextLength(QStringLiteral("name"), *input.name, NameChars);
                 !length)
            r.fail(length.error());
    }
    if (json.contains(QLatin1String("list"))) {
        input.list = r.optionalString("list").trimmed();
        if (auto length = Limits::checkTextLength(QStringLiteral("list"), *input.list, ListChars);
            !length)
            r.fail(length.error());
    }
    input.matterId = r.optionalId("matter_id");
    input.messageId = r.optionalId("message_id");
    input.setsAssignee = json.contains(QLatin1String("assignee_id"));
    input.assigneeId = r.optionalId("assignee_id");
    input.setsDueDate = json.contains(QLatin1String("due_date"));
    input.dueDate = readDate(r, "due_date");
    if (json.contains(QLatin1String("done")))
        input.done = r.boolean("done", false);
    return r.finish(input);
}

} // namespace parley::protocol
