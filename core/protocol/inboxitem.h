// InboxItem: one message of a client conversation as the team inbox shows it to one staff
// member: where it belongs, and that user's own state of it (unread, to-do, trash).
#pragma once

#include "message.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace parley::protocol {

struct InboxItem
{
    Message message;
    qint64 matterId = 0;
    QString matterNumber;
    QString matterTitle;
    QString conversationTitle;
    QString senderName;
    bool fromClient = false; // the sender is a client of the firm
    bool unread = false; // for the caller: no receipt, or marked unread since
    QString todo; // "" | "todo" | "done", the caller's own mark
    bool trashed = false; // in the caller's Trash (nobody else's)
    std::optional<qint64> assigneeId; // the conversation's assignee
    // Since when the conversation's client has been waiting for the firm's answer: the first
    // client message after the firm's last one. Invalid when the firm spoke last.
    QDateTime waitingSince;

    static const QStringList &todoMarks(); // "", "todo", "done"

    QJsonObject toJson() const;
    static Result<InboxItem> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const InboxItem &, const InboxItem &) = default;
};

// The body of POST /api/v1/inbox/actions: one action applied to exactly the listed messages.
struct InboxAction
{
    // "read" | "unread" | "todo" | "done" | "clear_todo" | "trash" | "restore" | "assign"
    QString action;
    QList<qint64> messageIds;
    std::optional<qint64> assigneeId; // "assign" only; none unassigns

    static const QStringList &actions();

    QJsonObject toJson() const;
    static Result<InboxAction> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const InboxAction &, const InboxAction &) = default;
};

} // namespace parley::protocol
