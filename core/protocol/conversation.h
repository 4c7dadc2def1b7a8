// Conversation: an external (portal) thread with clients, an internal staff thread on a
// matter, or a direct thread between named staff with no matter.
#pragma once

#include "member.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace parley::protocol {

struct Conversation
{
    qint64 id = 0;
    std::optional<qint64> matterId; // none for direct conversations
    QString kind; // "external" | "internal" | "direct"
    QString title;
    bool requireMfa = false;
    bool sms = false;
    QList<Member> members;
    QDateTime createdAt;
    QDateTime lastMessageAt;
    // A closed external conversation (the matter closed, or its client cancelled): firm
    // staff have left it and the clients can read but no longer post. Invalid while open.
    QDateTime closedAt;
    QString closedReason; // "matter_closed" | "client_cancelled" when closed
    // The colleague who answers it for the firm (client conversations): they, rather than
    // everyone on the matter, get its notifications. None: unassigned.
    std::optional<qint64> assigneeId;

    bool isClosed() const { return closedAt.isValid(); }

    static const QStringList &kinds();
    static const QStringList &closedReasons();

    QJsonObject toJson() const;
    static Result<Conversation> fromJson(const QJsonObject &json, const QString &path = {});
    friend bool operator==(const Conversation &, const Conversation &) = default;
};

} // namespace parley::protocol
