// InboxItem / InboxAction JSON forms.
#include "inboxitem.h"

#include "jsonreader.h"
#include "wiretime.h"

namespace parley::protocol {

namespace {
QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}
} // namespace

const QStringList &InboxItem::todoMarks()
{
    static const QStringList list { QString(), QStringLiteral("todo"), QStringLiteral("done") };
    return list;
}

QJsonObject InboxItem::toJson() const
{
    return QJsonObject { { QStringLiteral("message"), message.toJson() },
        { QStringLiteral("matter_id"), matterId },
        { QStringLiteral("matter_number"), matterNumber },
        { QStringLiteral("matter_title"), matterTitle },
        { QStringLiteral("conversation_title"), conversationTitle },
        { QStringLiteral("sender_name"), senderName },
        { QStringLiteral("from_client"), fromClient }, { QStringLiteral("unread"), unread },
        { QStringLiteral("todo"), todo.isEmpty() ? QJsonValue() : QJsonValue(todo) },
        { QStringLiteral("trashed"), trashed },
        { QStringLiteral("assignee_id"), idOrNull(assigneeId) },
        { QStringLiteral("waiting_since"), wireTimeOrNull(waitingSince) } };
}

Result<InboxItem> InboxItem::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    InboxItem item;
    const QJsonObject message = r.object("message");
    if (r.ok()) {
        auto parsed = Message::fromJson(message, r.childPath("message"));
        if (parsed)
            item.message = std::move(parsed).value();
        else
            r.fail(parsed.error());
    }
    item.matterId = r.id("matter_id");
    item.matterNumber = r.optionalString("matter_number");
    item.matterTitle = r.optionalString("matter_title");
    item.conversationTitle = r.optionalString("conversation_title");
    item.senderName = r.optionalString("sender_name");
    item.fromClient = r.boolean("from_client", false);
    item.unread = r.boolean("unread", false);
    item.todo = r.optionalString("todo");
    if (!todoMarks().contains(item.todo))
        r.fail(Error::make(ErrorCode::InvalidField,
            QStringLiteral("The field \"todo\" must be null, \"todo\" or \"done\"."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("todo") } }));
    item.trashed = r.boolean("trashed", false);
    item.assigneeId = r.optionalId("assignee_id");
    item.waitingSince = r.optionalTime("waiting_since");
    return r.finish(item);
}

const QStringList &InboxAction::actions()
{
    static const QStringList list { QStringLiteral("read"), QStringLiteral("unread"),
        QStringLiteral("todo"), QStringLiteral("done"), QStringLiteral("clear_todo"),
        QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("assign") };
    return list;
}

QJsonObject InboxAction::toJson() const
{
    QJsonObject json { { QStringLiteral("action"), action },
        { QStringLiteral("message_ids"), toJsonArray(messageIds) } };
    if (action == QLatin1String("assign"))
        json.insert(QStringLiteral("assignee_id"), idOrNull(assigneeId));
    return json;
}

Result<InboxAction> InboxAction::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    InboxAction action;
    action.action = r.oneOf("action", actions());
    action.messageIds = readIdList(r, "message_ids");
    action.assigneeId = r.optionalId("assignee_id");
    // Unassigning is said with null: a missing (or misspelt) field must not clear assignees.
    if (r.ok() && action.action == QLatin1String("assign")
        && !json.contains(QLatin1String("assignee_id")))
        r.fail(Error::make(ErrorCode::MissingField,
            QStringLiteral("Give assignee_id: the colleague to assign, or null to unassign."),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("assignee_id") } }));
    return r.finish(action);
}

} // namespace parley::protocol
