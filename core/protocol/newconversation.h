// NewConversation: the body of POST /api/v1/conversations.
#pragma once

#include "limits.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace parley::protocol {

struct NewConversation
{
    std::optional<qint64> matterId; // required for external and internal, absent for direct
    QString kind; // "external" | "internal" | "direct"
    QString title;
    QList<qint64> memberIds; // besides the creator, who is always a member
    bool requireMfa = false;
    bool sms = false;

    QJsonObject toJson() const;
    static Result<NewConversation> fromJson(const QJsonObject &json, const QString &path = {});
    // Shape rules that need no database: matter presence per kind, title length, member count.
    Result<void> validate(const Limits &limits) const;
    friend bool operator==(const NewConversation &, const NewConversation &) = default;
};

} // namespace parley::protocol
