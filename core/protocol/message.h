// Message: text, a status update, files, or an event (read, member added, share stopped...).
#pragma once

#include "attachment.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace parley::protocol {

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString senderName;
    QString kind; // "text" | "status" | "file" | "event"
    QString body; // empty when deleted
    QString clientTxnId;
    QString channel = QStringLiteral("app"); // "app" | "portal" | "sms" | "email"
    QJsonObject event; // for kind "event": {"type": "member_added", ...}
    QList<Attachment> attachments;
    bool deleted = false;
    QDateTime createdAt;

    static const QStringList &kinds();

    QJsonObject toJson() const;
    static Result<Message> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace parley::protocol
