// Task: a piece of work for the firm, often made from a client's message (it then links back
// to it), optionally on a matter's named task list, assigned and due on a day.
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace parley::protocol {

struct Task
{
    qint64 id = 0;
    QString name;
    QString list; // the matter's task list it is on, e.g. "Discovery"; empty for none
    std::optional<qint64> matterId;
    QString matterNumber; // for showing; empty without a matter
    std::optional<qint64> conversationId; // with messageId: the message it came from
    std::optional<qint64> messageId;
    std::optional<qint64> assigneeId;
    QDate dueDate; // invalid: no due date (wire: "YYYY-MM-DD" or null)
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime doneAt; // invalid while open

    bool isDone() const { return doneAt.isValid(); }

    QJsonObject toJson() const;
    static Result<Task> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Task &, const Task &) = default;
};

// The body of POST /api/v1/tasks (create) and POST /api/v1/tasks/{id} (change: only the
// fields present change; "done": true/false closes or reopens it).
struct TaskInput
{
    std::optional<QString> name;
    std::optional<QString> list;
    std::optional<qint64> matterId; // create only; taken from the message when one is given
    std::optional<qint64> messageId; // create only
    bool setsAssignee = false; // "assignee_id" present (null unassigns)
    std::optional<qint64> assigneeId;
    bool setsDueDate = false; // "due_date" present (null clears)
    QDate dueDate;
    std::optional<bool> done;

    static constexpr int NameChars = 200;
    static constexpr int ListChars = 100;

    QJsonObject toJson() const;
    static Result<TaskInput> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const TaskInput &, const TaskInput &) = default;
};

} // namespace parley::protocol
